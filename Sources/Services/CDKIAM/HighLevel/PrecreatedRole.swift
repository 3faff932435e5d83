import CDK

extension IAM {
    /// A role created outside the app that takes the place of a role of the app while roles are
    /// customized (``Role/customizeRoles(_:_:)``): it records the statements and managed
    /// policies the role would have had instead of writing them, and grants on it go to the
    /// precreated role.
    final class PrecreatedRole: Resource, RoleRef {
        let role: any RoleRef
        /// The path of the role it replaces.
        let rolePath: String
        /// Whether no precreated role was named for it.
        let missing: Bool
        /// The statements the role would have had, rendered.
        private(set) var policyStatements: [JSONValue] = []
        /// The managed policies the role would have had.
        private(set) var managedPolicies: [any ManagedPolicyReference] = []

        init(_ scope: Construct, _ id: String, rolePath: String?, role: any RoleRef, missing: Bool = false) throws {
            self.role = role
            self.missing = missing
            let reserved = try ConstructScope(scope, id)
            self.rolePath = rolePath ?? reserved.node.path
            try super.init(reserved, account: role.environment.account, region: role.environment.region)
        }

        var roleArn: String { role.roleArn }
        var roleName: String { role.roleName }
        var grantPrincipal: any Principal { self }
        var assumeRoleAction: String { role.assumeRoleAction }
        var policyFragment: PrincipalPolicyFragment { role.policyFragment }
        var principalAccount: String? { role.principalAccount }
        override var dependencyRoots: [Construct] { role.dependencyRoots }

        func attachInlinePolicy(_ policy: Policy) {
            policyStatements += policy.document.statements.map { $0.toStatementJSON() }
        }

        func addManagedPolicy(_ policy: any ManagedPolicyReference) throws {
            managedPolicies.append(policy)
        }

        /// Records the statement; reports it as added, with nothing to depend on.
        func addToPrincipalPolicy(_ statement: PolicyStatement) throws -> AddToPrincipalPolicyResult {
            policyStatements.append(statement.toStatementJSON())
            return AddToPrincipalPolicyResult(statementAdded: true, policyDependable: DependencyGroup())
        }

        /// Records the statement; returns `false`, as the AWS CDK does.
        func addToPolicy(_ statement: PolicyStatement) throws -> Bool {
            policyStatements.append(statement.toStatementJSON())
            return false
        }

        func grant(_ grantee: any Grantable, actions: [String]) throws -> Grant { try role.grant(grantee, actions: actions) }
        func grantPassRole(_ grantee: any Grantable) throws -> Grant { try role.grantPassRole(grantee) }
        func grantAssumeRole(_ grantee: any Grantable) throws -> Grant { try role.grantAssumeRole(grantee) }
    }
}
