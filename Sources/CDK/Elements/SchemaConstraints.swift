/// The value constraints of a resource type's registry schema, and the one routine that checks a
/// resource's properties against them.
///
/// Generated types carry their constraints as data: the registry schema pruned to the keywords
/// checked here, as a JSON string literal (``CfnResource/schemaConstraints``). The string is
/// decoded once per type, the first time a resource of the type is checked. Checked:
/// `minimum`, `maximum` (numbers), `minLength`, `maxLength` (in Unicode code points), `pattern`
/// (see `SchemaPattern`), `enum` (strings, and numbers and Booleans by their text), `minItems`,
/// `maxItems`, `required`, and `requiredGroups` (a `oneOf`/`anyOf` of plain `required` lists:
/// at least one of them must be met). Structure: `properties`, `items`, `additionalProperties`
/// (the values of a map), `$ref` to `definitions`.
///
/// Values only known at deployment are skipped: an intrinsic function or `Ref` anywhere (and,
/// for the counts of a list or the required members of an object, anywhere directly inside it).
/// A value of another JSON type than the keyword is about (a string where a number is expected)
/// is not checked either: CloudFormation converts some of those.
///
/// A check applies either the limits only (``Strictness/limits``: numbers, lengths and item
/// counts, on by default) or every keyword (``Strictness/all``, opt-in).
public final class SchemaConstraints: Sendable {
    /// Which of the schema's keywords a check applies.
    public enum Strictness: Sendable {
        /// `minimum`, `maximum`, `minLength`, `maxLength`, `minItems` and `maxItems`: limits that
        /// every template the AWS CDK writes meets (checked by default).
        case limits
        /// Every keyword: also `pattern`, `enum`, `required` and the required groups, which some
        /// templates of the AWS CDK break (docs/validation.md; checked where asked for).
        case all
    }

    /// What one schema node says about a value. Written only while the constraints are
    /// decoded and read only after, so its properties need neither exclusivity checks nor locks.
    final class Node: @unchecked Sendable {
        @exclusivity(unchecked) var minimum: Double?
        @exclusivity(unchecked) var maximum: Double?
        @exclusivity(unchecked) var minLength: Int?
        @exclusivity(unchecked) var maxLength: Int?
        @exclusivity(unchecked) var pattern: String?
        @exclusivity(unchecked) var enumValues: [String]?
        @exclusivity(unchecked) var minItems: Int?
        @exclusivity(unchecked) var maxItems: Int?
        @exclusivity(unchecked) var required: [String] = []
        @exclusivity(unchecked) var requiredGroups: [[String]] = []
        @exclusivity(unchecked) var properties: [String: Node] = [:]
        @exclusivity(unchecked) var items: Node?
        @exclusivity(unchecked) var values: Node?
        /// Whether this node or one below it has a limit (``Strictness/limits``): where none
        /// has, a check of the limits does not go in.
        @exclusivity(unchecked) var hasLimits = false

        /// Whether this node itself has a limit.
        var hasOwnLimits: Bool {
            minimum != nil || maximum != nil || minLength != nil || maxLength != nil || minItems != nil || maxItems != nil
        }

        /// The nodes directly below: properties, items and map values.
        var children: [Node] { Array(properties.values) + [items, values].compactMap { $0 } }
    }

    /// The type name, for messages.
    let typeName: String
    let root: Node

    /// The constraints of `typeName`, decoded from `encoded` (the pruned schema as JSON). Text
    /// that does not parse gives no constraints.
    public init(typeName: String, _ encoded: String) {
        self.typeName = typeName
        guard case .object(let schema)? = try? JSONParser.parse(encoded) else {
            root = Node()
            return
        }
        var definitions: [String: Node] = [:]
        if case .object(let members)? = schema["definitions"] {
            for key in members.keys { definitions[key] = Node() }
            for key in members.keys { Self.fill(definitions[key]!, from: members[key]!, definitions) }
        }
        root = Node()
        Self.fill(root, from: .object(schema), definitions)
        Self.markLimits(below: root)
    }

    /// Sets ``Node/hasLimits`` on every node reachable from `root`. Definitions may refer to
    /// themselves, so the marks are spread until none changes.
    private static func markLimits(below root: Node) {
        var nodes: [Node] = []
        var seen: Set<ObjectIdentifier> = []
        var pending = [root]
        while let node = pending.popLast() {
            guard seen.insert(ObjectIdentifier(node)).inserted else { continue }
            nodes.append(node)
            pending += node.children
        }
        // Children were found after their parents: going backwards, most marks are set in one pass.
        let children = nodes.map(\.children)
        var changed = true
        while changed {
            changed = false
            for index in nodes.indices.reversed() where !nodes[index].hasLimits {
                guard nodes[index].hasOwnLimits || children[index].contains(where: \.hasLimits) else { continue }
                nodes[index].hasLimits = true
                changed = true
            }
        }
    }

