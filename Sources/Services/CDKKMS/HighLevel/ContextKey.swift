import CDK

extension KMS {
    /// Feature flags the KMS constructs read, named as in the AWS CDK.
    public enum ContextKey {
        /// Feature flag: a grantee counts as being in another account (or region) only when the
        /// key resource's own account (or region) differs from the grantee's stack too, not only
        /// the key's stack; this matters for keys imported from another environment. Off unless
        /// set; new AWS CDK projects set it.
        public static let reduceCrossAccountRegionPolicyScope = "@aws-cdk/aws-kms:reduceCrossAccountRegionPolicyScope"
    }
}
