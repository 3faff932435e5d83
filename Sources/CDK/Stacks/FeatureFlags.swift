/// Reads AWS CDK feature flags from context, with the AWS CDK v2's defaults for flags that are
/// not set.
public struct FeatureFlags {
    let scope: Construct

    /// The flags as seen from `scope`.
    public static func of(_ scope: Construct) -> FeatureFlags { FeatureFlags(scope: scope) }

    /// Flags that behave as enabled when unset in the AWS CDK v2 (the ``expired`` ones too).
    static let enabledByDefault: Set<String> = Set([
        "@aws-cdk/core:newStyleStackSynthesis",
        "@aws-cdk/core:stackRelativeExports",
        ContextKeys.aspectStabilization,
    ]).union(expired)

    /// The flags of the AWS CDK v1 that its v2 removed (`CURRENT_VERSION_EXPIRED_FLAGS`): they
    /// always behave as enabled, and setting one in context is an error where it is read.
    public static let expired: Set<String> = [
        "@aws-cdk/aws-ecr-assets:dockerIgnoreSupport",
        "@aws-cdk/aws-ecs-patterns:removeDefaultDesiredCount",
        "@aws-cdk/aws-efs:defaultEncryptionAtRest",
        "@aws-cdk/aws-kms:defaultKeyPolicies",
        "@aws-cdk/aws-s3:grantWriteWithoutAcl",
        "@aws-cdk/aws-secretsmanager:parseOwnedSecretName",
        "@aws-cdk/core:enableStackNameDuplicates",
        "aws-cdk:enableDiffNoFail",
    ]

    /// Whether `flag` is enabled: its context value if set, otherwise the v2 default (always
    /// true for an ``expired`` flag).
    public func isEnabled(_ flag: String) -> Bool {
        if let value = scope.node.tryGetContext(flag) { return value.isTruthy || Self.expired.contains(flag) }
        return Self.enabledByDefault.contains(flag)
    }

    /// Throws the AWS CDK's "Unsupported feature flag" error when `flag`, one of the
    /// ``expired`` flags, is set in context (to any value), as the AWS CDK v2 does where it
    /// reads the flag.
    public func refuseIfExpiredAndSet(_ flag: String) throws {
        guard Self.expired.contains(flag), scope.node.tryGetContext(flag) != nil else { return }
        throw CDKError("UnsupportedFeatureFlag",
                       "Unsupported feature flag '\(flag)'. This flag existed on CDKv1 but has been removed in CDKv2. CDK will now behave as the same as when the flag is enabled: remove it from the context (cdk.json).",
                       at: scope)
    }
}
