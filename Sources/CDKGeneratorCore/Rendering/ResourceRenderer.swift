/// Renders one resource type as a Swift file: `extension S3 { public final class CfnBucket: CfnResource { ... } }`.
///
/// Every statement is plain and sequential (one `if let` per property, no `Codable`, no long
/// literal expressions but the two static name lists), and nested types are final classes:
/// measurably the cheapest shapes to compile (../shared/docs/l1-compile-time.md).
public enum ResourceRenderer {
    /// The tag priority of tags given to a resource itself (the core's
    /// `TagManager.initialTagPriority`); aspects use 100.
    static let initialTagPriority = 50

    /// The file for `model`; `core` says how to write core types in its namespace.
    public static func render(_ model: ResourceModel, sourceLabel: String, core: CoreNames? = nil) -> String {
        let core = core ?? CoreNames(namespaceClassNames: [model.className])
        var w = CodeWriter()
        for line in FileHeader.lines(subject: model.typeName, sourceLabel: sourceLabel) { w.line(line) }
        w.line()
        w.line("import CDK")
        w.line()
        w.block("extension \(model.service.namespace) {") { w in
            w.doc(model.doc)
            w.block("public final class \(model.className): \(core("CfnResource")) {") { w in
                renderStoredProperties(model, core, &w)
                renderInitializer(model, core, &w)
                renderRenderProperties(model, &w)
                renderTypeInformation(model, core, &w)
                renderAttributes(model, core, &w)
                renderTagManagerFactory(model, core, &w)
                for nested in model.nestedTypes {
                    w.line()
                    NestedTypeRenderer.render(nested, core: core, &w)
                }
            }
        }
        return w.text
    }

    private static func storedProperties(_ model: ResourceModel) -> [PropertyModel] {
        model.properties.filter { !model.isTagProperty($0) }
    }

    private static func renderStoredProperties(_ model: ResourceModel, _ core: CoreNames, _ w: inout CodeWriter) {
        for property in storedProperties(model) {
            w.doc(property.doc)
            // Unchecked: rendering reads every property of every resource, and no access to a
            // property overlaps another one (docs/performance.md, "Exclusivity checks").
            w.line("@exclusivity(unchecked) public var \(SwiftIdentifier.escaped(property.swiftName)): \(property.type.spelling(core))\(property.isRequired ? "" : "?")")
            w.line()
        }
    }

    /// The internal parameter names: the member names, except where they would hide the
    /// `scope` and `id` parameters.
    private static func parameterNames(_ model: ResourceModel) -> [String] {
        let taken = Set(model.properties.map(\.swiftName))
        return model.properties.map { property in
            guard property.swiftName == "scope" || property.swiftName == "id" else { return property.swiftName }
            var name = property.swiftName + "Value"
            while taken.contains(name) { name += "Value" }
            return name
        }
    }

    private static func renderInitializer(_ model: ResourceModel, _ core: CoreNames, _ w: inout CodeWriter) {
        let internalNames = parameterNames(model)
        w.doc("Defines an `\(model.typeName)` resource named `id` in `scope`.")
        if model.properties.isEmpty {
            w.line("public init(_ scope: Construct, _ id: String) throws {")
        } else {
            w.line("public init(")
            w.indented { w in
                w.line("_ scope: Construct,")
                w.line("_ id: String,")
                for (index, property) in model.properties.enumerated() {
                    let label = SwiftIdentifier.escaped(property.swiftName)
                    let name = internalNames[index] == property.swiftName ? label : label + " " + SwiftIdentifier.escaped(internalNames[index])
                    let type = property.type.spelling(core) + (property.isRequired ? "" : "? = nil")
                    w.line("\(name): \(type)\(index == model.properties.count - 1 ? "" : ",")")
                }
            }
            w.line(") throws {")
        }
        w.indented { w in
            for (index, property) in model.properties.enumerated() where !model.isTagProperty(property) {
                w.line("self.\(property.swiftName) = \(SwiftIdentifier.escaped(internalNames[index]))")
            }
            w.line("try super.init(scope, id, type: \(SwiftLiteral.quoted(model.typeName)), tags: \(tagManagerExpression(model, internalNames)))")
        }
        w.line("}")
        w.line()
    }

    private static func tagManagerExpression(_ model: ResourceModel, _ internalNames: [String]) -> String {
        guard let tagging = model.tagging, let index = model.properties.firstIndex(where: model.isTagProperty) else { return "nil" }
        let argument = SwiftIdentifier.escaped(internalNames[index])
        let required = model.properties[index].isRequired
        let type = SwiftLiteral.quoted(model.typeName)
        let propertyName = SwiftLiteral.quoted(tagging.propertyName)
        switch tagging.format {
        case .standard:
            return "TagManager(.standard, resourceType: \(type), tagPropertyName: \(propertyName), initialTags: \(argument)\(required ? "" : " ?? []"))"
        case .map:
            return "TagManager(.map, resourceType: \(type), tagPropertyName: \(propertyName), initialTagValues: \(argument)\(required ? "" : " ?? [:]"))"
        case .autoScalingGroup:
            return "\(model.className)._tagManager(\(argument))"
        }
    }

