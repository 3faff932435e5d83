import CDK

extension IAM {
    /// An inline policy (`AWS::IAM::Policy`) attached to roles, users and groups. A role, user
    /// or group creates one named `DefaultPolicy` for the statements its grants add. As in the
    /// AWS CDK, a policy without statements or without principals is left out of the template
    /// (unless `force` is set or its name was used).
    public final class Policy: Resource, Grantable {
        /// The policy document; statements added later are included.
        public let document: PolicyDocument
        /// Whether the policy is written even when empty or unattached.
        public let force: Bool
        private(set) var roles: [any RoleRef] = []
        private(set) var users: [any UserRef] = []
        private(set) var groups: [any GroupRef] = []
        private var referenceTaken = false
        private let name: String
        /// The policy's CloudFormation resource.
        public let cfnPolicy: CfnPolicy

        /// A policy with `props.statements`, attached to `props.roles`, `users` and `groups`.
        /// Without a `policyName`, the name is the policy's logical id (its last 128
        /// characters), as in the AWS CDK.
        public init(_ scope: Construct, _ id: String, _ props: PolicyProps = PolicyProps(),
                    configure: (inout PolicyProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure, for: scope, id)
            let this = try ConstructScope(scope, id)
            document = props.document ?? PolicyDocument()
            force = props.force
            let resource = try CfnPolicy(this, "Resource", policyDocument: document.jsonValue, policyName: props.policyName ?? "")
            if props.policyName == nil {
                resource.policyName = Lazy.string {
                    let id = try resource.resolvedLogicalId
                    // Logical ids are ASCII: up to 128 bytes, the whole id (no character counting).
                    return id.utf8.count <= 128 ? id : String(id.suffix(128))
                }
            }
            name = resource.policyName
            cfnPolicy = resource
            try super.init(this, physicalName: props.policyName)
            // `Roles`, `Users` and `Groups` are set on the first attachment (a policy of a role is
            // never attached to users or groups: no lazy lists that render nothing).
            resource.synthesizedWhen = { [unowned self] in
                self.force || self.referenceTaken || (!self.document.isEmpty && self.isAttached)
            }
            for user in props.users { attachToUser(user) }
            for group in props.groups { attachToGroup(group) }
            for role in props.roles { attachToRole(role) }
            document.addStatements(props.statements)
            node.addValidation { [unowned self] in self.validatePolicy() }
        }

        /// The policy's name. Using it makes the policy part of the template even when empty or
        /// unattached (validation then reports that), as in the AWS CDK.
        public var policyName: String {
            referenceTaken = true
            return name
        }

        /// Whether the policy is attached to a role, user or group.
        public var isAttached: Bool { !roles.isEmpty || !users.isEmpty || !groups.isEmpty }

        /// Adds statements.
        public func addStatements(_ statements: PolicyStatement...) { document.addStatements(statements) }

        /// Adds statements.
        public func addStatements(_ statements: [PolicyStatement]) { document.addStatements(statements) }

        /// Attaches the policy to `role` (once per role ARN); the role records it too.
        public func attachToRole(_ role: any RoleRef) {
            if roles.contains(where: { $0.roleArn == role.roleArn }) { return }
            if roles.isEmpty { cfnPolicy.roles = Lazy.list { [unowned self] in self.roles.map { $0.roleName } } }
            roles.append(role)
            role.attachInlinePolicy(self)
        }

        /// Attaches the policy to `user` (once per user ARN); the user records it too.
        public func attachToUser(_ user: any UserRef) {
            if users.contains(where: { $0.userArn == user.userArn }) { return }
            if users.isEmpty { cfnPolicy.users = Lazy.list { [unowned self] in self.users.map { $0.userName } } }
            users.append(user)
            user.attachInlinePolicy(self)
        }

        /// Attaches the policy to `group` (once per group ARN); the group records it too.
        public func attachToGroup(_ group: any GroupRef) {
            if groups.contains(where: { $0.groupArn == group.groupArn }) { return }
            if groups.isEmpty { cfnPolicy.groups = Lazy.list { [unowned self] in self.groups.map { $0.groupName } } }
            groups.append(group)
            group.attachInlinePolicy(self)
        }

        /// Attaches the policy to `role`.
        public func attach(to role: Role) { attachToRole(role) }

        /// Statements granted to the policy go into it; a grant that needs a principal (for a
        /// resource policy) fails, as in the AWS CDK.
        public var grantPrincipal: any Principal { PolicyGrantPrincipal(self, kind: "Policy") }

        private func validatePolicy() -> [String] {
            var errors: [String] = []
            if document.isEmpty {
                if force { errors.append("Policy created with force=true is empty. You must add statements to the policy") }
                if !force && referenceTaken { errors.append("This Policy has been referenced by a resource, so it must contain at least one statement.") }
            }
            if !isAttached {
                if force { errors.append("Policy created with force=true must be attached to at least one principal: user, group or role") }
                if !force && referenceTaken { errors.append("This Policy has been referenced by a resource, so it must be attached to at least one user, group or role.") }
            }
            return errors + document.validateForIdentityPolicy()
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKIAM.IAM.Policy") }
    }

    /// The principal of a policy construct used as a grantee: statements go into the policy;
    /// naming it in a resource policy fails (a policy is not a principal).
    final class PolicyGrantPrincipal: PrincipalBase {
        private unowned let policy: Resource
        private let addStatement: (PolicyStatement) -> Void
        private let kind: String

        init(_ policy: Policy, kind: String) {
            self.policy = policy
            self.addStatement = { [unowned policy] in policy.addStatements($0) }
            self.kind = kind
        }

        init(_ policy: ManagedPolicy, kind: String) {
            self.policy = policy
            self.addStatement = { [unowned policy] in policy.addStatements($0) }
            self.kind = kind
        }

        private var error: CDKError {
            CDKError("GrantOperationNeedsAddResource", "This grant operation needs to add a resource policy so needs access to a principal. Grant permissions to a Role or User, instead of a \(kind).", at: policy)
        }

        override var policyFragment: PrincipalPolicyFragment {
            let error = self.error
            return ArnPrincipal(Lazy.string { throw error }).policyFragment
        }

        override var principalAccount: String? { policy.environment.account }

        override func addToPrincipalPolicy(_ statement: PolicyStatement) throws -> AddToPrincipalPolicyResult {
            addStatement(statement)
            return AddToPrincipalPolicyResult(statementAdded: true, policyDependable: policy)
        }

        override func assumeRoleStatements() -> [PolicyStatement] {
            // A policy cannot assume a role: the statement fails when the template is written.
            let error = self.error
            return [PolicyStatement(actions: [Lazy.string { throw error }], principals: [self])]
        }
    }
}
