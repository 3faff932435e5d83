/// One walk of a resource's properties against the constraints of its schema
/// (``SchemaConstraints/violations(of:skipping:strictness:)``): the violations found, in the
/// order they are met.
///
/// The property path of a value (`LifecycleConfiguration.Rules[0].ExpirationInDays`) is kept
/// as its components and written out only for a violation or a skipped path, so a walk that
/// finds nothing builds no text.
struct SchemaCheck {
    typealias Node = SchemaConstraints.Node
    typealias Violation = SchemaConstraints.Violation

    /// Property paths not checked (top-level names or paths as the messages write them).
    let skipping: Set<String>
    /// Every keyword (``SchemaConstraints/Strictness/all``), or the limits only.
    let all: Bool
    private(set) var found: [Violation] = []
    private var path: [Component] = []

    private enum Component {
        case member(String)
        case index(Int)
    }

    init(skipping: Set<String>, all: Bool) {
        self.skipping = skipping
        self.all = all
    }

    /// The path of the value being checked, as messages and skips write it.
    private var pathText: String {
        var text = ""
        for component in path {
            switch component {
            case .member(let name): text += text.isEmpty ? name : "." + name
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    /// Checks `value` against `node`, and what is inside it against the nodes below.
    mutating func visit(_ value: JSONValue, _ node: Node) {
        if !all && !node.hasLimits { return }
        if !skipping.isEmpty && skipping.contains(pathText) { return }
        switch value {
        case .string(let string):
            checkLength(of: string, node)
            if all { checkPatternAndEnum(of: string, node) }
        case .number(let number):
            checkRange(of: number, node)
            if all { checkEnum(value, node) }
        case .bool:
            if all { checkEnum(value, node) }
        case .array(let elements):
            checkCount(of: elements, node)
            if let items = node.items {
                for (index, element) in elements.enumerated() {
                    path.append(.index(index))
                    visit(element, items)
                    path.removeLast()
                }
            }
        case .object(let members):
            if SchemaConstraints.isDeployTimeValue(value) { return }
            if all { checkRequired(members, node) }
            visitMembers(of: members, node)
        case .null:
            break
        }
    }

    private mutating func visitMembers(of members: JSONObject, _ node: Node) {
        for (name, member) in members.members {
            if let child = node.properties[name] {
                visit(member, child, at: name)
            } else if let values = node.values, node.properties.isEmpty {
                visit(member, values, at: name)
            }
        }
    }

    private mutating func visit(_ member: JSONValue, _ node: Node, at name: String) {
        path.append(.member(name))
        visit(member, node)
        path.removeLast()
    }

    // MARK: The keywords

    private mutating func report(_ value: String?, _ constraint: String, at memberName: String? = nil) {
        var propertyPath = pathText
        if let memberName { propertyPath = propertyPath.isEmpty ? memberName : propertyPath + "." + memberName }
        found.append(Violation(propertyPath: propertyPath, value: value, constraint: constraint))
    }

    private mutating func checkLength(of string: String, _ node: Node) {
        guard node.minLength != nil || node.maxLength != nil else { return }
        // A string has at most as many code points as UTF-8 bytes and at least a quarter as
        // many: they are counted only when the bytes leave it open.
        let bytes = string.utf8.count
        if node.maxLength.map({ bytes <= $0 }) ?? true, node.minLength.map({ bytes / 4 >= $0 }) ?? true { return }
        let length = string.unicodeScalars.count
        if let minLength = node.minLength, length < minLength {
            report(SchemaConstraints.shortText(.string(string)), "minLength \(minLength) (it has \(length) characters)")
        }
        if let maxLength = node.maxLength, length > maxLength {
            report(SchemaConstraints.shortText(.string(string)), "maxLength \(maxLength) (it has \(length) characters)")
        }
    }

    private mutating func checkRange(of number: Double, _ node: Node) {
        if let minimum = node.minimum, number < minimum {
            report(NumberText.display(number), "minimum \(NumberText.display(minimum))")
        }
        if let maximum = node.maximum, number > maximum {
            report(NumberText.display(number), "maximum \(NumberText.display(maximum))")
        }
    }

    /// The item counts of a list, unless an item is known only at deployment (it may stand
    /// for several).
    private mutating func checkCount(of elements: [JSONValue], _ node: Node) {
        guard node.minItems != nil || node.maxItems != nil, !elements.contains(where: SchemaConstraints.isDeployTimeValue) else { return }
        if let minItems = node.minItems, elements.count < minItems {
            report(SchemaConstraints.shortText(.array(elements)), "minItems \(minItems) (it has \(elements.count))")
        }
        if let maxItems = node.maxItems, elements.count > maxItems {
            report(SchemaConstraints.shortText(.array(elements)), "maxItems \(maxItems) (it has \(elements.count))")
        }
    }

    private mutating func checkPatternAndEnum(of string: String, _ node: Node) {
        if let pattern = node.pattern, let compiled = SchemaPattern.compiled(pattern), !compiled.matches(string) {
            report(SchemaConstraints.shortText(.string(string)), "pattern \(pattern)")
        }
        checkEnum(.string(string), node)
    }

    private mutating func checkEnum(_ value: JSONValue, _ node: Node) {
        guard let allowed = node.enumValues, !allowed.isEmpty, let text = SchemaConstraints.text(value), !allowed.contains(text) else { return }
        let list = allowed.count > 12 ? allowed.prefix(12).joined(separator: ", ") + ", ..." : allowed.joined(separator: ", ")
        report(SchemaConstraints.shortText(value), "enum [\(list)]")
    }

    /// The required members and groups of an object, unless a member is an intrinsic function
    /// (which may stand for any of them).
    private mutating func checkRequired(_ members: JSONObject, _ node: Node) {
        guard !members.members.contains(where: { SchemaConstraints.isIntrinsicName($0.key) }) else { return }
        for name in node.required where members[name] == nil {
            report(nil, "is required but missing", at: name)
        }
        if !node.requiredGroups.isEmpty, !node.requiredGroups.contains(where: { $0.allSatisfy { members[$0] != nil } }) {
            let groups = node.requiredGroups.map { $0.joined(separator: " and ") }.joined(separator: ", or ")
            let text = pathText
            found.append(Violation(propertyPath: text.isEmpty ? "Properties" : text, value: nil, constraint: "needs \(groups)"))
        }
    }
}
