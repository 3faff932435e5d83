/// Turns resolvable values into plain Swift values and back.
///
/// A token is a ``Resolvable`` encoded as a string, a number or a one-element string list, so
/// that it can be passed wherever a plain value is expected, string interpolation included:
///
/// ```swift
/// let arn = "arn:\(Aws.partition):s3:::\(bucket.bucketName)/*"
/// // resolves to {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":s3:::", {"Ref": "Bucket..."}, "/*"]]}
/// ```
public enum Token {
    /// The resolvable encoded as a string.
    public static func asString(_ value: any Resolvable) -> String {
        TokenFormat.string(for: value)
    }

    /// The resolvable encoded as a number.
    public static func asNumber(_ value: any Resolvable) -> Double {
        TokenFormat.double(for: value)
    }

    /// The resolvable encoded as a list of strings (for values CloudFormation computes as a list,
    /// such as `Fn::GetAZs` or a list attribute).
    public static func asList(_ value: any Resolvable) -> [String] {
        [TokenFormat.listElement(for: value)]
    }

    /// A number as a string token, so that it can be put into a string: a number token becomes
    /// the string token of the same value, a plain number a token that resolves to that number
    /// (as the AWS CDK's `Token.asString(5)`, which is not the string `"5"`).
    public static func asString(_ number: Double) -> String {
        asString(TokenFormat.token(inDouble: number) ?? Intrinsic(.number(number)))
    }

    /// Whether `s` contains a token.
    public static func isUnresolved(_ s: String) -> Bool {
        TokenizedString.containsToken(s, includeListTokens: true)
    }

    /// Whether `n` is a number token.
    public static func isUnresolved(_ n: Double) -> Bool {
        TokenFormat.token(inDouble: n) != nil
    }

    /// Whether `list` is a list token or contains a token.
    public static func isUnresolved(_ list: [String]) -> Bool {
        list.contains { isUnresolved($0) }
    }

    /// Whether `value` contains a token anywhere.
    public static func isUnresolved(_ value: JSONValue) -> Bool {
        switch value {
        case .string(let s): isUnresolved(s)
        case .number(let n): isUnresolved(n)
        case .array(let a): a.contains { isUnresolved($0) }
        case .object(let o): o.contains { isUnresolved($0.key) || isUnresolved($0.value) }
        case .null, .bool: false
        }
    }

    /// `s` with every string token for which `replacement` returns text replaced by that text;
    /// the other tokens and the literal text stay as they are (the AWS CDK resolves a value
    /// with a token resolver of its own for this, as `EventField` placeholders do).
    public static func replacing(in s: String, _ replacement: (any Resolvable) throws -> String?) rethrows -> String {
        try TokenizedString.replacingTokens(in: s, replacement)
    }

    /// The resolvable a string stands for, when the string is exactly one token.
    public static func reverse(_ s: String) -> (any Resolvable)? {
        TokenizedString.singleToken(in: s, includeListTokens: true)
    }

    /// The resolvable a number stands for, when it is a number token.
    public static func reverse(_ n: Double) -> (any Resolvable)? {
        TokenFormat.token(inDouble: n)
    }

    /// The resolvable a list stands for, when it is a list token.
    public static func reverse(_ list: [String]) -> (any Resolvable)? {
        guard list.count == 1 else { return nil }
        return reverse(list[0])
    }
}
