import CDK

/// Matchers for partial and special matching, as in `aws-cdk-lib/assertions`. Each returns a
/// ``Pattern``, so it can stand anywhere in a literal: `["Tags": Match.absent()]`.
public enum Match {
    /// The key must be missing.
    public static func absent() -> Pattern {
        .matcher(AbsentMatcher())
    }

    /// Any value but `null` (the key must be present).
    public static func anyValue() -> Pattern {
        .matcher(AnyValueMatcher())
    }

    /// An array that contains these elements in this order, possibly with others between
    /// them. `absent()` and `anyValue()` cannot be elements.
    public static func arrayWith(_ pattern: [Pattern]) -> Pattern {
        .matcher(ArrayMatcher(name: "arrayWith", pattern: pattern))
    }

    /// An array with exactly these elements, in this order (objects inside match partially).
    public static func arrayEquals(_ pattern: [Pattern]) -> Pattern {
        .matcher(ArrayMatcher(name: "arrayEquals", pattern: pattern, subsequence: false))
    }

    /// Exactly this value, at every depth: objects may not have extra keys.
    public static func exact(_ pattern: Pattern) -> Pattern {
        .matcher(LiteralMatcher(name: "exact", pattern: pattern, partialObjects: false))
    }

    /// An object with at least these keys, each matching (deep-partially).
    public static func objectLike(_ pattern: KeyValuePairs<String, Pattern>) -> Pattern {
        .matcher(ObjectMatcher(name: "objectLike", pattern: pattern.map { (key: $0.key, value: $0.value) }))
    }

    /// An object with exactly these keys, each matching exactly.
    public static func objectEquals(_ pattern: KeyValuePairs<String, Pattern>) -> Pattern {
        .matcher(ObjectMatcher(name: "objectEquals", pattern: pattern.map { (key: $0.key, value: $0.value) }, partial: false))
    }

    /// Anything that does not match `pattern` (a literal compares exactly).
    public static func not(_ pattern: Pattern) -> Pattern {
        .matcher(NotMatcher(pattern: pattern))
    }

    /// A string of JSON whose parsed value matches `pattern` (a literal compares exactly).
    public static func serializedJson(_ pattern: Pattern) -> Pattern {
        .matcher(SerializedJSONMatcher(pattern: pattern))
    }

    /// A string that contains a match of the regular expression `pattern` (unanchored; `^`
    /// and `$` also match at line breaks).
    public static func stringLikeRegexp(_ pattern: String) -> Pattern {
        .matcher(StringLikeRegexpMatcher(pattern: pattern))
    }
}
