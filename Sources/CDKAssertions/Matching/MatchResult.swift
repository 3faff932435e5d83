import CDK

/// The outcome of testing a value against a matcher: the failures at each path, the results
/// of nested matches and the values captured on the way.
public final class MatchResult {
    /// The value that was tested (`nil` when it was missing).
    public let target: JSONValue?
    private(set) var failuresHere: [(key: String, failures: [MatchFailure])] = []
    private(set) var innerMatchFailures: [(key: String, result: MatchResult)] = []
    private var captures: [(capture: Capture, values: [JSONValue])] = []
    private var finalized = false
    private var hasFailedFlag = false

    /// The number of failures, nested ones included.
    public private(set) var failCount = 0
    /// The summed cost of the failures, nested ones included; closest candidates cost least.
    public private(set) var failCost = 0

    /// An empty (successful) result for `target`.
    public init(_ target: JSONValue?) {
        self.target = target
    }

    /// Whether the value matched.
    public var isSuccess: Bool { !hasFailedFlag }

    /// Whether the value did not match.
    public var hasFailed: Bool { hasFailedFlag }

    /// Records a failure.
    @discardableResult
    public func recordFailure(_ failure: MatchFailure) -> MatchResult {
        let key = failure.path.joined(separator: ".")
        if let index = failuresHere.firstIndex(where: { $0.key == key }) {
            failuresHere[index].failures.append(failure)
        } else {
            failuresHere.append((key, [failure]))
        }
        failCount += 1
        failCost += failure.cost
        hasFailedFlag = true
        return self
    }

    /// Records a failure of `matcher` at `path`.
    @discardableResult
    public func recordFailure(_ matcher: any Matcher, path: [String] = [], _ message: String, cost: Int = 1) -> MatchResult {
        recordFailure(MatchFailure(matcherName: matcher.name, path: path, message: message, cost: cost))
    }

    /// Adds the result of matching the member or element `id` of the target.
    @discardableResult
    public func compose(_ id: String, _ inner: MatchResult) -> MatchResult {
        if inner.hasFailed {
            hasFailedFlag = true
            failCount += inner.failCount
            failCost += inner.failCost
            if let index = innerMatchFailures.firstIndex(where: { $0.key == id }) {
                innerMatchFailures[index].result = inner
            } else {
                innerMatchFailures.append((id, inner))
            }
        }
        for (capture, values) in inner.captures {
            for value in values { recordCapture(capture, value) }
        }
        return self
    }

    /// Notes that `capture` saw `value`; it is kept only if the whole match succeeds.
    func recordCapture(_ capture: Capture, _ value: JSONValue) {
        if let index = captures.firstIndex(where: { $0.capture === capture }) {
            captures[index].values.append(value)
        } else {
            captures.append((capture, [value]))
        }
    }

    /// Ends the match: on success, hands the captured values to their captures. Call it once
    /// on the outermost result.
    @discardableResult
    public func finished() -> MatchResult {
        if finalized { return self }
        if failCount == 0 {
            for (capture, values) in captures { capture.commit(values) }
        }
        finalized = true
        return self
    }

    func failures(at key: String) -> [MatchFailure] {
        failuresHere.first { $0.key == key }?.failures ?? []
    }

    func inner(_ key: String) -> MatchResult? {
        innerMatchFailures.first { $0.key == key }?.result
    }
}
