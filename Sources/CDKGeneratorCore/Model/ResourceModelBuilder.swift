/// Builds the ``ResourceModel`` of one schema: properties and their types, nested types, tags,
/// attributes and the registry information.
public enum ResourceModelBuilder {
    /// The model of `schema`.
    public static func build(_ schema: ResourceSchema) -> ResourceModel {
        let service = ServiceName(typeName: schema.typeName)
        let resourceName = ServiceName.resourceName(of: schema.typeName)
        let resolver = TypeResolver(schema: schema, ownerStem: resourceName)
        let readOnly = schema.readOnlyTopLevelNames
        let allProperties = schema.properties
        let writable = allProperties.keys.filter { !readOnly.contains($0) }.sorted(by: Ordinal.less)
        let required = schema.required
        let replacing = Set(schema.createOnlyProperties.compactMap { pointer -> String? in
            let segments = ResourceSchema.pointerSegments(pointer)
            return segments.count >= 2 && segments[0] == "properties" ? segments[1] : nil
        })
        let tagging = TaggingDetector.detect(schema, writable: Set(writable), resolver: resolver)

        var names = NameAllocator()
        var properties: [PropertyModel] = []
        for name in writable {
            let node = allProperties[name]!
            let doc = DocText.line(resolver.description(of: node), fallback: "The `\(name)` property.")
                + (required.contains(name) ? " Required." : "")
                + (replacing.contains(name) ? " Changing it replaces the resource." : "")
            if let tagging, tagging.propertyName == name {
                // Not a member: the tags go to the tag manager, so only the argument label counts.
                properties.append(PropertyModel(
                    cloudFormationName: name,
                    swiftName: names.allocate([SwiftIdentifier.memberName(SwiftIdentifier.sanitized(CamelCase.lower(name)))]),
                    type: tagging.parameterType, isRequired: required.contains(name), doc: doc))
                continue
            }
            properties.append(PropertyModel(
                cloudFormationName: name,
                swiftName: MemberNaming.name(for: name, reserved: MemberNaming.resourceReservedNames, allocator: &names),
                type: resolver.type(of: node, hint: name, parent: resourceName),
                isRequired: required.contains(name),
                doc: doc))
        }
        let attributes = AttributeBuilder.attributes(of: schema, allocator: &names)

        return ResourceModel(
            typeName: schema.typeName,
            service: service,
            className: "Cfn" + resourceName,
            doc: DocText.line(schema.description, fallback: "The `\(schema.typeName)` resource type."),
            properties: properties,
            tagging: tagging,
            nestedTypes: resolver.nestedTypes.values.sorted { Ordinal.less($0.name, $1.name) },
            attributes: attributes,
            createOnlyProperties: schema.createOnlyProperties,
            readOnlyProperties: schema.readOnlyProperties,
            primaryIdentifier: schema.primaryIdentifier,
            isStateful: Statefulness.isStateful(schema.typeName),
            constraints: ConstraintBuilder.constraints(of: schema, writable: writable, tagProperty: tagging?.propertyName))
    }
}
