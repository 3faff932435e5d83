/// CloudFormation pseudo parameters, as string tokens: `{"Ref": "AWS::Region"}` and so on.
public enum Aws {
    /// The account id of the stack being deployed: `{"Ref": "AWS::AccountId"}`.
    public static let accountId = pseudo("AWS::AccountId")
    /// The region of the stack being deployed: `{"Ref": "AWS::Region"}`.
    public static let region = pseudo("AWS::Region")
    /// The partition (`aws`, `aws-cn`, ...): `{"Ref": "AWS::Partition"}`.
    public static let partition = pseudo("AWS::Partition")
    /// The stack's name: `{"Ref": "AWS::StackName"}`.
    public static let stackName = pseudo("AWS::StackName")
    /// The stack's id: `{"Ref": "AWS::StackId"}`.
    public static let stackId = pseudo("AWS::StackId")
    /// The domain suffix (`amazonaws.com`, ...): `{"Ref": "AWS::URLSuffix"}`.
    public static let urlSuffix = pseudo("AWS::URLSuffix")
    /// The SNS topic ARNs that receive stack notifications: `{"Ref": "AWS::NotificationARNs"}`.
    public static let notificationARNs = Token.asList(PseudoParameters.shared.token("AWS::NotificationARNs"))
    /// Removes a property when used as its value: `{"Ref": "AWS::NoValue"}`.
    public static let noValue = pseudo("AWS::NoValue")

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
