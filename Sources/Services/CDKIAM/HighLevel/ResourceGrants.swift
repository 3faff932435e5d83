import CDK

extension IAM {
    /// What the grants of a resource with a policy and an optional encryption key share (the
    /// body of `SQS.QueueGrants` and `SNS.TopicGrants`): service actions go to the grantee's
    /// policy, or to the resource policy when the grantee has none; key actions go to the key.
    package struct ResourceGrants {
        /// The ARN the actions are granted on by default.
        package let resourceArn: String
        /// The resource whose policy gets the statement when the grantee has no policy.
        package let policyResource: any ResourceWithPolicy
        /// Grants key actions on the resource's key; does nothing when it has none.
        package let grantOnKey: (any Grantable, [String]) throws -> Void

        /// Grants on `resourceArn` through `policyResource`, and key actions through `grantOnKey`.
        package init(resourceArn: String, policyResource: any ResourceWithPolicy,
                     grantOnKey: @escaping (any Grantable, [String]) throws -> Void) {
            self.resourceArn = resourceArn
            self.policyResource = policyResource
            self.grantOnKey = grantOnKey
        }

        /// Grants `actions` on the resource (or on `resourceArns`), and `keyActions` on its key.
        package func actions(_ grantee: any Grantable, _ actions: [String], keyActions: [String],
                             resourceArns: [String]?) throws -> Grant {
            let grant = try Grant.addToPrincipalOrResource(grantee: grantee, actions: actions, resourceArns: resourceArns ?? [resourceArn],
                                                           resource: policyResource)
            if !keyActions.isEmpty { try grantOnKey(grantee, keyActions) }
            return grant
        }
    }
}
