import CDK

/// Compares a literal pattern: arrays element by element with exact length, objects
/// partially or exactly, scalars by type and value.
struct LiteralMatcher: Matcher {
    let name: String
    let pattern: Pattern
    let partialObjects: Bool

    func test(_ actual: JSONValue?) throws -> MatchResult {
        switch pattern.kind {
        case .array(let elements):
            return try ArrayMatcher(name: name, pattern: elements, subsequence: false, partialObjects: partialObjects).test(actual)
        case .object(let members):
            return try ObjectMatcher(name: name, pattern: members, partial: partialObjects).test(actual)
        case .matcher, .capture:
            return MatchResult(actual).recordFailure(self, "LiteralMatch cannot directly contain another matcher. Remove the top-level matcher or nest it more deeply.")
        case .scalar(let expected):
            let result = MatchResult(actual)
            if case .null = expected {
                if actual != .null {
                    result.recordFailure(self, "Expected null but received \(JavaScript.string(actual))")
                }
                return result
            }
            if JavaScript.typeofName(expected) != JavaScript.typeofName(actual) {
                return result.recordFailure(self, "Expected type \(JavaScript.typeofName(expected)) but received \(JavaScript.typeName(actual))")
            }
            if actual != expected {
                result.recordFailure(self, "Expected \(JavaScript.string(expected)) but received \(JavaScript.string(actual))")
            }
            return result
        }
    }
}
