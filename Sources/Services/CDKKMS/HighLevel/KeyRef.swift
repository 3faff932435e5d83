import CDK
import CDKIAM

extension KMS {
    /// A KMS key, defined in the app or imported (the AWS CDK's `IKey`).
    public protocol KeyRef: IAM.ResourceWithPolicy {
        /// The key's ARN.
        var keyArn: String { get }
        /// The key's id.
        var keyId: String { get }
    }
}

extension KMS.KeyRef {
    /// Grants `actions` on the key to `grantee`: in the grantee's policy, and in the key policy
    /// when the grantee has no policy of its own or is in another account.
    @discardableResult
    ///
    /// A grantee in another account or region (a construct whose stack's account or region
    /// differs) gets the actions on `*` in its policy, and the key policy names it, also on
    /// `*`: a key has no physical name, so its ARN cannot be known in another environment, as
    /// in the AWS CDK.
    public func grant(_ grantee: any IAM.Grantable, actions: [String]) throws -> IAM.Grant {
        if isInAnotherEnvironment(grantee) {
            return try IAM.Grant.addToPrincipalAndResource(grantee: grantee, actions: actions, resourceArns: ["*"], resource: self)
        }
        return try IAM.Grant.addToPrincipalOrResource(grantee: grantee, actions: actions, resourceArns: [keyArn],
                                                      resourceSelfArns: ["*"], resource: self)
    }

    /// Whether `grantee` is a construct of a stack in another account or region than the key's
    /// (compared as written, as the AWS CDK compares them).
    private func isInAnotherEnvironment(_ grantee: any IAM.Grantable) -> Bool {
        guard let construct = grantee as? Construct, let granteeStack = try? Stack.of(construct) else { return false }
        return granteeStack.account != stack.account || granteeStack.region != stack.region
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
