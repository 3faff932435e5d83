import CDK

extension IAM {
    /// The options of ``Role/fromRoleArn(_:_:_:_:configure:)`` and ``Role/fromRoleName(_:_:_:_:configure:)``.
    public struct FromRoleArnOptions: ConstructProps {
        /// Whether policies can be attached to the imported role (a role of another account
        /// never can).
        ///
        /// Default: `true`.
        public var mutable = true
        /// For an immutable role: whether grants go to the resource's policy instead of being
        /// dropped. Only with `mutable` off.
        ///
        /// Default: not set (grants to the role are dropped).
        public var addGrantsToResources: Bool?
        /// The id of the policy that grants to the role create, in this stack. Set it when the
        /// same role is imported into several stacks that grant it different permissions:
        /// otherwise the policy of the last stack deployed replaces the others.
        ///
        /// Default: `Policy` (or `Policy<unique id>` with the
        /// `@aws-cdk/aws-iam:importedRoleStackSafeDefaultPolicyName` flag).
        public var defaultPolicyName: String?

        /// Options with every member at its default.
        public init() {}
    }

    /// A role defined outside the app, by ARN. Statements added to it go to a ``Policy`` in
    /// the importing stack, attached to the role by name.
    final class ImportedRole: Resource, RoleRef {
        let roleArn: String
        let roleName: String
        let principalAccount: String?
        private let defaultPolicyName: String?
        private var attachedPolicies = AttachedPolicies()
        private var defaultPolicy: Policy?

        init(_ scope: Construct, _ id: String, roleArn: String, roleName: String, account: String?, defaultPolicyName: String? = nil) throws {
            self.roleArn = roleArn
            self.roleName = roleName
            principalAccount = account
            self.defaultPolicyName = defaultPolicyName
            try super.init(scope, id, account: account)
        }

        var grantPrincipal: any Principal { self }
        var assumeRoleAction: String { "sts:AssumeRole" }
        var policyFragment: PrincipalPolicyFragment { ArnPrincipal(roleArn).policyFragment }
        var dedupeString: String? { "ImportedRole:\(roleArn)" }

        func addToPrincipalPolicy(_ statement: PolicyStatement) throws -> AddToPrincipalPolicyResult {
            if defaultPolicy == nil {
                let stackSafe = FeatureFlags.of(self).isEnabled(ContextKey.importedRoleStackSafeDefaultPolicyName)
                var name = "Policy"
                if stackSafe {
                    name += try Names.nodeUniqueId(self)
                    if name.count > 128 { name = "Policy" + String(name.dropFirst(6).suffix(128 - 6)) }
                }
                let policyName = defaultPolicyName ?? name
                let policy = try Policy(self, policyName) { if stackSafe { $0.policyName = policyName } }
                attachInlinePolicy(policy)
                defaultPolicy = policy
            }
            defaultPolicy?.addStatements(statement)
            return AddToPrincipalPolicyResult(statementAdded: true, policyDependable: defaultPolicy)
        }

        /// Attaches `policy` unless it belongs to another account than the role.
        func attachInlinePolicy(_ policy: Policy) {
            if ArnParts.areDifferentAccounts(environment.account, policy.environment.account) { return }
            attachedPolicies.attach(policy)
            policy.attachToRole(self)
        }

        /// Attaches a managed policy of the app to the role; an imported one cannot be (warned).
        func addManagedPolicy(_ policy: any ManagedPolicyReference) throws {
            if let managed = policy as? ManagedPolicy {
                managed.attachToRole(self)
            } else {
                Annotations.of(self).addWarningV2("@aws-cdk/aws-iam:IRoleCantBeUsedWithIManagedPolicy", "Can't combine imported IManagedPolicy: \(policy.managedPolicyArn) to imported role IRole: \(roleName). Use ManagedPolicy directly.")
            }
        }
    }

    /// A role whose policies are not changed by the app: statements added to it are dropped
    /// (or, with `addGrantsToResources`, reported as not added, so that grants go to the
    /// resource's policy).
    final class ImmutableRole: Resource, RoleRef {
        let role: any RoleRef
        let addGrantsToResources: Bool

        init(_ scope: Construct, _ id: String, role: any RoleRef, addGrantsToResources: Bool) throws {
            self.role = role
            self.addGrantsToResources = addGrantsToResources
            try super.init(scope, id, account: role.environment.account, region: role.environment.region)
        }

        var roleArn: String { role.roleArn }
        var roleName: String { role.roleName }
        var isMutable: Bool { false }
        var grantPrincipal: any Principal { self }
        var assumeRoleAction: String { role.assumeRoleAction }
        var policyFragment: PrincipalPolicyFragment { role.policyFragment }
        var principalAccount: String? { role.principalAccount }
        override var dependencyRoots: [Construct] { role.dependencyRoots }

        func addToPrincipalPolicy(_ statement: PolicyStatement) throws -> AddToPrincipalPolicyResult {
            AddToPrincipalPolicyResult(statementAdded: !addGrantsToResources, policyDependable: DependencyGroup())
        }

        func attachInlinePolicy(_ policy: Policy) {}
        func addManagedPolicy(_ policy: any ManagedPolicyReference) throws {}

        func grant(_ grantee: any Grantable, actions: [String]) throws -> Grant { try role.grant(grantee, actions: actions) }
        func grantPassRole(_ grantee: any Grantable) throws -> Grant { try role.grantPassRole(grantee) }
        func grantAssumeRole(_ grantee: any Grantable) throws -> Grant { try role.grantAssumeRole(grantee) }
    }
}
