import CDKJSON
import Yams

/// Turns a YAML template into JSON: short-form intrinsics become their long form (`!Ref X` ->
/// `{"Ref": "X"}`, `!GetAtt A.B` -> `{"Fn::GetAtt": ["A", "B"]}`, `!Sub s` -> `{"Fn::Sub": "s"}`).
enum TemplateYAML {
    static func json(_ node: Yams.Node) -> JSONValue {
        let value: JSONValue
        switch node {
        case .scalar(let scalar):
            value = scalarValue(scalar)
        case .sequence(let sequence):
            value = .array(sequence.map(json))
        case .mapping(let mapping):
            value = .object(JSONObject(mapping.map { (($0.key.string ?? ""), json($0.value)) }))
        case .alias:
            value = .null
        }
        let tag = node.tag.rawValue
        guard tag.hasPrefix("!"), !tag.hasPrefix("!!") else { return value }
        let function = String(tag.dropFirst())
        if function == "Ref" || function == "Condition" { return .object([function: value]) }
        if function == "GetAtt", let text = value.stringValue, let dot = text.firstIndex(of: ".") {
            return ["Fn::GetAtt": [.string(String(text[..<dot])), .string(String(text[text.index(after: dot)...]))]]
        }
        return .object(["Fn::" + function: value])
    }

    private static func scalarValue(_ scalar: Yams.Node.Scalar) -> JSONValue {
        if scalar.style != .plain && scalar.style != .any { return .string(scalar.string) }
        let node = Yams.Node.scalar(scalar)
        switch Resolver.default.resolveTag(of: node) {
        case .null: return .null
        case .bool: return node.bool.map(JSONValue.bool) ?? .string(scalar.string)
        case .int, .float: return node.float.map(JSONValue.number) ?? .string(scalar.string)
        default: return .string(scalar.string)
        }
    }
}
