import CDKJSON

/// One IAM policy statement, normalized for comparison and display as the AWS CDK's diff does:
/// resources, actions and principals as sorted string lists (`AWS:arn...`, `Service:sns...`),
/// intrinsics rendered (`${Topic}`), and a condition.
public struct PolicyStatement: Sendable, Equatable {
    /// A list of targets (`Resource`, `Action` or `Principal`), or their negation (`NotResource`...).
    public struct Targets: Sendable, Equatable {
        /// The values, sorted.
        public var values: [String]
        /// Whether these come from the `Not...` key.
        public var not: Bool

        init(_ statement: JSONObject, _ positive: String, _ negative: String) {
            if let value = statement[negative] {
                values = Self.strings(value)
                not = true
            } else {
                values = statement[positive].map(Self.strings) ?? []
                not = false
            }
            values.sort()
        }

        /// If empty, `replacement`; any `*` becomes `replacement`.
        mutating func fillDefault(_ replacement: String) {
            if values.isEmpty { values = [replacement] }
            values = values.map { $0 == "*" ? replacement : $0 }.sorted()
        }

        /// One value per line, `NOT ` before each when negated.
        public var rendered: String { values.map { not ? "NOT " + $0 : $0 }.joined(separator: "\n") }

        /// Strings: a list flattened, an object's members as `key:value`.
        static func strings(_ value: JSONValue) -> [String] {
            switch value {
            case .null: return []
            case .string(let s): return [s]
            case .array(let elements): return elements.map { strings($0).joined(separator: ",") }
            case .object(let object): return object.flatMap { key, member in strings(member).map { "\(key):\($0)" } }
            default: return [IntrinsicRenderer.text(value)]
            }
        }
    }

    /// The statement id.
    public var sid: String?
    /// `Allow`, `Deny` or `Unknown`.
    public var effect: String
    /// What it applies to.
    public var resources: Targets
    /// What it allows or denies.
    public var actions: Targets
    /// Who it applies to.
    public var principals: Targets
    /// The condition, if any.
    public var condition: JSONValue?
    /// The statement's text when it is not an object (an unresolvable intrinsic).
    public var opaque: String?

    /// The normalized form of a statement whose intrinsics are already rendered.
    init(rendered statement: JSONValue) {
        guard let object = statement.objectValue else {
            let empty = JSONObject()
            sid = nil; effect = "Unknown"; condition = nil; opaque = IntrinsicRenderer.text(statement)
            resources = Targets(empty, "Resource", "NotResource")
            actions = Targets(empty, "Action", "NotAction")
            principals = Targets(empty, "Principal", "NotPrincipal")
            return
        }
        sid = object["Sid"]?.stringValue
        let effectText = object["Effect"]?.stringValue
        effect = effectText == "Allow" || effectText == "Deny" ? effectText! : "Unknown"
        resources = Targets(object, "Resource", "NotResource")
        actions = Targets(object, "Action", "NotAction")
        principals = Targets(object, "Principal", "NotPrincipal")
        condition = object["Condition"]
        opaque = nil
    }

    /// The statements of a policy document's `Statement` value (one statement or a list).
    static func parse(_ statements: JSONValue?) -> [PolicyStatement] {
        guard let statements, let rendered = IntrinsicRenderer.render(statements) else { return [] }
        return (rendered.arrayValue ?? [rendered]).map(PolicyStatement.init(rendered:))
    }

    /// The condition as the table shows it: indented JSON without the outer braces.
    public var renderedCondition: String {
        guard let condition, condition.objectValue?.isEmpty == false else { return "" }
        let lines = JSONWriter.string(condition, indent: 2).split(separator: "\n", omittingEmptySubsequences: false)
        return lines.dropFirst().dropLast().map { String($0.dropFirst(2)) }.joined(separator: "\n")
    }
}
