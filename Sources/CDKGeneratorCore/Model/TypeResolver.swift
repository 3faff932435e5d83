import CDKJSON

/// Maps the schema nodes of one resource type to Swift types (see ``SwiftType``), creating the
/// nested property classes as it meets object types.
///
/// Definitions with properties become `<Definition>Property` classes; an inline object becomes
/// `<Property>Property` (or `<Parent><Property>Property` when that name is taken), and identical
/// inline objects under the same property name share one class. Class names of definitions are
/// reserved up front, so that inline types never take them. A definition is registered before
/// its members are resolved, so recursive definitions refer to their own class.
final class TypeResolver {
    let schema: ResourceSchema
    /// The stem of the resource's class name (`Bucket`), for names of inline types.
    let ownerStem: String
    private(set) var nestedTypes: [String: NestedTypeModel] = [:]

    private var definitionTypes: [String: SwiftType] = [:]
    private var definitionsInProgress: Set<String> = []
    private var definitionClassNames: [String: String] = [:]
    /// The class made for each inline object schema, so that equal schemas under the same name
    /// share one class.
    private var inlineClasses: [InlineClassKey: String] = [:]
    private var classNames = NameAllocator()
    private var depth = 0

    init(schema: ResourceSchema, ownerStem: String) {
        self.schema = schema
        self.ownerStem = ownerStem
        for (name, node) in schema.definitions.sorted(by: { Ordinal.less($0.key, $1.key) }) where ObjectShape.members(of: node) != nil {
            definitionClassNames[name] = classNames.allocate([Self.typeStem(name) + "Property"])
        }
    }

    /// `name` as the start of a type name: valid characters only, first letter upper-cased.
    static func typeStem(_ name: String) -> String {
        let clean = SwiftIdentifier.sanitized(name)
        guard let first = clean.first else { return clean }
        return first.uppercased() + clean.dropFirst()
    }

    /// The definition name of a `#/definitions/<name>` reference.
    static func definitionName(_ reference: String) -> String? {
        let segments = ResourceSchema.pointerSegments(reference)
        return segments.count == 2 && segments[0] == "definitions" ? segments[1] : nil
    }

    // MARK: Types

    /// The Swift type of `node`. `hint` is the property (or definition) name it belongs to and
    /// `parent` the stem of the enclosing type: together they name inline object types.
    func type(of node: JSONValue, hint: String, parent: String) -> SwiftType {
        depth += 1
        defer { depth -= 1 }
        if depth > 64 { return .json }
        if let reference = node["$ref"]?.stringValue {
            if let name = Self.definitionName(reference) { return definitionType(name) }
            guard let target = schema.resolve(reference: reference) else { return .json }
            return type(of: target, hint: ResourceSchema.pointerSegments(reference).last ?? hint, parent: parent)
        }
        switch SchemaKind.of(node) {
        case .string: return .string
        case .number: return .number
        case .boolean: return .boolean
        case .untyped: return .json
        case .array:
            guard let items = node["items"], items.objectValue != nil else { return .array(.json) }
            return .array(type(of: items, hint: hint, parent: parent))
        case .object, .combination:
            if let members = ObjectShape.members(of: node) {
                if ObjectShape.isKeyValueTag(members, in: schema) && ObjectShape.isTagName(hint) { return .tag }
                return .nested(inlineClass(node, members: members, hint: hint, parent: parent))
            }
            if let values = mapValueSchemas(node) {
                let types = values.map { type(of: $0, hint: hint, parent: parent) }
                return .map(Set(types).count == 1 ? types[0] : .json)
            }
            return combinationType(node, hint: hint, parent: parent)
        }
    }

    /// The value schemas of a map: the `patternProperties` (by pattern) and an
    /// `additionalProperties` schema.
    private func mapValueSchemas(_ node: JSONValue) -> [JSONValue]? {
        guard node["properties"]?.objectValue?.isEmpty ?? true else { return nil }
        var values: [JSONValue] = []
        if let patterns = node["patternProperties"]?.objectValue {
            values += patterns.keys.sorted(by: Ordinal.less).map { patterns[$0]! }
        }
        if SchemaKind.hasMapSchema(node), let additional = node["additionalProperties"] { values.append(additional) }
        return values.isEmpty ? nil : values
    }

