import CDKJSON

/// Rewrites equivalent spellings to one form before diffing, as the AWS CDK does: a string
/// `Fn::GetAtt` (`"A.B"`) becomes `["A", "B"]`, and `DependsOn` becomes a sorted list.
enum TemplateNormalizer {
    static func normalize(_ value: JSONValue) -> JSONValue {
        switch value {
        case .array(let elements):
            return .array(elements.map(normalize))
        case .object(let object):
            var result = JSONObject()
            for (key, member) in object {
                if key == "Fn::GetAtt", let text = member.stringValue, let dot = text.firstIndex(of: ".") {
                    result[key] = [.string(String(text[..<dot])), .string(String(text[text.index(after: dot)...]))]
                } else if key == "DependsOn", let single = member.stringValue {
                    result[key] = [.string(single)]
                } else if key == "DependsOn", let list = member.arrayValue {
                    result[key] = .array(list.sorted { ($0.stringValue ?? "") < ($1.stringValue ?? "") })
                } else {
                    result[key] = normalize(member)
                }
            }
            return .object(result)
        default:
            return value
        }
    }
}
