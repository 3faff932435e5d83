import CDK
import CDKIAM

extension KMS {
    /// A KMS key, defined in the app or imported (the AWS CDK's `IKey`).
    public protocol KeyRef: IAM.ResourceWithPolicy {
        /// The key's ARN.
        var keyArn: String { get }
        /// The key's id.
        var keyId: String { get }
        /// Whether IAM policies of the key's account may grant access to the key, so that grants
        /// in the key's environment need no key policy statement.
        var trustAccountIdentities: Bool { get }
        /// Grants `actions` on the key to `grantee` (see the default implementation).
        @discardableResult
        func grant(_ grantee: any IAM.Grantable, actions: [String]) throws -> IAM.Grant
    }
}

extension KMS.KeyRef {
    /// Whether IAM policies of the key's account may grant access to the key (its key policy
    /// trusts the account root). Default: `true` (every ``KMS/Key`` and imported key).
    public var trustAccountIdentities: Bool { true }

    /// Grants `actions` on the key to `grantee`, as the AWS CDK's `KeyGrants.actions` does.
    ///
    /// - A grantee in the key's account and region: the grantee's policy gets the actions on
    ///   the key's ARN; the key policy gets them (on `*`) only when the grantee has no policy
    ///   of its own or is in another account.
    /// - A grantee of another account or region (a construct whose stack's account or region
    ///   differs; with ``KMS/ContextKey/reduceCrossAccountRegionPolicyScope`` the key
    ///   resource's own environment must differ too): the actions on `*` in both the grantee's
    ///   policy and the key policy, since a key has no physical name, so its ARN cannot be
    ///   known in another environment.
    /// - When the grantee's stack depends on the key's stack, the key policy names the
    ///   grantee's account (`arn:<partition>:iam::<account>:root`) rather than the grantee, so
    ///   the key's stack needs nothing of the grantee's.
    /// - A key that does not trust account identities: both policies, on the key's ARN.
    @discardableResult
    public func grant(_ grantee: any IAM.Grantable, actions: [String]) throws -> IAM.Grant {
        try grantOnKey(grantee, actions: actions, keyArn: keyArn, trustAccountIdentities: trustAccountIdentities,
                       flagScope: (self as? Construct) ?? stack)
    }

    /// Grants decryption (`kms:Decrypt`).
    @discardableResult
    public func grantDecrypt(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        try grant(grantee, actions: KMS.Actions.decrypt)
    }

    /// Grants encryption (`kms:Encrypt`, `kms:ReEncrypt*`, `kms:GenerateDataKey*`).
    @discardableResult
    public func grantEncrypt(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        try grant(grantee, actions: KMS.Actions.encrypt)
    }

    /// Grants encryption and decryption.
    @discardableResult
    public func grantEncryptDecrypt(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        try grant(grantee, actions: KMS.Actions.decrypt + KMS.Actions.encrypt)
    }
}

extension KMS {
    /// The action lists of the key grants, as the AWS CDK defines them.
    public enum Actions {
        /// `kms:Decrypt`
        public static let decrypt = ["kms:Decrypt"]
        /// `kms:Encrypt`, `kms:ReEncrypt*`, `kms:GenerateDataKey*`
        public static let encrypt = ["kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"]
    }
}
