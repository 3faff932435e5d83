import CDK
import Foundation

/// `Match.stringLikeRegexp(pattern)`: the string contains a match of the regular expression
/// (unanchored; `^` and `$` match at line breaks, as JavaScript's `gm` flags make them).
struct StringLikeRegexpMatcher: Matcher {
    let name = "stringLikeRegexp"
    let pattern: String

    func test(_ actual: JSONValue?) throws -> MatchResult {
        let result = MatchResult(actual)
        let regex: NSRegularExpression
        do {
            regex = try NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
        } catch {
            throw AssertionFailure("Invalid regular expression '\(pattern)' in Match.stringLikeRegexp: \(error)")
        }
        if actual?.stringValue == nil {
            result.recordFailure(self, "Expected a string, but got '\(JavaScript.typeofName(actual))'")
        }
        let text = JavaScript.string(actual)
        if regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil {
            result.recordFailure(self, "String '\(text)' did not match pattern '\(pattern)'")
        }
        return result
    }
}
