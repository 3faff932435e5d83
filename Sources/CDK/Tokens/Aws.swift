/// CloudFormation pseudo parameters, as string tokens: `{"Ref": "AWS::Region"}` and so on.
public enum Aws {
    /// The account id of the stack being deployed: `{"Ref": "AWS::AccountId"}`.
    public static var accountId: String { pseudo("AWS::AccountId") }
    /// The region of the stack being deployed: `{"Ref": "AWS::Region"}`.
    public static var region: String { pseudo("AWS::Region") }
    /// The partition (`aws`, `aws-cn`, ...): `{"Ref": "AWS::Partition"}`.
    public static var partition: String { pseudo("AWS::Partition") }
    /// The stack's name: `{"Ref": "AWS::StackName"}`.
    public static var stackName: String { pseudo("AWS::StackName") }
    /// The stack's id: `{"Ref": "AWS::StackId"}`.
    public static var stackId: String { pseudo("AWS::StackId") }
    /// The domain suffix (`amazonaws.com`, ...): `{"Ref": "AWS::URLSuffix"}`.
    public static var urlSuffix: String { pseudo("AWS::URLSuffix") }
    /// The SNS topic ARNs that receive stack notifications: `{"Ref": "AWS::NotificationARNs"}`.
    public static var notificationARNs: [String] { Token.asList(PseudoParameters.shared.token("AWS::NotificationARNs")) }
    /// Removes a property when used as its value: `{"Ref": "AWS::NoValue"}`.
    public static var noValue: String { pseudo("AWS::NoValue") }

    private static func pseudo(_ name: String) -> String {
        Token.asString(PseudoParameters.shared.token(name))
    }
}

/// One shared token per pseudo parameter, so that each renders the same text every time.
final class PseudoParameters: @unchecked Sendable {
    static let shared = PseudoParameters()

    private let tokens: [String: Intrinsic] = Dictionary(uniqueKeysWithValues: [
        "AWS::AccountId", "AWS::Region", "AWS::Partition", "AWS::StackName", "AWS::StackId",
        "AWS::URLSuffix", "AWS::NotificationARNs", "AWS::NoValue",
    ].map { ($0, Intrinsic(["Ref": .string($0)], displayHint: $0)) })

    func token(_ name: String) -> Intrinsic { tokens[name]! }
}
