/// Writes JSON text exactly as JavaScript's `JSON.stringify` does, which is what the AWS CDK
/// uses for templates and cloud assembly files.
///
/// That means: numbers in JavaScript's shortest form (`1`, `0.0025`, `1e-7`, `1e+21`), `/` and
/// non-ASCII characters unescaped, control characters as `\n` or `\u0001`, integer-like object
/// keys first in ascending order, and `indent` spaces per level (no trailing newline).
public enum JSONWriter {
    /// JSON text with `indent` spaces per level; `0` gives compact text.
    public static func string(_ value: JSONValue, indent: Int) -> String {
        var out = ""
        out.reserveCapacity(256)
        write(value, indent: indent, level: 0, into: &out)
        return out
    }

    /// Compact JSON text, as `JSON.stringify(value)` writes it.
    public static func compact(_ value: JSONValue) -> String {
        string(value, indent: 0)
    }

    static func write(_ value: JSONValue, indent: Int, level: Int, into out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += formatNumber(n)
        case .string(let s): writeString(s, into: &out)
        case .array(let elements):
            if elements.isEmpty { out += "[]"; return }
            out += "["
            for (i, element) in elements.enumerated() {
                if i > 0 { out += "," }
                newline(indent: indent, level: level + 1, into: &out)
                write(element, indent: indent, level: level + 1, into: &out)
            }
            newline(indent: indent, level: level, into: &out)
            out += "]"
        case .object(let object):
            if object.isEmpty { out += "{}"; return }
            out += "{"
            for (i, key) in javaScriptKeyOrder(object.keys).enumerated() {
                if i > 0 { out += "," }
                newline(indent: indent, level: level + 1, into: &out)
                writeString(key, into: &out)
                out += indent > 0 ? ": " : ":"
                write(object[key]!, indent: indent, level: level + 1, into: &out)
            }
            newline(indent: indent, level: level, into: &out)
            out += "}"
        }
    }

    private static func newline(indent: Int, level: Int, into out: inout String) {
        guard indent > 0 else { return }
        out += "\n"
        out += String(repeating: " ", count: indent * level)
    }

    /// JavaScript orders "array index" keys (0 ... 2^32 - 2) first, ascending, then the rest
    /// in insertion order.
    static func javaScriptKeyOrder(_ keys: [String]) -> [String] {
        var indexKeys: [(UInt32, String)] = []
        var otherKeys: [String] = []
        for key in keys {
            if let index = arrayIndex(key) { indexKeys.append((index, key)) } else { otherKeys.append(key) }
        }
        if indexKeys.isEmpty { return keys }
        return indexKeys.sorted { $0.0 < $1.0 }.map(\.1) + otherKeys
    }

    private static func arrayIndex(_ key: String) -> UInt32? {
        let utf8 = key.utf8
        guard let first = utf8.first, first >= 0x30, first <= 0x39, utf8.count <= 10 else { return nil }
        if first == 0x30 && utf8.count > 1 { return nil }
        guard let value = UInt64(key), value <= 4_294_967_294 else { return nil }
        return UInt32(value)
    }

    static func writeString(_ s: String, into out: inout String) {
        out += "\""
        var needsEscaping = false
        for byte in s.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C {
            needsEscaping = true
            break
        }
        if !needsEscaping {
            out += s
        } else {
            for scalar in s.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case "\u{08}": out += "\\b"
                case "\u{0C}": out += "\\f"
                default:
                    if scalar.value < 0x20 {
                        let hex = String(scalar.value, radix: 16)
                        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    } else {
                        out.unicodeScalars.append(scalar)
                    }
                }
            }
        }
        out += "\""
    }

    /// JavaScript's `Number.prototype.toString()` for finite numbers; `null` otherwise, as
    /// `JSON.stringify` writes non-finite numbers.
    public static func formatNumber(_ n: Double) -> String {
        guard n.isFinite else { return "null" }
        if n == 0 { return "0" }
        if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        // Swift's description gives the shortest round-tripping digits, like JavaScript;
        // only the layout differs.
        var text = abs(n).description
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = String(text[..<e])
        }
        var digits: String
        var pointPosition: Int
        if let dot = text.firstIndex(of: ".") {
            digits = String(text[..<dot]) + String(text[text.index(after: dot)...])
            pointPosition = text.distance(from: text.startIndex, to: dot)
        } else {
            digits = text
            pointPosition = text.count
        }
        // Normalize to digits d1...dk with value 0.d1...dk x 10^point.
        let leadingZeros = digits.prefix { $0 == "0" }.count
        digits.removeFirst(leadingZeros)
        pointPosition -= leadingZeros
        while digits.hasSuffix("0") { digits.removeLast() }
        let k = digits.count
        let point = pointPosition + exponent
        var result: String
        if k <= point && point <= 21 {
            result = digits + String(repeating: "0", count: point - k)
        } else if 0 < point && point <= 21 {
            let index = digits.index(digits.startIndex, offsetBy: point)
            result = digits[..<index] + "." + digits[index...]
        } else if -6 < point && point <= 0 {
            result = "0." + String(repeating: "0", count: -point) + digits
        } else {
            let e = point - 1
            let mantissa = k == 1 ? digits : String(digits.prefix(1)) + "." + digits.dropFirst()
            result = mantissa + "e" + (e < 0 ? "-" : "+") + String(abs(e))
        }
        return n < 0 ? "-" + result : result
    }
}
