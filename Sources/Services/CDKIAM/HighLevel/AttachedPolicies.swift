import CDK

extension IAM {
    /// The inline policies attached to an identity: each once, and no two with the same name.
    struct AttachedPolicies {
        private(set) var policies: [Policy] = []

        /// Adds `policy` unless it is attached already. Another policy with the same name is an
        /// error of `policy`, reported when the app is validated (as the AWS CDK's message).
        mutating func attach(_ policy: Policy) {
            if policies.contains(where: { $0 === policy }) { return }
            // As in the AWS CDK, names are read (and so taken as referenced) only to compare them.
            if policies.contains(where: { $0.policyName == policy.policyName }) {
                let name = policy.policyName
                policy.node.addValidation { ["A policy named \"\(name)\" is already attached. Give one of the policies another policyName."] }
                return
            }
            policies.append(policy)
        }
    }
}
