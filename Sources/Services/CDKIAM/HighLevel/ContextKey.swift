import CDK

extension IAM {
    /// Context keys and feature flags the IAM constructs read, named as in the AWS CDK.
    public enum ContextKey {
        /// How many characters a token in an ARN counts for when a policy's size is estimated
        /// (default 150).
        public static let arnSizeEstimate = "@aws-cdk/aws-iam.arnSizeEstimate"
        /// Set by ``Role/customizeRoles(_:_:)``: roles of the scope are replaced by precreated ones.
        public static let customizeRoles = "@aws-cdk/iam:customizeRoles"
        /// Feature flag: the default policy of an imported role is named `Policy<unique id>`
        /// (with that name as `PolicyName`), so that importing the same role in several stacks
        /// does not overwrite one stack's policy with another's. Off unless set.
        public static let importedRoleStackSafeDefaultPolicyName = "@aws-cdk/aws-iam:importedRoleStackSafeDefaultPolicyName"
        /// Feature flag: policy documents merge statements that differ in only one of actions,
        /// resources and principals, and sort those lists (``PolicyDocument/minimize`` overrides
        /// it per document). Off unless set; new AWS CDK projects set it.
        public static let minimizePolicies = "@aws-cdk/aws-iam:minimizePolicies"
    }
}