    private static func fill(_ node: Node, from value: JSONValue, _ definitions: [String: Node]) {
        guard case .object(let schema) = value else { return }
        // One pass over the keywords the schema has (a few of those read here).
        for (keyword, value) in schema.members {
            switch keyword {
            case "minimum": node.minimum = value.numberValue
            case "maximum": node.maximum = value.numberValue
            case "minLength": node.minLength = value.numberValue.flatMap(Self.count)
            case "maxLength": node.maxLength = value.numberValue.flatMap(Self.count)
            case "pattern": node.pattern = value.stringValue
            case "enum": node.enumValues = value.arrayValue?.compactMap(Self.text)
            case "minItems": node.minItems = value.numberValue.flatMap(Self.count)
            case "maxItems": node.maxItems = value.numberValue.flatMap(Self.count)
            case "required": node.required = value.arrayValue?.compactMap(\.stringValue) ?? []
            case "requiredGroups": node.requiredGroups = value.arrayValue?.map { $0.arrayValue?.compactMap(\.stringValue) ?? [] } ?? []
            case "properties":
                guard case .object(let properties) = value else { continue }
                node.properties.reserveCapacity(properties.count)
                for (name, child) in properties.members { node.properties[name] = resolve(child, definitions) }
            case "items": node.items = resolve(value, definitions)
            case "additionalProperties": node.values = resolve(value, definitions)
            default: continue
            }
        }
    }

    private static func resolve(_ value: JSONValue, _ definitions: [String: Node]) -> Node {
        if let reference = value["$ref"]?.stringValue, reference.hasPrefix("#/definitions/"),
           let target = definitions[String(reference.dropFirst("#/definitions/".count))] {
            return target
        }
        let node = Node()
        fill(node, from: value, definitions)
        return node
    }

    private static func count(_ number: Double) -> Int? {
        number >= 0 && number <= 1e12 && number == number.rounded() ? Int(number) : nil
    }

    /// A scalar as the text an enum compares (`nil` for objects, arrays and null).
    static func text(_ value: JSONValue) -> String? {
        switch value {
        case .string(let s): s
        case .number(let n): NumberText.display(n)
        case .bool(let b): b ? "true" : "false"
        default: nil
        }
    }

    // MARK: Checking

    /// One value that breaks a constraint.
    public struct Violation: Sendable, Equatable, CustomStringConvertible {
        /// Where in the properties: `LifecycleConfiguration.Rules[0].ExpirationInDays`.
        public var propertyPath: String
        /// The value as JSON text (shortened), or `nil` for a missing property.
        public var value: String?
        /// The constraint, as the schema states it: `maximum 43200`.
        public var constraint: String

        public var description: String {
            if let value { return "\(propertyPath): \(value) does not satisfy \(constraint)" }
            return "\(propertyPath) \(constraint)"
        }
    }

    /// The violations of `properties` (the resolved `Properties` of a resource), in the order
    /// they are met. Properties named in `skipping` (top-level names or property paths) are
    /// not checked; `strictness` says which keywords are.
    public func violations(of properties: JSONObject, skipping: Set<String> = [], strictness: Strictness = .all) -> [Violation] {
        var check = SchemaCheck(skipping: skipping, all: strictness == .all)
        check.visit(.object(properties), root)
        return check.found
    }

    /// JSON text of `value`, at most 200 characters.
    static func shortText(_ value: JSONValue) -> String {
        let text = JSONWriter.compact(value)
        return text.unicodeScalars.count > 200 ? String(String.UnicodeScalarView(text.unicodeScalars.prefix(200))) + "..." : text
    }

    /// `Ref`, `Condition` and `Fn::...`: keys of intrinsic functions.
    static func isIntrinsicName(_ key: String) -> Bool {
        key == "Ref" || key == "Condition" || key.hasPrefix("Fn::")
    }

    /// An object of one intrinsic function (`{"Ref": ...}`, `{"Fn::GetAtt": ...}`): a value
    /// known at deployment only.
    static func isDeployTimeValue(_ value: JSONValue) -> Bool {
        guard case .object(let members) = value, members.count == 1 else { return false }
        return isIntrinsicName(members.members[0].key)
    }
}

extension ContextKeys {
    /// How far resource properties are checked against their registry schemas' constraints,
    /// for every resource below the construct that sets it: not set, their limits (numbers,
    /// lengths, item counts); `true`, every keyword (also patterns, enums and required members);
    /// `false`, nothing. See docs/validation.md; ``CfnResource/skipSchemaValidation(_:)``
    /// exempts one resource.
    public static let schemaValidation = "@swift-cdk/core:schemaValidation"
}
