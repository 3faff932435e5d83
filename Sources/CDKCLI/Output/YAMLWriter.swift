import CDKJSON
import Yams

/// Writes templates as YAML, as `cdk synth` prints them: keys in template order, strings that
/// would read as another type (`"2012-10-17"`, `"true"`, `""`) double-quoted, multi-line strings
/// as literal blocks, numbers in JavaScript's form.
enum YAMLWriter {
    /// The YAML text of `value`.
    static func string(_ value: JSONValue) throws -> String {
        try Yams.serialize(node: node(value), indent: 2, width: -1, allowUnicode: true)
    }

    private static func node(_ value: JSONValue) -> Yams.Node {
        switch value {
        case .null: return Yams.Node.scalar(.init("null", .implicit, .plain))
        case .bool(let b): return Yams.Node.scalar(.init(b ? "true" : "false", .implicit, .plain))
        case .number(let n): return Yams.Node.scalar(.init(JSONWriter.formatNumber(n), .implicit, .plain))
        case .string(let s): return Yams.Node.scalar(.init(s, .implicit, style(for: s)))
        case .array(let elements): return Yams.Node.sequence(.init(elements.map(node)))
        case .object(let object): return Yams.Node.mapping(.init(object.map { (node(.string($0.key)), node($0.value)) }))
        }
    }

    private static func style(for string: String) -> Yams.Node.Scalar.Style {
        if string.contains("\n") { return .literal }
        if string.isEmpty || Resolver.default.resolveTag(of: Yams.Node(string)) != .str { return .doubleQuoted }
        return .any
    }
}
