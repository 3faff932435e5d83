/// Context keys the library reads, named as in the AWS CDK.
public enum ContextKeys {
    /// Adds `aws:cdk:path` metadata to every resource (the CDK CLI sets it).
    public static let pathMetadata = "aws:cdk:enable-path-metadata"
    /// The bootstrap qualifier of the default synthesizer.
    public static let bootstrapQualifier = "@aws-cdk/core:bootstrapQualifier"
    /// `strong`, `weak` or `both`: how cross-stack references are made.
    public static let defaultCrossStackReferences = "@aws-cdk/core:defaultCrossStackReferences"
    /// Runs tag aspects at the mutating priority (200) instead of the default (500).
    public static let aspectPrioritiesMutating = "@aws-cdk/core:aspectPrioritiesMutating"
    /// Runs aspects until nothing new is invoked (the v2 default) rather than once.
    public static let aspectStabilization = "@aws-cdk/core:aspectStabilization"
    /// `{"name": ...}` or `{"arn": ...}`: the permissions boundary of every IAM role and user
    /// below (set by a stage's `permissionsBoundary`); `${Qualifier}`, `${AWS::AccountId}`,
    /// `${AWS::Region}` and `${AWS::Partition}` in it are replaced.
    public static let permissionsBoundary = "@aws-cdk/core:permissionsBoundary"
    /// Stops the library from recording stack traces.
    public static let disableStackTrace = "aws:cdk:disable-stack-trace"
}
