import CDKJSON

/// Evaluates JSON pointers of registry schemas (`/properties/KeySchema/0/AttributeName`) against
/// template values; `*` stands for every element of an array or every member of an object.
enum JSONPointer {
    /// The values at `tokens` below `value`, in document order (empty when the path is absent).
    static func values(at tokens: ArraySlice<String>, in value: JSONValue?) -> [JSONValue] {
        guard let value else { return [] }
        guard let token = tokens.first else { return [value] }
        let rest = tokens.dropFirst()
        switch value {
        case .array(let elements):
            if token == "*" { return elements.flatMap { values(at: rest, in: $0) } }
            guard let index = Int(token), elements.indices.contains(index) else { return [] }
            return values(at: rest, in: elements[index])
        case .object(let object):
            if token == "*" { return object.values.flatMap { values(at: rest, in: $0) } }
            return values(at: rest, in: object[unescape(token)])
        default:
            return []
        }
    }

    /// The tokens of `pointer` (`/a/b` -> `["a", "b"]`).
    static func tokens(_ pointer: String) -> [String] {
        pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
    }

    private static func unescape(_ token: String) -> String {
        token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
    }
}
