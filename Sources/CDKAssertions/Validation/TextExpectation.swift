import CDK

/// What an error message should say: a string literal means "contains this text"; use
/// ``exactly(_:)`` or ``matching(_:)`` for more.
///
/// ```swift
/// try expectError(message: "must be <= 128 characters") { try Stack(app, String(repeating: "x", count: 200)) }
/// try expectError(message: .matching(Match.stringLikeRegexp("^Stack name"))) { ... }
/// ```
public struct TextExpectation: ExpressibleByStringLiteral, ExpressibleByStringInterpolation, CustomStringConvertible {
    private let test: (String) throws -> Bool
    /// How the expectation reads in failure reports.
    public let description: String

    private init(_ description: String, _ test: @escaping (String) throws -> Bool) {
        self.description = description
        self.test = test
    }

    /// A message that contains `text`.
    public init(stringLiteral text: String) {
        self = .containing(text)
    }

    /// A message that contains the interpolated text.
    public init(stringInterpolation: DefaultStringInterpolation) {
        self = .containing(String(stringInterpolation: stringInterpolation))
    }

    /// A message that contains `text`.
    public static func containing(_ text: String) -> TextExpectation {
        TextExpectation("a message containing \(JSONWriter.compact(.string(text)))") { $0.contains(text) }
    }

    /// A message equal to `text`.
    public static func exactly(_ text: String) -> TextExpectation {
        TextExpectation("the message \(JSONWriter.compact(.string(text)))") { $0 == text }
    }

    /// A message that `pattern` (a string or a matcher such as `Match.stringLikeRegexp`) matches.
    public static func matching(_ pattern: Pattern) -> TextExpectation {
        TextExpectation("a message matching \(pattern)") { message in
            try pattern.entryMatcher.test(.string(message)).finished().isSuccess
        }
    }

    /// Whether `message` is as expected.
    public func matches(_ message: String) throws -> Bool {
        try test(message)
    }
}
