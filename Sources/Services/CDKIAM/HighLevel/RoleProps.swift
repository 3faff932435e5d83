import CDK

extension IAM {
    /// The props of a ``Role``.
    public struct RoleProps: ConstructProps {
        /// The principal that may assume the role (a service, an account, ...).
        public var assumedBy: any Principal
        /// Values of `sts:ExternalId` the assuming principal must give.
        ///
        /// Default: none.
        public var externalIds: [String] = []
        /// Managed policies attached to the role.
        ///
        /// Default: none.
        public var managedPolicies: [any ManagedPolicyReference] = []
        /// Inline policies of the role, by name.
        ///
        /// Default: none.
        public var inlinePolicies: [String: PolicyDocument] = [:]
        /// The role's path.
        ///
        /// Default: `/` (no `Path` property).
        public var path: String?
        /// The managed policy that bounds the role's permissions.
        ///
        /// Default: none.
        public var permissionsBoundary: (any ManagedPolicyReference)?
        /// The role's physical name, up to 64 characters.
        ///
        /// Default: a name CloudFormation generates.
        public var roleName: String?
        /// How long a session of the role may last, between 1 and 12 hours.
        ///
        /// Default: 1 hour.
        public var maxSessionDuration: Duration?
        /// A description of the role, up to 1,000 characters.
        ///
        /// Default: none.
        public var description: String?

        /// Props of a role that `assumedBy` may assume.
        public init(assumedBy: any Principal) {
            self.assumedBy = assumedBy
        }
    }
}
