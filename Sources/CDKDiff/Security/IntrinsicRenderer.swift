import CDKJSON

/// Renders CloudFormation intrinsics readably for the security tables, as the AWS CDK does:
/// `{"Ref": "X"}` -> `${X}`, `{"Fn::GetAtt": ["X", "Arn"]}` -> `${X.Arn}`, `Fn::Join` joined,
/// other functions as compact JSON; `AWS::NoValue` disappears.
enum IntrinsicRenderer {
    /// `value` with intrinsics rendered as strings; `nil` for `AWS::NoValue`.
    static func render(_ value: JSONValue) -> JSONValue? {
        if isNoValue(value) { return nil }
        switch value {
        case .array(let elements):
            return .array(elements.compactMap(render))
        case .object(let object):
            if let (function, args) = intrinsic(object) { return .string(renderFunction(function, args)) }
            return .object(JSONObject(object.compactMap { key, member in render(member).map { (key, $0) } }))
        default:
            return value
        }
    }

    private static func renderFunction(_ function: String, _ args: JSONValue) -> String {
        switch function {
        case "Ref":
            return "${\(args.stringValue ?? JSONWriter.compact(args))}"
        case "Fn::GetAtt":
            if let list = args.arrayValue, list.count == 2, let id = list[0].stringValue, let attribute = list[1].stringValue {
                return "${\(id).\(attribute)}"
            }
        case "Fn::Join":
            if let list = args.arrayValue, list.count == 2, let separator = list[0].stringValue, let parts = list[1].arrayValue {
                return parts.compactMap(render).map(text).joined(separator: separator)
            }
        default:
            break
        }
        return JSONWriter.compact(.object([function: render(args) ?? .null]))
    }

    /// A rendered value as text: strings as they are, anything else as compact JSON.
    static func text(_ value: JSONValue) -> String {
        value.stringValue ?? JSONWriter.compact(value)
    }

    private static func intrinsic(_ object: JSONObject) -> (String, JSONValue)? {
        guard object.count == 1, let key = object.keys.first, key == "Ref" || key.hasPrefix("Fn::") else { return nil }
        return (key, object[key]!)
    }

    private static func isNoValue(_ value: JSONValue) -> Bool {
        value["Ref"]?.stringValue == "AWS::NoValue" && value.objectValue?.count == 1
    }
}
