import CDK

/// How JavaScript shows values, which `aws-cdk-lib/assertions` messages rely on. `nil` stands
/// for JavaScript's `undefined` (a missing key).
enum JavaScript {
    /// `Array.isArray(x) ? "array" : typeof x` (so `null` is `"object"`).
    static func typeName(_ value: JSONValue?) -> String {
        guard let value else { return "undefined" }
        switch value {
        case .null, .object: return "object"
        case .array: return "array"
        case .bool: return "boolean"
        case .number: return "number"
        case .string: return "string"
        }
    }

    /// `typeof x` (arrays and `null` are `"object"`).
    static func typeofName(_ value: JSONValue?) -> String {
        let name = typeName(value)
        return name == "array" ? "object" : name
    }

    /// `String(x)`, as a template literal interpolates a value.
    static func string(_ value: JSONValue?) -> String {
        guard let value else { return "undefined" }
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return number(n)
        case .string(let s): return s
        case .array(let elements):
            return elements.map { element in
                if case .null = element { return "" }
                return string(element)
            }.joined(separator: ",")
        case .object: return "[object Object]"
        }
    }

    /// `JSON.stringify(x)`, compact; `"undefined"` for a missing value.
    static func stringify(_ value: JSONValue?) -> String {
        guard let value else { return "undefined" }
        return JSONWriter.compact(value)
    }

    /// `JSON.stringify(x, undefined, 2)`; `"undefined"` for a missing value.
    static func stringifyIndented(_ value: JSONValue?) -> String {
        guard let value else { return "undefined" }
        return JSONWriter.string(value, indent: 2)
    }

    /// `Number.prototype.toString()`.
    static func number(_ n: Double) -> String {
        if n.isNaN { return "NaN" }
        if n.isInfinite { return n < 0 ? "-Infinity" : "Infinity" }
        return JSONWriter.formatNumber(n)
    }

    /// `Object.keys(x)`: array-index keys first in ascending order, then insertion order.
    static func keys(_ object: JSONObject) -> [String] {
        JSONWriter.javaScriptKeys(of: object)
    }

    /// `Array.prototype.sort()`'s default order: by UTF-16 code units.
    static func sortsBefore(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf16.lexicographicallyPrecedes(rhs.utf16)
    }
}
