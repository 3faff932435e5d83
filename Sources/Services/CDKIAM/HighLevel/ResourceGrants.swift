import CDK

extension IAM {
    /// What the grants of a resource with a policy and an optional encryption key share (the
    /// body of `SQS.QueueGrants`, `SNS.TopicGrants` and `DynamoDB.TableGrants`): service
    /// actions go to the grantee's policy, or to the resource policy when the grantee has none
    /// or is in another account; key actions go to the key.
    package struct ResourceGrants {
        /// The ARNs the actions are granted on by default.
        package let resourceArns: [String]
        /// The resources of the resource policy's statement; `nil` for ``resourceArns``.
        package let resourceSelfArns: [String]?
        /// The resource whose policy gets the statement when the grantee has no policy.
        package let policyResource: any ResourceWithPolicy
        /// Grants key actions on the resource's key; does nothing when it has none.
        package let grantOnKey: (any Grantable, [String]) throws -> Void

        /// Grants on `resourceArns` (`resourceSelfArns` in the resource policy) through
        /// `policyResource`, and key actions through `grantOnKey`.
        package init(resourceArns: [String], resourceSelfArns: [String]? = nil, policyResource: any ResourceWithPolicy,
                     grantOnKey: @escaping (any Grantable, [String]) throws -> Void) {
            self.resourceArns = resourceArns
            self.resourceSelfArns = resourceSelfArns
            self.policyResource = policyResource
            self.grantOnKey = grantOnKey
        }

        /// Grants `actions` on the resource (or on `resourceArns`), and `keyActions` on its key.
        package func actions(_ grantee: any Grantable, _ actions: [String], keyActions: [String] = [],
                             resourceArns: [String]? = nil) throws -> Grant {
            let grant = try Grant.addToPrincipalOrResource(grantee: grantee, actions: actions, resourceArns: resourceArns ?? self.resourceArns,
                                                           resourceSelfArns: resourceSelfArns, resource: policyResource)
            if !keyActions.isEmpty { try grantOnKey(grantee, keyActions) }
            return grant
        }
    }
}