    /// For auto scaling groups: a tag manager that keeps each tag's `PropagateAtLaunch`.
    private static func renderTagManagerFactory(_ model: ResourceModel, _ core: CoreNames, _ w: inout CodeWriter) {
        guard let tagging = model.tagging, tagging.format == .autoScalingGroup,
              case .array(.nested(let itemClass)) = tagging.parameterType,
              let item = model.nestedTypes.first(where: { $0.name == itemClass }),
              let tagProperty = model.properties.first(where: model.isTagProperty) else { return }
        func member(_ name: String, _ fallback: String) -> String {
            guard let property = item.properties.first(where: { $0.cloudFormationName == name }) else { return fallback }
            return "tag.\(property.swiftName)" + (property.isRequired ? "" : " ?? \(fallback)")
        }
        w.line()
        w.doc("A tag manager holding `initialTags` with their `PropagateAtLaunch` flags.")
        w.block("private static func _tagManager(_ initialTags: \(tagging.parameterType.spelling(core))\(tagProperty.isRequired ? "" : "?")) -> TagManager {") { w in
            w.line("let manager = TagManager(.autoScalingGroup, resourceType: \(SwiftLiteral.quoted(model.typeName)), tagPropertyName: \(SwiftLiteral.quoted(tagging.propertyName)))")
            w.block("for tag in initialTags\(tagProperty.isRequired ? "" : " ?? []") {") { w in
                w.line("manager.setTag(\(member("Key", "\"\"")), \(member("Value", "\"\"")), priority: \(initialTagPriority), applyToLaunchedInstances: \(member("PropagateAtLaunch", "true")))")
            }
            w.line("return manager")
        }
    }

    private static func renderRenderProperties(_ model: ResourceModel, _ w: inout CodeWriter) {
        let rendered = storedProperties(model)
        if rendered.isEmpty {
            w.line("public override func renderProperties() throws -> JSONObject { [:] }")
            w.line()
            return
        }
        w.block("public override func renderProperties() throws -> JSONObject {") { w in
            w.line("var properties = JSONObject()")
            for property in rendered {
                let key = SwiftLiteral.quoted(property.cloudFormationName)
                if property.isRequired {
                    w.line("properties[\(key)] = self.\(property.swiftName).jsonValue")
                } else {
                    w.line("if let value = self.\(property.swiftName) { properties[\(key)] = value.jsonValue }")
                }
            }
            w.line("return properties")
        }
        w.line()
    }

    private static func renderTypeInformation(_ model: ResourceModel, _ core: CoreNames, _ w: inout CodeWriter) {
        w.line("private static let _propertyOrder: [String] = \(SwiftLiteral.stringArray(model.properties.map(\.cloudFormationName)))")
        w.line()
        w.doc("The CloudFormation property names, in the order they are written.")
        w.line("public override class var propertyOrder: [String]? { _propertyOrder }")
        w.line()
        w.line("private static let _typeInfo = \(core("CfnResourceTypeInfo"))(")
        w.line("    typeName: \(SwiftLiteral.quoted(model.typeName)),")
        w.line("    createOnlyProperties: \(SwiftLiteral.stringArray(model.createOnlyProperties)),")
        w.line("    readOnlyProperties: \(SwiftLiteral.stringArray(model.readOnlyProperties)),")
        w.line("    primaryIdentifier: \(SwiftLiteral.stringArray(model.primaryIdentifier)),")
        w.line("    isStateful: \(model.isStateful))")
        w.line()
        w.doc("What the registry schema says about `\(model.typeName)`.")
        w.line("public override class var typeInfo: \(core("CfnResourceTypeInfo"))? { _typeInfo }")
        w.line()
        if let constraints = model.constraints {
            w.line("private static let _schemaConstraints = \(core("SchemaConstraints"))(typeName: \(SwiftLiteral.quoted(model.typeName)), \(SwiftLiteral.raw(constraints)))")
            w.line()
            w.doc("The value constraints of the registry schema of `\(model.typeName)`, checked at synthesis.")
            w.line("public override class var schemaConstraints: \(core("SchemaConstraints"))? { _schemaConstraints }")
            w.line()
        }
        w.line("public override var constructInfo: ConstructInfo { ConstructInfo(fqn: \(SwiftLiteral.quoted(model.fullyQualifiedName))) }")
    }

    private static func renderAttributes(_ model: ResourceModel, _ core: CoreNames, _ w: inout CodeWriter) {
        for attribute in model.attributes {
            let name = SwiftLiteral.quoted(attribute.attributeName)
            w.line()
            w.doc(attribute.doc)
            switch attribute.kind {
            case .string:
                w.line("public var \(attribute.swiftName): String { getAtt(\(name)).toString() }")
            case .number:
                w.line("public var \(attribute.swiftName): Double { getAtt(\(name), typeHint: .number).toNumber() }")
            case .stringList:
                w.line("public var \(attribute.swiftName): [String] { getAtt(\(name), typeHint: .stringList).toList() }")
            case .reference:
                w.line("public var \(attribute.swiftName): \(core("CfnReference")) { getAtt(\(name)) }")
            }
        }
    }
}
