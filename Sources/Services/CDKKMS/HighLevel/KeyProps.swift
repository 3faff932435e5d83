import CDK
import CDKIAM

extension KMS {
    /// The props of a ``Key``.
    public struct KeyProps: ConstructProps {
        /// A description of the key.
        ///
        /// Default: none.
        public var description: String?
        /// An alias (`alias/...`) created for the key.
        ///
        /// Default: none.
        public var alias: String?
        /// Whether KMS rotates the key material every year.
        ///
        /// Default: no `EnableKeyRotation` property (KMS does not rotate).
        public var enableKeyRotation: Bool?
        /// Whether the key is enabled.
        ///
        /// Default: no `Enabled` property (enabled).
        public var enabled: Bool?
        /// The key spec (`SYMMETRIC_DEFAULT`, `RSA_2048`, ...).
        ///
        /// Default: no `KeySpec` property (`SYMMETRIC_DEFAULT`).
        public var keySpec: String?
        /// What the key is for (`ENCRYPT_DECRYPT`, `SIGN_VERIFY`, ...).
        ///
        /// Default: no `KeyUsage` property (`ENCRYPT_DECRYPT`).
        public var keyUsage: String?
        /// How long KMS waits before deleting the key, 7 to 30 days.
        ///
        /// Default: no `PendingWindowInDays` property (30 days).
        public var pendingWindow: Duration?
        /// The key policy, used as given (statements of grants are added to it).
        ///
        /// Default: a policy that lets the account's IAM policies grant access (the account
        /// root may do `kms:*`).
        public var policy: IAM.PolicyDocument?
        /// Whether the account's IAM policies may grant access to the key. Deprecated in the
        /// AWS CDK, whose v2 always trusts the account (`@aws-cdk/aws-kms:defaultKeyPolicies`
        /// can no longer be turned off): `false` is an error.
        ///
        /// Default: `true`.
        public var trustAccountIdentities: Bool?
        /// What happens to the key when it leaves the stack.
        ///
        /// Default: `.retain`.
        public var removalPolicy: RemovalPolicy = .retain

        /// Props with every member at its default.
        public init() {}
    }

    /// The props of an ``Alias``.
    public struct AliasProps: ConstructProps {
        /// The alias name; `alias/` is prepended when missing.
        public var aliasName: String
        /// The key the alias points to.
        public var targetKey: any KeyRef
        /// What happens to the alias when it leaves the stack.
        ///
        /// Default: no policy (CloudFormation deletes it).
        public var removalPolicy: RemovalPolicy?

        /// Props of an alias `aliasName` of `targetKey`.
        public init(aliasName: String, targetKey: any KeyRef) {
            self.aliasName = aliasName
            self.targetKey = targetKey
        }
    }
}
