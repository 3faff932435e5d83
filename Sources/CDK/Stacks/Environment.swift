/// Where a stack is deployed: an account and a region. Either may be left out, which makes the
/// stack environment-agnostic in that respect (its templates use `AWS::AccountId` and
/// `AWS::Region`, and it can be deployed anywhere).
public struct Environment: Sendable, Hashable {
    /// The account id, such as `123456789012`.
    public var account: String?
    /// The region, such as `eu-west-1`.
    public var region: String?

    /// An environment of `account` and `region`.
    public init(account: String? = nil, region: String? = nil) {
        self.account = account
        self.region = region
    }

    /// `aws://<account|unknown-account>/<region|unknown-region>`, as the cloud assembly writes it.
    public var assemblyString: String {
        "aws://\(account ?? "unknown-account")/\(region ?? "unknown-region")"
    }
}
