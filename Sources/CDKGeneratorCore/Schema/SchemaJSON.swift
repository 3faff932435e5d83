/// A JSON value read from a registry schema document.
///
/// The generator never depends on the order of an object's keys (it sorts what it emits), so
/// objects are plain dictionaries.
public indirect enum SchemaJSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([SchemaJSON])
    case object([String: SchemaJSON])

    /// The member named `key`, if this is an object that has it.
    public subscript(key: String) -> SchemaJSON? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The members, if this is an object.
    public var objectValue: [String: SchemaJSON]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// The elements, if this is an array.
    public var arrayValue: [SchemaJSON]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The string, if this is one.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The Boolean, if this is one.
    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    /// The strings of an array of strings (other elements are skipped); empty otherwise.
    public var stringArray: [String] {
        arrayValue?.compactMap(\.stringValue) ?? []
    }

    /// Compact JSON with sorted keys: equal values give equal text, so it serves as a key.
    public var canonicalText: String {
        var out = ""
        writeCanonical(to: &out)
        return out
    }

    private func writeCanonical(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n)
        case .string(let s): out += SwiftLiteral.jsonQuoted(s)
        case .array(let elements):
            out += "["
            for (i, e) in elements.enumerated() {
                if i > 0 { out += "," }
                e.writeCanonical(to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (i, key) in members.keys.sorted(by: Ordinal.less).enumerated() {
                if i > 0 { out += "," }
                out += SwiftLiteral.jsonQuoted(key) + ":"
                members[key]!.writeCanonical(to: &out)
            }
            out += "}"
        }
    }
}
