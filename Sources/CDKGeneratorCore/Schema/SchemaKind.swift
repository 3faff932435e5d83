import CDKJSON

/// What kind of value a schema node describes, read from its `type` (or, without one, from the
/// keywords it has).
enum SchemaKind: Equatable {
    case string
    case number
    case boolean
    case array
    case object
    /// No type of its own, but `oneOf` / `anyOf` / `allOf` alternatives.
    case combination
    /// Free-form, several types, or nothing to go by.
    case untyped

    static func of(_ node: JSONValue) -> SchemaKind {
        if let type = node["type"] {
            var names: Set<String> = []
            if let single = type.stringValue { names = [single] } else { names = Set(type.stringArray) }
            names.remove("null")
            if names == ["integer", "number"] { return .number }
            guard names.count == 1, let name = names.first else { return .untyped }
            switch name {
            case "string": return .string
            case "number", "integer": return .number
            case "boolean": return .boolean
            case "array": return .array
            case "object": return node["properties"] == nil && node["patternProperties"] == nil && hasCombinators(node) && !hasMapSchema(node) ? .combination : .object
            default: return .untyped
            }
        }
        if let properties = node["properties"]?.objectValue, !properties.isEmpty { return .object }
        if node["items"] != nil { return .array }
        if node["patternProperties"] != nil || hasMapSchema(node) { return .object }
        if hasCombinators(node) { return .combination }
        if let values = node["enum"]?.arrayValue, !values.isEmpty, values.allSatisfy({ $0.stringValue != nil }) { return .string }
        if node["const"]?.stringValue != nil { return .string }
        return .untyped
    }

    static func hasCombinators(_ node: JSONValue) -> Bool {
        node["oneOf"] != nil || node["anyOf"] != nil || node["allOf"] != nil
    }

    /// Whether `additionalProperties` is a non-empty schema (a map's value type).
    static func hasMapSchema(_ node: JSONValue) -> Bool {
        if let schema = node["additionalProperties"]?.objectValue { return !schema.isEmpty }
        return false
    }

    /// Whether a node says anything about the type of a value, as opposed to only constraining
    /// values of a type given elsewhere (`{"required": [...]}`, `{"format": "..."}`).
    static func isTyped(_ node: JSONValue) -> Bool {
        guard let members = node.objectValue else { return false }
        for key in ["type", "$ref", "items", "patternProperties", "enum", "const"] where members[key] != nil { return true }
        if let properties = members["properties"]?.objectValue, !properties.isEmpty, properties.values.contains(where: isTyped) { return true }
        if hasMapSchema(node) { return true }
        for key in ["oneOf", "anyOf", "allOf"] {
            if let alternatives = members[key]?.arrayValue, alternatives.contains(where: isTyped) { return true }
        }
        return false
    }
}
