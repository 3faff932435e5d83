import CDK

extension IAM {
    /// A principal with policies of its own: a role, a user or a group (the AWS CDK's
    /// `IIdentity`).
    public protocol Identity: Principal, Construct {
        /// Attaches a managed policy.
        func addManagedPolicy(_ policy: any ManagedPolicyReference) throws
        /// Attaches an inline policy construct.
        func attachInlinePolicy(_ policy: Policy)
    }

    /// An IAM role, defined in the app or imported (the AWS CDK's `IRole`).
    public protocol RoleRef: Identity {
        /// The role's ARN.
        var roleArn: String { get }
        /// The role's name.
        var roleName: String { get }
        /// Whether policies can be attached to the role (imports with `mutable: false` and
        /// ``Role/withoutPolicyUpdates(addGrantsToResources:)`` cannot).
        var isMutable: Bool { get }
        /// The stack the role belongs to.
        var stack: Stack { get }
        /// The account and region of the role.
        var environment: ResourceEnvironment { get }
        /// Grants `actions` on this role to `grantee`.
        @discardableResult
        func grant(_ grantee: any Grantable, actions: [String]) throws -> Grant
        /// Grants `iam:PassRole` on this role to `grantee`.
        @discardableResult
        func grantPassRole(_ grantee: any Grantable) throws -> Grant
        /// Grants `sts:AssumeRole` on this role to `grantee`.
        @discardableResult
        func grantAssumeRole(_ grantee: any Grantable) throws -> Grant
    }

    /// An IAM user, defined in the app or imported (the AWS CDK's `IUser`).
    public protocol UserRef: Identity {
        /// The user's name.
        var userName: String { get }
        /// The user's ARN.
        var userArn: String { get }
        /// The account and region of the user.
        var environment: ResourceEnvironment { get }
        /// Adds the user to `group`.
        func addToGroup(_ group: any GroupRef) throws
    }

    /// An IAM group, defined in the app or imported (the AWS CDK's `IGroup`).
    public protocol GroupRef: Identity {
        /// The group's name.
        var groupName: String { get }
        /// The group's ARN.
        var groupArn: String { get }
        /// The stack the group belongs to.
        var stack: Stack { get }
        /// The account and region of the group.
        var environment: ResourceEnvironment { get }
    }
}

extension IAM.RoleRef {
    @discardableResult
    public func grant(_ grantee: any IAM.Grantable, actions: [String]) throws -> IAM.Grant {
        try IAM.Grant.addToPrincipal(grantee: grantee, actions: actions, resourceArns: [roleArn])
    }

    @discardableResult
    public func grantPassRole(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        try grant(grantee, actions: ["iam:PassRole"])
    }

    @discardableResult
    public func grantAssumeRole(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        try grant(grantee, actions: ["sts:AssumeRole"])
    }

    public var isMutable: Bool { true }
}
