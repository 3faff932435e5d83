import CDK

/// `Match.anyValue()`: any value but `null` or a missing one.
struct AnyValueMatcher: Matcher {
    let name = "anyValue"

    func test(_ actual: JSONValue?) throws -> MatchResult {
        let result = MatchResult(actual)
        if actual == nil || actual == .null {
            result.recordFailure(self, "Expected a value but found none")
        }
        return result
    }
}