    /// The type of a node described only by alternatives: the one type all typed alternatives
    /// agree on (free-form alternatives aside), otherwise `JSONValue`. Nested types created while
    /// trying alternatives that do not agree are dropped again.
    private func combinationType(_ node: JSONValue, hint: String, parent: String) -> SwiftType {
        var alternatives: [JSONValue] = []
        for key in ["oneOf", "anyOf", "allOf"] {
            alternatives += (node[key]?.arrayValue ?? []).filter(SchemaKind.isTyped)
        }
        if alternatives.isEmpty { return .json }
        let saved = (nestedTypes, definitionTypes, inlineClasses, classNames)
        var agreed: [SwiftType] = []
        for alternative in alternatives {
            let type = type(of: alternative, hint: hint, parent: parent)
            if type != .json && !agreed.contains(type) { agreed.append(type) }
        }
        if agreed.count == 1 { return agreed[0] }
        (nestedTypes, definitionTypes, inlineClasses, classNames) = saved
        return .json
    }

    /// The type of `#/definitions/<name>`.
    func definitionType(_ name: String) -> SwiftType {
        if let known = definitionTypes[name] { return known }
        guard let node = schema.definitions[name], !definitionsInProgress.contains(name) else { return .json }
        if let members = ObjectShape.members(of: node), let className = definitionClassNames[name] {
            if ObjectShape.isKeyValueTag(members, in: schema) && ObjectShape.isTagName(name) {
                definitionTypes[name] = .tag
                return .tag
            }
            definitionTypes[name] = .nested(className)
            buildClass(className, members: members, summary: node["description"]?.stringValue)
            return .nested(className)
        }
        definitionsInProgress.insert(name)
        let type = type(of: node, hint: name, parent: ownerStem)
        definitionsInProgress.remove(name)
        definitionTypes[name] = type
        return type
    }

    private func inlineClass(_ node: JSONValue, members: ObjectMembers, hint: String, parent: String) -> String {
        let key = InlineClassKey(hint: hint, node: node)
        if let existing = inlineClasses[key] { return existing }
        let stem = Self.typeStem(hint)
        let name = classNames.allocate([stem + "Property", parent + stem + "Property"])
        inlineClasses[key] = name
        buildClass(name, members: members, summary: node["description"]?.stringValue)
        return name
    }

    // MARK: Nested classes

    /// Names reserved in nested classes: the protocol requirement they implement.
    static let nestedReservedNames: Set<String> = ["jsonValue"]

    private func buildClass(_ name: String, members: ObjectMembers, summary: String?) {
        let stem = String(name.dropLast("Property".count))
        var names = NameAllocator()
        var properties: [PropertyModel] = []
        for cloudFormationName in members.properties.keys.sorted(by: Ordinal.less) {
            let schemas = members.properties[cloudFormationName]!
            properties.append(PropertyModel(
                cloudFormationName: cloudFormationName,
                swiftName: MemberNaming.name(for: cloudFormationName, reserved: Self.nestedReservedNames, allocator: &names),
                type: propertyType(schemas, hint: cloudFormationName, parent: stem),
                isRequired: members.required.contains(cloudFormationName),
                doc: DocText.line(description(of: schemas[0]), fallback: "The `\(cloudFormationName)` property.")
                    + (members.required.contains(cloudFormationName) ? " Required." : "")))
        }
        nestedTypes[name] = NestedTypeModel(
            name: name,
            doc: DocText.line(summary, fallback: "The `\(stem)` property type."),
            properties: properties)
    }

    /// The type of a property that one or more (merged) schemas describe.
    func propertyType(_ schemas: [JSONValue], hint: String, parent: String) -> SwiftType {
        let types = schemas.map { type(of: $0, hint: hint, parent: parent) }
        return Set(types).count == 1 ? types[0] : .json
    }

    /// The description of a node, or of what it refers to.
    func description(of node: JSONValue) -> String? {
        node["description"]?.stringValue ?? schema.dereference(node)["description"]?.stringValue
    }
}

/// An inline object schema under a property name: equal schemas (key order aside) are equal keys.
private struct InlineClassKey: Hashable {
    let hint: String
    let node: JSONValue
}
