import CDK

/// `Match.not(pattern)`: fails when the value matches `pattern` (a literal compares exactly).
struct NotMatcher: Matcher {
    let name = "not"
    let pattern: Pattern

    func test(_ actual: JSONValue?) throws -> MatchResult {
        let inner = try pattern.matcher(name: name, partialObjects: false).test(actual)
        let result = MatchResult(actual)
        if inner.failCount == 0 {
            result.recordFailure(self, "Found unexpected match: \(JavaScript.stringifyIndented(actual))")
        }
        return result
    }
}
