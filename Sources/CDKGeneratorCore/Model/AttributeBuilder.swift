import CDKJSON

/// Attributes from a schema's `readOnlyProperties`: `/properties/Arn` gives `attrArn`
/// (`Fn::GetAtt` `Arn`); `/properties/Endpoint/Address` gives `attrEndpointAddress`
/// (`Endpoint.Address`). Paths through list elements (`/*/`) are skipped. Strings (and values of
/// unknown type) are `String`, numbers `Double`, lists of strings or numbers `[String]`;
/// objects, Booleans and other values are the reference itself (`CfnReference`).
enum AttributeBuilder {
    static func attributes(of schema: ResourceSchema, allocator: inout NameAllocator) -> [AttributeModel] {
        var seen: Set<String> = []
        var attributes: [AttributeModel] = []
        let pointers = schema.readOnlyProperties.sorted(by: Ordinal.less)
        for pointer in pointers {
            let segments = ResourceSchema.pointerSegments(pointer)
            guard segments.count >= 2, segments[0] == "properties", !segments.contains("*") else { continue }
            let attributeName = segments.dropFirst().joined(separator: ".")
            guard seen.insert(attributeName).inserted else { continue }
            let node = self.node(at: Array(segments.dropFirst()), in: schema)
            let stem = SwiftIdentifier.sanitized(CamelCase.upper(attributeName))
            attributes.append(AttributeModel(
                swiftName: allocator.allocate(["attr" + stem]),
                attributeName: attributeName,
                kind: node.map { kind(of: $0, in: schema) } ?? .string,
                doc: DocText.line(node.flatMap { $0["description"]?.stringValue ?? schema.dereference($0)["description"]?.stringValue },
                                  fallback: "The `\(attributeName)` attribute.")))
        }
        return attributes.sorted { Ordinal.less($0.swiftName, $1.swiftName) }
    }

    /// The schema node of a property path (`["Endpoint", "Address"]`).
    static func node(at path: [String], in schema: ResourceSchema) -> JSONValue? {
        var current: JSONValue? = schema.properties[path[0]]
        for name in path.dropFirst() {
            guard let node = current else { return nil }
            current = schema.dereference(node)["properties"]?[name]
        }
        return current
    }

    static func kind(of node: JSONValue, in schema: ResourceSchema) -> AttributeKind {
        let resolved = schema.dereference(node)
        switch SchemaKind.of(resolved) {
        case .string:
            return .string
        case .untyped where resolved["type"] == nil && !SchemaKind.hasCombinators(resolved):
            return .string
        case .number: return .number
        case .array:
            guard let items = resolved["items"] else { return .reference }
            let itemKind = SchemaKind.of(schema.dereference(items))
            return itemKind == .string || itemKind == .number ? .stringList : .reference
        default: return .reference
        }
    }
}
