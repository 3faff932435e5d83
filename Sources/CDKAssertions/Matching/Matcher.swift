import CDK

/// Something that tests a JSON value and reports where it differs: the built-in matchers of
/// ``Match`` and ``Capture``, or your own. Wrap one in a ``Pattern`` with
/// ``Pattern/matcher(_:)`` to use it inside literals.
public protocol Matcher {
    /// The matcher's name, shown in reports (`objectLike`, `arrayWith`, ...).
    var name: String { get }

    /// Tests `actual`; `nil` means the value is missing (JavaScript's `undefined`). Throws
    /// only when the matcher is used wrongly, not when the value does not match.
    func test(_ actual: JSONValue?) throws -> MatchResult
}

/// One reason a value did not match.
public struct MatchFailure: Sendable {
    /// The name of the matcher that failed.
    public let matcherName: String
    /// Where below the tested value the failure is (`["Properties", "0"]`); empty at the value itself.
    public let path: [String]
    /// What is wrong.
    public let message: String
    /// How far from a match this failure is (informational failures cost 0).
    public let cost: Int

    /// A failure of `matcherName` at `path`.
    public init(matcherName: String, path: [String] = [], message: String, cost: Int = 1) {
        self.matcherName = matcherName
        self.path = path
        self.message = message
        self.cost = cost
    }
}
