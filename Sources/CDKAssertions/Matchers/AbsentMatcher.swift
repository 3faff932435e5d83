import CDK

/// `Match.absent()`: the key must be missing.
struct AbsentMatcher: Matcher {
    let name = "absent"

    func test(_ actual: JSONValue?) throws -> MatchResult {
        let result = MatchResult(actual)
        if let actual {
            result.recordFailure(self, "Received \(JavaScript.string(actual)), but key should be absent")
        }
        return result
    }
}
