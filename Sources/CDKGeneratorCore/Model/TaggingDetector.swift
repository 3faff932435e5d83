import CDKJSON

/// Decides whether a resource type is taggable and how it takes tags.
///
/// A type is taggable unless its schema says `taggable: false` (in `tagging` or at the top
/// level). Its tag property is `tagging.tagProperty` (default `/properties/Tags`; when the schema
/// says nothing about tagging, only a property named `Tags` counts). It must be a writable
/// top-level property of one of these shapes, otherwise it stays an ordinary property:
/// - a list of objects with string `Key` and `Value`: ``TagFormat/standard``, `[CfnTag]`;
///   with a `PropagateAtLaunch` member too: ``TagFormat/autoScalingGroup``, a list of the item class;
/// - a map with string values: ``TagFormat/map``, `[String: String]`;
/// - a free-form JSON object (`{"type": ["object", "string"], "format": "json"}`, as older
///   types such as `AWS::Glue::Job` declare their tags): ``TagFormat/map`` too, as the AWS CDK
///   treats them.
enum TaggingDetector {
    static func detect(_ schema: ResourceSchema, writable: Set<String>, resolver: TypeResolver) -> TaggingModel? {
        let tagging = schema.document["tagging"]
        let flag = tagging?["taggable"]?.boolValue ?? schema.document["taggable"]?.boolValue
        if flag == false { return nil }
        let pointer = tagging?["tagProperty"]?.stringValue
        let segments = ResourceSchema.pointerSegments(pointer ?? "/properties/Tags")
        guard segments.count == 2, segments[0] == "properties", writable.contains(segments[1]),
              let node = schema.properties[segments[1]] else { return nil }
        let name = segments[1]
        if flag == nil && name != "Tags" { return nil }
        let resolved = schema.dereference(node)

        if isStringMap(resolved, in: schema) || isFreeFormObject(resolved) {
            return TaggingModel(format: .map, propertyName: name, parameterType: .map(.string))
        }
        guard SchemaKind.of(resolved) == .array, let items = resolved["items"],
              let members = ObjectShape.members(of: schema.dereference(items)),
              let key = members.properties["Key"], let value = members.properties["Value"],
              ObjectShape.isString(key, in: schema), ObjectShape.isString(value, in: schema) else { return nil }
        if members.properties["PropagateAtLaunch"] != nil {
            let itemType = resolver.type(of: items, hint: name, parent: resolver.ownerStem)
            guard case .nested = itemType else { return nil }
            return TaggingModel(format: .autoScalingGroup, propertyName: name, parameterType: .array(itemType))
        }
        return TaggingModel(format: .standard, propertyName: name, parameterType: .array(.tag))
    }

    /// Whether `node` is an object without any declared structure (possibly also allowed as a
    /// string of JSON).
    static func isFreeFormObject(_ node: JSONValue) -> Bool {
        let types = node["type"].map { $0.stringValue.map { [$0] } ?? $0.stringArray } ?? []
        guard types.contains("object"), Set(types).isSubset(of: ["object", "string"]) else { return false }
        return node["properties"] == nil && node["patternProperties"] == nil && node["items"] == nil
            && !SchemaKind.hasMapSchema(node) && !SchemaKind.hasCombinators(node)
    }

    /// Whether `node` is a map whose values are all strings.
    static func isStringMap(_ node: JSONValue, in schema: ResourceSchema) -> Bool {
        guard SchemaKind.of(node) == .object, node["properties"]?.objectValue?.isEmpty ?? true else { return false }
        var values: [JSONValue] = Array((node["patternProperties"]?.objectValue ?? [:]).values)
        if SchemaKind.hasMapSchema(node), let additional = node["additionalProperties"] { values.append(additional) }
        return !values.isEmpty && ObjectShape.isString(values, in: schema)
    }
}
