import CDK

/// `Match.serializedJson(pattern)`: the value is a string of JSON whose parsed value matches
/// `pattern` (a literal compares exactly).
struct SerializedJSONMatcher: Matcher {
    let name = "serializedJson"
    let pattern: Pattern

    func test(_ actual: JSONValue?) throws -> MatchResult {
        guard case .string(let text)? = actual else {
            return MatchResult(actual).recordFailure(self, "Expected JSON as a string but found \(JavaScript.typeName(actual))")
        }
        let parsed: JSONValue
        do {
            parsed = try JSONParser.parse(text)
        } catch {
            return MatchResult(actual).recordFailure(self, "Invalid JSON string: \(text)")
        }
        let inner = try pattern.matcher(name: name, partialObjects: false).test(parsed)
        if inner.hasFailed {
            inner.recordFailure(self, "Encoded JSON value does not match")
        }
        return inner
    }
}
