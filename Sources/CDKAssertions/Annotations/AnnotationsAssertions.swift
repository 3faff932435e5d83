import CDK

/// Assertions on the errors, warnings and infos that constructs attached with
/// `Annotations.of(construct)`, as `aws-cdk-lib/assertions`' `Annotations` makes them:
///
/// ```swift
/// let annotations = try Annotations.fromStack(stack)   // or AnnotationsAssertions(stack)
/// try annotations.hasWarning("/S/Bucket", Match.stringLikeRegexp("public"))
/// try annotations.hasNoError("*", Match.anyValue())
/// ```
///
/// A path is a full construct path (`/S/Bucket`; the leading `/` may be left out) or `"*"`
/// for any. A message is an exact string or a matcher.
public struct AnnotationsAssertions {
    /// The messages the assertions look at.
    public let messages: [AssemblyMessage]

    /// The messages of `stack`. Synthesizes the stack's app (synthesis is cached).
    public init(_ stack: Stack) throws {
        messages = try Template.synthesizedArtifact(of: stack).messages
    }

    /// The messages of every stack of `stage` (an app, say). Synthesizes it (cached).
    public init(_ stage: Stage) throws {
        messages = try stage.synth().messages
    }

    /// Assertions on these messages.
    public init(messages: [AssemblyMessage]) {
        self.messages = messages
    }

    /// Asserts that an error at `path` has a message matching `message`.
    public func hasError(_ path: String, _ message: Pattern) throws { try has(.error, path, message) }
    /// Asserts that no error at `path` has a message matching `message` (default: any).
    public func hasNoError(_ path: String = "*", _ message: Pattern = Match.anyValue()) throws { try hasNo(.error, path, message) }
    /// The errors at `path` whose message matches `message` (default: any).
    public func findError(_ path: String = "*", _ message: Pattern = Match.anyValue()) throws -> [AssemblyMessage] { try find(.error, path, message) }

    /// Asserts that a warning at `path` has a message matching `message`.
    public func hasWarning(_ path: String, _ message: Pattern) throws { try has(.warning, path, message) }
    /// Asserts that no warning at `path` has a message matching `message` (default: any).
    public func hasNoWarning(_ path: String = "*", _ message: Pattern = Match.anyValue()) throws { try hasNo(.warning, path, message) }
    /// The warnings at `path` whose message matches `message` (default: any).
    public func findWarning(_ path: String = "*", _ message: Pattern = Match.anyValue()) throws -> [AssemblyMessage] { try find(.warning, path, message) }

    /// Asserts that an info at `path` has a message matching `message`.
    public func hasInfo(_ path: String, _ message: Pattern) throws { try has(.info, path, message) }
    /// Asserts that no info at `path` has a message matching `message` (default: any).
    public func hasNoInfo(_ path: String = "*", _ message: Pattern = Match.anyValue()) throws { try hasNo(.info, path, message) }
    /// The infos at `path` whose message matches `message` (default: any).
    public func findInfo(_ path: String = "*", _ message: Pattern = Match.anyValue()) throws -> [AssemblyMessage] { try find(.info, path, message) }

    // MARK: Matching

    private func has(_ level: Annotations.Level, _ path: String, _ message: Pattern) throws {
        let match = try self.match(level, path, message)
        if match.isMatch { return }
        throw AssertionFailure(match.failureReport(qualifier: "messages at path \(Self.normalized(path))", what: "Stack"))
    }

    private func hasNo(_ level: Annotations.Level, _ path: String, _ message: Pattern) throws {
        let match = try self.match(level, path, message)
        guard match.isMatch else { return }
        let listing = JSONWriter.string(.object(match.matches), indent: 2)
        throw AssertionFailure("Expected no matches, but stack has \(match.matches.count) messages as follows:\n"
            + "  " + listing.replacingOccurrences(of: "\n", with: "\n  "))
    }

    private func find(_ level: Annotations.Level, _ path: String, _ message: Pattern) throws -> [AssemblyMessage] {
        let match = try self.match(level, path, message)
        return match.matches.keys.compactMap { Int($0).map { messages[$0] } }
    }

    private func match(_ level: Annotations.Level, _ path: String, _ message: Pattern) throws -> SectionMatch {
        let path = Self.normalized(path)
        var section = JSONObject()
        for (index, entry) in messages.enumerated() where path == "*" || entry.path == path {
            section[String(index)] = Self.json(entry)
        }
        let pattern: Pattern = ["level": .json(.string(Self.word(level))), "entry": ["data": message]]
        return try SectionMatch(section, pattern)
    }

    /// A message as the AWS CDK's synthesis messages look: `{level, id, entry: {type, data}}`.
    private static func json(_ message: AssemblyMessage) -> JSONValue {
        [
            "level": .string(word(message.level)),
            "id": .string(message.path),
            "entry": ["type": .string(message.level.rawValue), "data": .string(message.message)],
        ]
    }

    private static func word(_ level: Annotations.Level) -> String {
        switch level {
        case .error: "error"
        case .warning: "warning"
        case .info: "info"
        }
    }

    private static func normalized(_ path: String) -> String {
        path == "*" || path.hasPrefix("/") ? path : "/" + path
    }
}

extension Annotations {
    /// Assertions on the annotations of `stack`, like `Annotations.fromStack` in
    /// `aws-cdk-lib/assertions`. Synthesizes the stack's app (synthesis is cached).
    public static func fromStack(_ stack: Stack) throws -> AnnotationsAssertions {
        try AnnotationsAssertions(stack)
    }
}
