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
public final class SchemaConstraints: Sendable {
    /// What one schema node says about a value.
    final class Node: @unchecked Sendable {
        var minimum: Double?
        var maximum: Double?
        var minLength: Int?
        var maxLength: Int?
        var pattern: String?
        var enumValues: [String]?
        var minItems: Int?
        var maxItems: Int?
        var required: [String] = []
        var requiredGroups: [[String]] = []
        var properties: [String: Node] = [:]
        var items: Node?
        var values: Node?
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
    }

    private static func fill(_ node: Node, from value: JSONValue, _ definitions: [String: Node]) {
        guard case .object(let schema) = value else { return }
        node.minimum = schema["minimum"]?.numberValue
        node.maximum = schema["maximum"]?.numberValue
        node.minLength = schema["minLength"]?.numberValue.flatMap(Self.count)
        node.maxLength = schema["maxLength"]?.numberValue.flatMap(Self.count)
        node.pattern = schema["pattern"]?.stringValue
        node.enumValues = schema["enum"]?.arrayValue?.compactMap(Self.text)
        node.minItems = schema["minItems"]?.numberValue.flatMap(Self.count)
        node.maxItems = schema["maxItems"]?.numberValue.flatMap(Self.count)
        node.required = schema["required"]?.arrayValue?.compactMap(\.stringValue) ?? []
        node.requiredGroups = schema["requiredGroups"]?.arrayValue?.map { $0.arrayValue?.compactMap(\.stringValue) ?? [] } ?? []
        if case .object(let properties)? = schema["properties"] {
            for (name, child) in properties { node.properties[name] = resolve(child, definitions) }
        }
        if let items = schema["items"] { node.items = resolve(items, definitions) }
        if let values = schema["additionalProperties"] { node.values = resolve(values, definitions) }
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
    private static func text(_ value: JSONValue) -> String? {
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
    /// not checked.
    public func violations(of properties: JSONObject, skipping: Set<String> = []) -> [Violation] {
        var found: [Violation] = []
        check(.object(properties), root, path: "", skipping: skipping, into: &found)
        return found
    }

    private func check(_ value: JSONValue, _ node: Node, path: String, skipping: Set<String>, into found: inout [Violation]) {
        if !skipping.isEmpty && skipping.contains(path) { return }
        switch value {
        case .string(let string):
            checkString(string, node, path: path, into: &found)
        case .number(let number):
            checkNumber(number, node, path: path, into: &found)
            checkEnum(value, node, path: path, into: &found)
        case .bool:
            checkEnum(value, node, path: path, into: &found)
        case .array(let elements):
            let counted = !elements.contains(where: Self.isDeployTimeValue)
            if counted, let minItems = node.minItems, elements.count < minItems {
                found.append(Violation(propertyPath: path, value: Self.shortText(value), constraint: "minItems \(minItems) (it has \(elements.count))"))
            }
            if counted, let maxItems = node.maxItems, elements.count > maxItems {
                found.append(Violation(propertyPath: path, value: Self.shortText(value), constraint: "maxItems \(maxItems) (it has \(elements.count))"))
            }
            if let items = node.items {
                for (index, element) in elements.enumerated() {
                    check(element, items, path: path + "[\(index)]", skipping: skipping, into: &found)
                }
            }
        case .object(let members):
            if Self.isDeployTimeValue(value) { return }
            if !members.contains(where: { Self.isIntrinsicName($0.key) }) {
                for name in node.required where members[name] == nil {
                    found.append(Violation(propertyPath: Self.join(path, name), value: nil, constraint: "is required but missing"))
                }
                if !node.requiredGroups.isEmpty, !node.requiredGroups.contains(where: { $0.allSatisfy { members[$0] != nil } }) {
                    let groups = node.requiredGroups.map { $0.joined(separator: " and ") }.joined(separator: ", or ")
                    found.append(Violation(propertyPath: path.isEmpty ? "Properties" : path, value: nil, constraint: "needs \(groups)"))
                }
            }
            for (name, member) in members {
                if let child = node.properties[name] {
                    check(member, child, path: Self.join(path, name), skipping: skipping, into: &found)
                } else if let values = node.values, node.properties.isEmpty {
                    check(member, values, path: Self.join(path, name), skipping: skipping, into: &found)
                }
            }
        case .null:
            break
        }
    }

    private func checkString(_ string: String, _ node: Node, path: String, into found: inout [Violation]) {
        if node.minLength != nil || node.maxLength != nil {
            let length = string.unicodeScalars.count
            if let minLength = node.minLength, length < minLength {
                found.append(Violation(propertyPath: path, value: Self.shortText(.string(string)), constraint: "minLength \(minLength) (it has \(length) characters)"))
            }
            if let maxLength = node.maxLength, length > maxLength {
                found.append(Violation(propertyPath: path, value: Self.shortText(.string(string)), constraint: "maxLength \(maxLength) (it has \(length) characters)"))
            }
        }
        if let pattern = node.pattern, let compiled = SchemaPattern.compiled(pattern), !compiled.matches(string) {
            found.append(Violation(propertyPath: path, value: Self.shortText(.string(string)), constraint: "pattern \(pattern)"))
        }
        checkEnum(.string(string), node, path: path, into: &found)
    }

    private func checkNumber(_ number: Double, _ node: Node, path: String, into found: inout [Violation]) {
        if let minimum = node.minimum, number < minimum {
            found.append(Violation(propertyPath: path, value: NumberText.display(number), constraint: "minimum \(NumberText.display(minimum))"))
        }
        if let maximum = node.maximum, number > maximum {
            found.append(Violation(propertyPath: path, value: NumberText.display(number), constraint: "maximum \(NumberText.display(maximum))"))
        }
    }

    private func checkEnum(_ value: JSONValue, _ node: Node, path: String, into found: inout [Violation]) {
        guard let allowed = node.enumValues, !allowed.isEmpty, let text = Self.text(value), !allowed.contains(text) else { return }
        let list = allowed.count > 12 ? allowed.prefix(12).joined(separator: ", ") + ", ..." : allowed.joined(separator: ", ")
        found.append(Violation(propertyPath: path, value: Self.shortText(value), constraint: "enum [\(list)]"))
    }

    private static func join(_ path: String, _ name: String) -> String { path.isEmpty ? name : path + "." + name }

    /// JSON text of `value`, at most 200 characters.
    private static func shortText(_ value: JSONValue) -> String {
        let text = JSONWriter.compact(value)
        return text.unicodeScalars.count > 200 ? String(String.UnicodeScalarView(text.unicodeScalars.prefix(200))) + "..." : text
    }

    /// `Ref`, `Condition` and `Fn::...`: keys of intrinsic functions.
    private static func isIntrinsicName(_ key: String) -> Bool {
        key == "Ref" || key == "Condition" || key.hasPrefix("Fn::")
    }

    /// An object of one intrinsic function (`{"Ref": ...}`, `{"Fn::GetAtt": ...}`): a value
    /// known at deployment only.
    private static func isDeployTimeValue(_ value: JSONValue) -> Bool {
        guard case .object(let members) = value, members.count == 1, let key = members.keys.first else { return false }
        return isIntrinsicName(key)
    }
}

extension ContextKeys {
    /// `true` turns on the check of resource properties against their registry schemas'
    /// constraints for every resource below the construct that sets it (off by default: see
    /// docs/validation.md; ``CfnResource/skipSchemaValidation(_:)`` exempts one resource).
    public static let schemaValidation = "@swift-cdk/core:schemaValidation"
}
