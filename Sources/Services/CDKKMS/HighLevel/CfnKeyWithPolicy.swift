import CDK
import CDKIAM

extension KMS {
    /// A `CfnKey` of the app as a resource with a policy, for the grants of low-level resources
    /// encrypted with it (`SNS.TopicGrants.fromCfnTopic`, `SQS.QueueGrants.fromCfnQueue`):
    /// statements go to its key policy, none when the key policy is a token (the document of a
    /// key construct), as in the AWS CDK.
    package final class CfnKeyWithPolicy: IAM.ResourceWithPolicy {
        /// The key.
        package let cfnKey: CfnKey
        /// The key's stack.
        package let stack: Stack
        /// The environment of the key's stack.
        package var environment: ResourceEnvironment { ResourceEnvironment(account: stack.account, region: stack.region) }

        init(_ cfnKey: CfnKey) throws {
            self.cfnKey = cfnKey
            stack = try Stack.of(cfnKey)
        }

        /// The key `keyId` (a `KmsMasterKeyId`) refers to by its ARN, id or reference, if it is a
        /// `CfnKey` of the app; `nil` for anything else (an alias, a literal ARN).
        package static func of(keyId: String, in construct: Construct) throws -> CfnKeyWithPolicy? {
            guard Token.isUnresolved(keyId), let reference = Token.reverse(keyId) else { return nil }
            let key = construct.node.root.node.findAll().compactMap { $0 as? CfnKey }.first { key in
                [key.attrArn, key.attrKeyId, key.ref].contains { Token.reverse($0) === reference }
            }
            return try key.map(CfnKeyWithPolicy.init)
        }

        /// Grants `actions` on the key as the AWS CDK's `KeyGrants.fromKey(cfnKey).actions` does
        /// for a grantee in the key's environment: in the grantee's policy and in the key policy.
        package func grant(_ grantee: any IAM.Grantable, actions: [String]) throws {
            _ = try IAM.Grant.addToPrincipalAndResource(grantee: grantee, actions: actions, resourceArns: [cfnKey.attrArn],
                                                        resourceSelfArns: ["*"], resource: self)
        }

        /// Appends `statement` to the key policy, unless the policy is a token.
        package func addToResourcePolicy(_ statement: IAM.PolicyStatement) throws -> IAM.AddToResourcePolicyResult {
            if case .string(let text)? = cfnKey.keyPolicy, Token.isUnresolved(text) {
                return IAM.AddToResourcePolicyResult(statementAdded: false)
            }
            cfnKey.keyPolicy = statement.appended(to: cfnKey.keyPolicy)
            return IAM.AddToResourcePolicyResult(statementAdded: true, policyDependable: cfnKey)
        }
    }
}
