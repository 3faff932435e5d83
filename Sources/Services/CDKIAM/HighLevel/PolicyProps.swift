import CDK

extension IAM {
    /// The props of a ``Policy``.
    public struct PolicyProps: ConstructProps {
        /// The policy's name.
        ///
        /// Default: the policy's logical id (its last 128 characters), as in the AWS CDK.
        public var policyName: String?
        /// Statements of the policy.
        ///
        /// Default: none (add them with `addStatements`).
        public var statements: [PolicyStatement] = []
        /// Roles the policy is attached to.
        ///
        /// Default: none (attach it with `attachToRole`).
        public var roles: [any RoleRef] = []
        /// Users the policy is attached to.
        ///
        /// Default: none (attach it with `attachToUser`).
        public var users: [any UserRef] = []
        /// Groups the policy is attached to.
        ///
        /// Default: none (attach it with `attachToGroup`).
        public var groups: [any GroupRef] = []
        /// The policy document the statements are added to.
        ///
        /// Default: an empty document.
        public var document: PolicyDocument?
        /// Writes the policy even when it has no statements or principals; validation then
        /// reports either as an error.
        ///
        /// Default: `false` (such a policy is left out of the template).
        public var force = false

        /// Props with every member at its default.
        public init() {}
    }

    /// The props of a ``ManagedPolicy``.
    public struct ManagedPolicyProps: ConstructProps {
        /// The policy's physical name.
        ///
        /// Default: a name CloudFormation generates.
        public var managedPolicyName: String?
        /// A description of the policy.
        ///
        /// Default: an empty description.
        public var description: String?
        /// The policy's path.
        ///
        /// Default: `/`.
        public var path: String?
        /// Statements of the policy.
        ///
        /// Default: none (add them with `addStatements`).
        public var statements: [PolicyStatement] = []
        /// Roles the policy is attached to.
        ///
        /// Default: none (attach it with `attachToRole`).
        public var roles: [any RoleRef] = []
        /// Users the policy is attached to.
        ///
        /// Default: none (attach it with `attachToUser`).
        public var users: [any UserRef] = []
        /// Groups the policy is attached to.
        ///
        /// Default: none (attach it with `attachToGroup`).
        public var groups: [any GroupRef] = []
        /// The policy document the statements are added to.
        ///
        /// Default: an empty document.
        public var document: PolicyDocument?

        /// Props with every member at its default.
        public init() {}
    }
}
