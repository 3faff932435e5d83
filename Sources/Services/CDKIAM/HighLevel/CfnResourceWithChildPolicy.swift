import CDK

extension IAM {
    /// A low-level resource of the app as a resource with a policy, for the grants of low-level
    /// resources (`SQS.QueueGrants.fromCfnQueue`, `SNS.TopicGrants.fromCfnTopic`): statements go
    /// to a low-level policy resource created as the resource's child on the first grant (a
    /// `CfnQueuePolicy` named `QueuePolicy`, a `CfnTopicPolicy` named `TopicPolicy`), as in the
    /// AWS CDK. The statements are appended to its document as by
    /// ``CfnResourceWithPolicyDocument``.
    package final class CfnResourceWithChildPolicy<Policy: CfnResource>: ResourceWithPolicy {
        /// The stack of the resource.
        package let stack: Stack
        /// The environment of the resource's stack.
        package var environment: ResourceEnvironment { ResourceEnvironment(account: stack.account, region: stack.region) }

        private let resource: CfnResource
        private let policyId: String
        private let document: ReferenceWritableKeyPath<Policy, JSONValue>
        private let makePolicy: (CfnResource, String) throws -> Policy

        /// `resource`, whose policy is its child `policyId` made by `makePolicy` (with an empty
        /// statement list), with the policy document at `document`.
        package init(_ resource: CfnResource, policyId: String, document: ReferenceWritableKeyPath<Policy, JSONValue>,
                     makePolicy: @escaping (_ scope: CfnResource, _ id: String) throws -> Policy) throws {
            self.resource = resource
            self.policyId = policyId
            self.document = document
            self.makePolicy = makePolicy
            stack = try Stack.of(resource)
        }

        /// Appends `statement` to the child policy, creating it first if needed.
        package func addToResourcePolicy(_ statement: PolicyStatement) throws -> AddToResourcePolicyResult {
            let policy = try resource.node.tryFindChild(policyId) as? Policy ?? makePolicy(resource, policyId)
            return try CfnResourceWithPolicyDocument(policy, document: document).addToResourcePolicy(statement)
        }
    }
}
