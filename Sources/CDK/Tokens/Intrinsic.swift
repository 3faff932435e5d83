/// A CloudFormation intrinsic function or other fixed template value, such as
/// `{"Fn::Select": [0, {"Fn::GetAZs": ""}]}`.
///
/// Intrinsics are tokens: use `Token.asString(_:)` (or string interpolation, through
/// ``description``) to pass one where a string is expected.
public class Intrinsic: Resolvable, CustomStringConvertible {
    /// The value put into the template; it may contain further tokens.
    public let value: JSONValue
    private let hint: String

    /// An intrinsic that renders as `value`.
    public init(_ value: JSONValue, displayHint: String? = nil) {
        self.value = value
        self.hint = displayHint ?? value.objectValue?.keys.first ?? "Intrinsic"
    }

    public var displayHint: String { hint }

    public func resolve(_ context: ResolveContext) throws -> JSONValue? { value }

    /// The intrinsic as a string token.
    public var description: String { Token.asString(self) }

    /// The intrinsic as a string token (the AWS CDK's `toString()`).
    public func toString() -> String { Token.asString(self) }

    /// The intrinsic as a number token.
    public func toNumber() -> Double { Token.asNumber(self) }

    /// The intrinsic as a list token.
    public func toList() -> [String] { Token.asList(self) }
}

/// A condition expression for ``CfnCondition``, `Fn::If` and rules: `Fn::Equals`, `Fn::And`,
/// `Fn::Or`, `Fn::Not`, `Fn::Contains`, a `Condition` reference and so on.
public final class ConditionExpression: Intrinsic {}
