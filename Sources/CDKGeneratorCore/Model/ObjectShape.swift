import CDKJSON

/// The members of an object type: its own `properties`, or the properties of inline object
/// alternatives merged into one type (`oneOf`/`anyOf`: all optional; `allOf`: required ones
/// stay required).
struct ObjectMembers {
    /// The schemas of each property (several when alternatives disagree).
    var properties: [String: [JSONValue]]
    /// The names of required properties.
    var required: Set<String>
}

enum ObjectShape {
    /// The members of `node` if it is an object type with named properties, or `nil`.
    static func members(of node: JSONValue) -> ObjectMembers? {
        guard node["$ref"] == nil else { return nil }
        if let type = node["type"] {
            let names = type.stringValue.map { [$0] } ?? type.stringArray
            guard names == ["object"] else { return nil }
        }
        if let properties = node["properties"]?.objectValue {
            guard !properties.isEmpty else { return nil }
            return ObjectMembers(properties: Dictionary(uniqueKeysWithValues: properties.map { ($0.key, [$0.value]) }), required: Set(node["required"]?.stringArray ?? []))
        }
        let combinators = ["oneOf", "anyOf", "allOf"].filter { node[$0] != nil }
        guard combinators.count == 1, let key = combinators.first else { return nil }
        let alternatives = (node[key]?.arrayValue ?? []).filter(SchemaKind.isTyped)
        guard !alternatives.isEmpty else { return nil }
        var merged = ObjectMembers(properties: [:], required: [])
        var parts: [ObjectMembers] = []
        for alternative in alternatives {
            // Only inline objects merge; references to definitions stay separate types.
            guard let part = members(of: alternative) else { return nil }
            parts.append(part)
            for (name, schemas) in part.properties {
                for schema in schemas where !(merged.properties[name] ?? []).contains(schema) {
                    merged.properties[name, default: []].append(schema)
                }
            }
        }
        if key == "allOf" {
            merged.required = parts.reduce(into: Set<String>()) { $0.formUnion($1.required) }
        } else {
            merged.required = parts.dropFirst().reduce(parts[0].required) { $0.intersection($1.required) }
            merged.required = merged.required.filter { name in parts.allSatisfy { $0.properties[name] != nil } }
        }
        return merged
    }

    /// Whether `members` are exactly a required `Key` and a required `Value`, both strings: the
    /// shape of ``CfnTag`` (used for definitions and properties named ``isTagName(_:)``).
    static func isKeyValueTag(_ members: ObjectMembers, in schema: ResourceSchema) -> Bool {
        guard Set(members.properties.keys) == ["Key", "Value"], members.required.isSuperset(of: ["Key", "Value"]) else { return false }
        return ["Key", "Value"].allSatisfy { isString(members.properties[$0]!, in: schema) }
    }

    /// Whether a definition or property of this name holds tags (`Tag`, `Tags`). Other
    /// key-value pairs (metric dimensions, tag filters) keep classes of their own, as in the AWS CDK.
    static func isTagName(_ name: String) -> Bool { name == "Tag" || name == "Tags" }

    /// Whether every schema describes a string.
    static func isString(_ schemas: [JSONValue], in schema: ResourceSchema) -> Bool {
        schemas.allSatisfy { SchemaKind.of(schema.dereference($0)) == .string }
    }
}
