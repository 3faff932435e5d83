import CDK

/// What a value is expected to look like: a literal written as Swift literals, a matcher from
/// ``Match``, a ``Capture``, or any mix of them.
///
/// ```swift
/// try template.hasResourceProperties("AWS::S3::Bucket", [
///     "VersioningConfiguration": ["Status": "Enabled"],
///     "Tags": Match.absent(),
///     "BucketName": capture,
/// ])
/// ```
///
/// Literal objects match deep-partially (extra keys are fine) and literal arrays exactly
/// (same length and order), as in `aws-cdk-lib/assertions`. `nil` matches JSON `null`.
public class Pattern: ExpressibleByStringLiteral, ExpressibleByStringInterpolation, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral, ExpressibleByNilLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral, CustomStringConvertible {

    /// What a pattern holds.
    enum Kind {
        case scalar(JSONValue)
        case array([Pattern])
        case object([(key: String, value: Pattern)])
        case matcher(any Matcher)
        /// The pattern is a ``Capture``.
        case capture
    }

    let kind: Kind

    init(kind: Kind) { self.kind = kind }

    /// A string literal.
    public required init(stringLiteral value: String) { kind = .scalar(.string(value)) }
    /// A string literal with interpolations.
    public required init(stringInterpolation: DefaultStringInterpolation) {
        kind = .scalar(.string(String(stringInterpolation: stringInterpolation)))
    }
    /// A one-character string literal.
    public required init(unicodeScalarLiteral value: String) { kind = .scalar(.string(value)) }
    /// A one-character string literal.
    public required init(extendedGraphemeClusterLiteral value: String) { kind = .scalar(.string(value)) }
    /// A number literal.
    public required init(integerLiteral value: Int) { kind = .scalar(.number(Double(value))) }
    /// A number literal.
    public required init(floatLiteral value: Double) { kind = .scalar(.number(value)) }
    /// A Boolean literal.
    public required init(booleanLiteral value: Bool) { kind = .scalar(.bool(value)) }
    /// JSON `null`.
    public required init(nilLiteral: ()) { kind = .scalar(.null) }
    /// An array whose elements match these patterns, in this order.
    public required init(arrayLiteral elements: Pattern...) { kind = .array(elements) }
    /// An object with these keys (their order is kept for captures).
    public required init(dictionaryLiteral elements: (String, Pattern)...) {
        kind = .object(elements.map { (key: $0.0, value: $0.1) })
    }

    /// A pattern that expects exactly this JSON value (objects inside still match partially
    /// unless wrapped in ``Match/exact(_:)``).
    public static func json(_ value: JSONValue) -> Pattern {
        switch value {
        case .array(let elements): return Pattern(kind: .array(elements.map(json)))
        case .object(let object): return Pattern(kind: .object(object.members.map { (key: $0.key, value: json($0.value)) }))
        default: return Pattern(kind: .scalar(value))
        }
    }

    /// A pattern that expects this Swift value, converted to JSON.
    public static func value(_ value: some JSONValueConvertible) -> Pattern {
        json(value.jsonValue)
    }

    /// A pattern that delegates to `matcher`, for your own ``Matcher`` types.
    public static func matcher(_ matcher: any Matcher) -> Pattern {
        Pattern(kind: .matcher(matcher))
    }

    /// An array pattern from a Swift array of patterns.
    public static func array(_ elements: [Pattern]) -> Pattern {
        Pattern(kind: .array(elements))
    }

    /// An object pattern from key-pattern pairs, in order.
    public static func object(_ members: [(String, Pattern)]) -> Pattern {
        Pattern(kind: .object(members.map { (key: $0.0, value: $0.1) }))
    }

    /// Whether the pattern is a matcher (or a capture) rather than a literal.
    public var isMatcher: Bool {
        switch kind {
        case .matcher, .capture: return true
        default: return false
        }
    }

    /// The matcher this pattern is, or the literal matcher that compares it as `name` does
    /// (`partialObjects`: whether nested objects may have extra keys).
    func matcher(name: String, partialObjects: Bool) -> any Matcher {
        switch kind {
        case .matcher(let matcher): return matcher
        case .capture: return self as! Capture
        default: return LiteralMatcher(name: name, pattern: self, partialObjects: partialObjects)
        }
    }

    /// The matcher used when a section entry is compared with this pattern: the pattern
    /// itself if it is a matcher, otherwise `objectLike`.
    var entryMatcher: any Matcher {
        if isMatcher { return matcher(name: "objectLike", partialObjects: true) }
        if case .object(let members) = kind { return ObjectMatcher(name: "objectLike", pattern: members, partial: true) }
        return LiteralMatcher(name: "objectLike", pattern: self, partialObjects: true)
    }

    /// Tests `actual` (`nil`: missing) against this pattern as the assertions do: a matcher
    /// as itself, a literal object with `objectLike`, other literals exactly. Call
    /// ``MatchResult/finished()`` on the result to keep captured values.
    public func test(_ actual: JSONValue?) throws -> MatchResult {
        try entryMatcher.test(actual)
    }

    /// Asserts that `actual` matches this pattern, with the mismatches marked in the report.
    public func assertMatches(_ actual: JSONValue?) throws {
        let result = try test(actual).finished()
        if result.hasFailed {
            throw AssertionFailure("Value does not match the pattern:\n" + result.renderMismatch())
        }
    }

    /// The pattern written as JSON, with matchers shown by name (`<absent>`).
    public var description: String {
        switch kind {
        case .scalar(let value): return JSONWriter.compact(value)
        case .array(let elements): return "[" + elements.map(\.description).joined(separator: ",") + "]"
        case .object(let members):
            return "{" + members.map { JSONWriter.compact(.string($0.key)) + ":" + $0.value.description }.joined(separator: ",") + "}"
        case .matcher(let matcher): return "<\(matcher.name)>"
        case .capture: return "<Capture>"
        }
    }
}
