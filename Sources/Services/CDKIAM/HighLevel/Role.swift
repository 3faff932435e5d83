import CDK

extension IAM {
    /// An IAM role (`AWS::IAM::Role`) that a principal can assume, with managed and inline
    /// policies. Grants add their statements to the role's `DefaultPolicy`.
    ///
    /// ```swift
    /// let role = try IAM.Role(stack, "Worker", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))) {
    ///     $0.managedPolicies = [IAM.ManagedPolicy.fromAwsManagedPolicyName("service-role/AWSLambdaBasicExecutionRole")]
    /// }
    /// ```
    public final class Role: Resource, Principal {
        /// Who may assume the role; statements can be added.
        public let assumeRolePolicy: PolicyDocument
        /// The principal that assumes the role.
        public let assumedBy: any Principal
        private var managedPolicies: [any ManagedPolicyReference]
        private var inlinePolicies: [(name: String, document: PolicyDocument)]
        private var attachedPolicies: [Policy] = []
        private var defaultPolicy: Policy?
        /// The role's CloudFormation resource.
        public let cfnRole: CfnRole

        /// A role that `props.assumedBy` may assume.
        public init(_ scope: Construct, _ id: String, _ props: RoleProps, configure: (inout RoleProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            assumedBy = props.assumedBy
            managedPolicies = props.managedPolicies
            inlinePolicies = props.inlinePolicies.sorted { $0.key < $1.key }.map { (name: $0.key, document: $0.value) }
            assumeRolePolicy = Self.assumeRolePolicy(for: props.assumedBy, externalIds: props.externalIds)

            var maxSeconds: Double?
            if let maxSessionDuration = props.maxSessionDuration {
                let seconds = try maxSessionDuration.toSeconds()
                if !Token.isUnresolved(seconds) && !(3600...43200).contains(seconds) {
                    throw CDKError("InvalidMaxSessionDuration", "maxSessionDuration is set to \(JSONWriter.formatNumber(seconds)), but must be >= 3600sec (1hr) and <= 43200sec (12hrs). Use a Duration between 1 and 12 hours.", at: this)
                }
                maxSeconds = seconds
            }
            if let description = props.description, description.count > 1000 {
                throw CDKError("InvalidRoleDescription", "Role description must be no longer than 1000 characters.", at: this)
            }
            if let roleName = props.roleName, !Token.isUnresolved(roleName), roleName.count > 64 {
                throw CDKError("InvalidRoleName", "Invalid roleName: '\(roleName)' is longer than 64 characters. Use a shorter name.", at: this)
            }
            cfnRole = try CfnRole(this, "Resource", assumeRolePolicyDocument: assumeRolePolicy.jsonValue,
                                  description: props.description, maxSessionDuration: maxSeconds, path: props.path,
                                  permissionsBoundary: props.permissionsBoundary?.managedPolicyArn, roleName: props.roleName)
            if !inlinePolicies.isEmpty {
                cfnRole.policies = inlinePolicies.map { CfnRole.PolicyProperty(policyDocument: $0.document.jsonValue, policyName: $0.name) }
            }
            try super.init(this, physicalName: props.roleName)
            cfnRole.managedPolicyArns = Lazy.list { [unowned self] in
                var arns: [String] = []  // a role has a few: searched in order
                for arn in self.managedPolicies.map(\.managedPolicyArn) where !arns.contains(arn) { arns.append(arn) }
                return arns.isEmpty ? nil : arns
            }
            node.addValidation { [unowned self] in
                self.assumeRolePolicy.validateForResourcePolicy()
                    + self.inlinePolicies.flatMap { $0.document.validateForIdentityPolicy() }
            }
        }

        /// The trust policy: one statement per principal (a composite principal gets one for each
        /// of its principals, as in the AWS CDK), with the external ids as a condition.
        private static func assumeRolePolicy(for assumedBy: any Principal, externalIds: [String]) -> PolicyDocument {
            let principals = (assumedBy as? CompositePrincipal)?.principals ?? [assumedBy]
            return PolicyDocument(statements: principals.map { principal in
                let statement = PolicyStatement(actions: [principal.assumeRoleAction], principals: [principal])
                if !externalIds.isEmpty {
                    statement.addCondition("StringEquals", ["sts:ExternalId": externalIds.count == 1 ? .string(externalIds[0]) : externalIds.jsonValue])
                }
                return statement
            })
        }

        /// The role's ARN.
        public var roleArn: String { cfnRole.attrArn }
        /// The role's name.
        public var roleName: String { cfnRole.ref }
        /// The role's unique id.
        public var roleId: String { cfnRole.attrRoleId }

        // MARK: Principal

        public var grantPrincipal: any Principal { self }
        public var policyFragment: PrincipalPolicyFragment { ArnPrincipal(roleArn).policyFragment }
        public var assumeRoleAction: String { "sts:AssumeRole" }
        public var principalAccount: String? { environment.account }

        /// Adds `statement` to the role's `DefaultPolicy`, created on first use.
        public func addToPrincipalPolicy(_ statement: PolicyStatement) throws -> AddToPrincipalPolicyResult {
            if defaultPolicy == nil {
                let policy = try Policy(self, "DefaultPolicy")
                policy.attach(to: self)
                defaultPolicy = policy
            }
            defaultPolicy?.addStatements(statement)
            return AddToPrincipalPolicyResult(statementAdded: true, policyDependable: defaultPolicy)
        }

        /// Adds `statement` to the role's policy; returns whether it was added.
        @discardableResult
        public func addToPolicy(_ statement: PolicyStatement) throws -> Bool {
            try addToPrincipalPolicy(statement).statementAdded
        }

        /// The role's default policy, if a statement was added.
        public var defaultPolicyIfCreated: Policy? { defaultPolicy }

        // MARK: Policies

        /// Attaches a managed policy.
        public func addManagedPolicy(_ policy: any ManagedPolicyReference) {
            managedPolicies.append(policy)
        }

        /// Attaches an inline policy construct.
        public func attachInlinePolicy(_ policy: Policy) {
            attachedPolicies.append(policy)
            policy.attach(to: self)
        }

        // MARK: Grants

        /// Grants `actions` on this role to `grantee`.
        @discardableResult
        public func grant(_ grantee: any Grantable, actions: [String]) throws -> Grant {
            try Grant.addToPrincipal(grantee: grantee, actions: actions, resourceArns: [roleArn])
        }

        /// Grants `iam:PassRole` on this role to `grantee`.
        @discardableResult
        public func grantPassRole(_ grantee: any Grantable) throws -> Grant {
            try grant(grantee, actions: ["iam:PassRole"])
        }

        /// Grants `sts:AssumeRole` on this role to `grantee`.
        @discardableResult
        public func grantAssumeRole(_ grantee: any Grantable) throws -> Grant {
            try grant(grantee, actions: ["sts:AssumeRole"])
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKIAM.IAM.Role") }
    }
}
