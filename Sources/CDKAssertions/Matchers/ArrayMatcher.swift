import CDK

/// Matches arrays: the whole array in order (`arrayEquals`, literal arrays) or an in-order
/// subsequence of it (`arrayWith`).
struct ArrayMatcher: Matcher {
    let name: String
    let pattern: [Pattern]
    var subsequence = true
    var partialObjects = false

    func test(_ actual: JSONValue?) throws -> MatchResult {
        guard case .array(let elements)? = actual else {
            return MatchResult(actual).recordFailure(self, "Expected type array but received \(JavaScript.typeName(actual))")
        }
        return subsequence ? try testSubsequence(elements, actual) : try testFullArray(elements, actual)
    }

    private func elementMatcher(_ element: Pattern) -> any Matcher {
        element.matcher(name: name, partialObjects: partialObjects)
    }

    private func testFullArray(_ elements: [JSONValue], _ actual: JSONValue?) throws -> MatchResult {
        let result = MatchResult(actual)
        var i = 0
        while i < pattern.count && i < elements.count {
            result.compose(String(i), try elementMatcher(pattern[i]).test(elements[i]))
            i += 1
        }
        if i < pattern.count {
            result.recordFailure(self, path: [String(i)], "Not enough elements in array (expecting \(pattern.count), got \(elements.count))")
        }
        if i < elements.count {
            result.recordFailure(self, path: [String(i)], "Too many elements in array (expecting \(pattern.count), got \(elements.count))")
        }
        return result
    }

    private func testSubsequence(_ elements: [JSONValue], _ actual: JSONValue?) throws -> MatchResult {
        let result = MatchResult(actual)
        var patternIndex = 0
        var actualIndex = 0
        // Every attempt, by pattern element, in the order tried: (array index, result).
        var attempts: [Int: [(index: Int, result: MatchResult)]] = [:]

        while patternIndex < pattern.count && actualIndex < elements.count {
            let matcher = elementMatcher(pattern[patternIndex])
            if matcher.name == "absent" || matcher.name == "anyValue" {
                throw AssertionFailure("The Matcher \(matcher.name)() cannot be nested within arrayWith()")
            }
            let inner = try matcher.test(elements[actualIndex])
            attempts[patternIndex, default: []].append((actualIndex, inner))
            actualIndex += 1
            if inner.isSuccess {
                result.compose(String(actualIndex), inner) // keeps the captures
                patternIndex += 1
            }
        }

        guard patternIndex < pattern.count else { return result }
        // Show where the earlier pattern elements matched, and the closest candidate for the
        // first one that did not.
        for matched in 0..<patternIndex {
            guard let found = attempts[matched]?.first(where: { $0.result.isSuccess }) else { continue }
            result.compose(String(found.index), MatchResult(elements[found.index])
                .recordFailure(self, "arrayWith pattern \(matched) matched here", cost: 0))
        }
        let failed = (attempts[patternIndex] ?? []).sorted {
            $0.result.failCost != $1.result.failCost ? $0.result.failCost < $1.result.failCost : $0.index < $1.index
        }
        if let closest = failed.first {
            result.recordFailure(self, path: [String(closest.index)], "Could not match arrayWith pattern \(patternIndex). This is the closest match", cost: 0)
            result.compose(String(closest.index), closest.result)
        } else {
            result.recordFailure(self, path: [String(elements.count)], "Could not match arrayWith pattern \(patternIndex). No more elements to try")
        }
        return result
    }
}
