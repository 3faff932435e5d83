import CDK

/// Matches objects: every pattern key must be present and match (`objectLike`); with
/// `partial: false` the object may not have other keys either (`objectEquals`).
struct ObjectMatcher: Matcher {
    let name: String
    let pattern: [(key: String, value: Pattern)]
    var partial = true

    func test(_ actual: JSONValue?) throws -> MatchResult {
        guard case .object(let object)? = actual else {
            let received = actual == .null ? "null" : JavaScript.typeName(actual)
            return MatchResult(actual).recordFailure(self, "Expected type object but received \(received)")
        }
        let result = MatchResult(actual)
        if !partial {
            for key in JavaScript.keys(object) where !pattern.contains(where: { $0.key == key }) {
                result.recordFailure(self, path: [key], "Unexpected key \(key)")
            }
        }
        for (key, value) in pattern {
            let matcher = value.matcher(name: name, partialObjects: partial)
            if !object.contains(key) && !(matcher is AbsentMatcher) {
                result.recordFailure(self, path: [key], "Missing key '\(key)'")
                continue
            }
            result.compose(key, try matcher.test(object[key]))
        }
        return result
    }
}
