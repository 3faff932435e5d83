import CDK
import CDKIAM

extension KMS {
    /// A `CfnKey` of the app as a resource with a policy, for the grants of low-level resources
    /// encrypted with it (`SNS.TopicGrants.fromCfnTopic`, `SQS.QueueGrants.fromCfnQueue`):
    /// statements go to its key policy, none when the key policy is a token (the document of a
    /// key construct), as in the AWS CDK.
    package typealias CfnKeyWithPolicy = IAM.CfnResourceWithPolicyDocument<CfnKey>
}

extension IAM.CfnResourceWithPolicyDocument where Resource == KMS.CfnKey {
    /// `cfnKey`, whose policy document is its key policy.
    package convenience init(_ cfnKey: KMS.CfnKey) throws {
        try self.init(cfnKey, document: \.keyPolicy)
    }

    /// The `CfnKey` that `keyId` (a `KmsMasterKeyId`) refers to by its ARN, id or `Ref`; `nil`
    /// for anything else (an alias, a literal ARN).
    package static func of(keyId: String) throws -> KMS.CfnKeyWithPolicy? {
        guard let reference = Token.reverse(keyId) as? CfnReference, let key = reference.target as? KMS.CfnKey,
              [nil, "Arn", "KeyId"].contains(reference.attribute) else { return nil }
        return try KMS.CfnKeyWithPolicy(key)
    }

    /// Grants `actions` on the key as the AWS CDK's `KeyGrants.fromKey(cfnKey).actions` does:
    /// in the grantee's policy and in the key policy (a low-level key does not trust its
    /// account's identities), on `*` for a grantee in another account or region, and to the
    /// grantee's account when the grantee's stack depends on the key's.
    package func grant(_ grantee: any IAM.Grantable, actions: [String]) throws {
        _ = try grantOnKey(grantee, actions: actions, keyArn: resource.attrArn, trustAccountIdentities: false, flagScope: resource)
    }
}
