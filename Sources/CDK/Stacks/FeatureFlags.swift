/// Reads AWS CDK feature flags from context, with the AWS CDK v2's defaults for flags that are
/// not set.
public struct FeatureFlags {
    let scope: Construct

    /// The flags as seen from `scope`.
    public static func of(_ scope: Construct) -> FeatureFlags { FeatureFlags(scope: scope) }

    /// Flags that behave as enabled when unset in the AWS CDK v2.
    static let enabledByDefault: Set<String> = [
        "@aws-cdk/core:newStyleStackSynthesis",
        "@aws-cdk/core:stackRelativeExports",
        ContextKeys.aspectStabilization,
    ]

    /// Whether `flag` is enabled: its context value if set, otherwise the v2 default.
    public func isEnabled(_ flag: String) -> Bool {
        if let value = scope.node.tryGetContext(flag) { return value.isTruthy }
        return Self.enabledByDefault.contains(flag)
    }
}
