import CDK

extension IAM {
    /// The props of a ``User``.
    public struct UserProps: ConstructProps {
        /// Groups the user belongs to (more with `addToGroup`).
        ///
        /// Default: none.
        public var groups: [any GroupRef] = []
        /// Managed policies attached to the user (more with `addManagedPolicy`).
        ///
        /// Default: none.
        public var managedPolicies: [any ManagedPolicyReference] = []
        /// The user's path.
        ///
        /// Default: `/` (no `Path` property).
        public var path: String?
        /// The managed policy that bounds the user's permissions.
        ///
        /// Default: none.
        public var permissionsBoundary: (any ManagedPolicyReference)?
        /// The user's physical name.
        ///
        /// Default: a name CloudFormation generates.
        public var userName: String?
        /// The password for the AWS Management Console (`SecretValue.secretsManager(...)`;
        /// `SecretValue.unsafePlainText` for tests only).
        ///
        /// Default: none (the user cannot sign in to the console).
        public var password: SecretValue?
        /// Whether the user must set a new password at the next sign-in; needs `password`.
        ///
        /// Default: not set (`false`).
        public var passwordResetRequired: Bool?

        /// Props with every member at its default.
        public init() {}
    }
}
