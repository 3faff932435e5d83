import CDK

extension IAM {
    /// An IAM role (`AWS::IAM::Role`) that a principal can assume, with managed and inline
    /// policies. Grants add their statements to the role's `DefaultPolicy`; when it grows
    /// past IAM's size limit, statements move to `OverflowPolicy<n>` managed policies.
    ///
    /// ```swift
    /// let role = try IAM.Role(stack, "Worker", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))) {
    ///     $0.managedPolicies = [IAM.ManagedPolicy.fromAwsManagedPolicyName("service-role/AWSLambdaBasicExecutionRole")]
    /// }
    /// ```
    public final class Role: Resource, RoleRef {
        /// Who may assume the role; statements can be added.
        public let assumeRolePolicy: PolicyDocument
        /// The principal that assumes the role.
        public let assumedBy: any Principal
        /// The managed policy that bounds the role's permissions, if any.
        public let permissionsBoundary: (any ManagedPolicyReference)?
        private var managedPolicies: [any ManagedPolicyReference]
        private let inlinePolicies: [(name: String, document: PolicyDocument)]
        private var attachedPolicies = AttachedPolicies()
        private var defaultPolicy: Policy?
        /// What each statement of the default policy lets others depend on: the policy it ends
        /// up in once large policies are split.
        private var dependables: [(statement: PolicyStatement, group: DependencyGroup)] = []
        private var immutableRole: ImmutableRole?
        private var didSplit = false
        private let path: String?
        /// The precreated role that replaces this one while roles are customized.
        private let precreatedRole: PrecreatedRole?
        private let preventSynthesis: Bool
        /// The role's CloudFormation resource. While roles are customized
        /// (``customizeRoles(_:_:)``), it is not written to the template.
        public let cfnRole: CfnRole

        /// A role that `props.assumedBy` may assume.
        public init(_ scope: Construct, _ id: String, _ props: RoleProps, configure: (inout RoleProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure, for: scope, id)
            let this = try ConstructScope(scope, id)
            try Self.validate(props, at: this)
            assumedBy = props.assumedBy
            managedPolicies = props.managedPolicies
            inlinePolicies = props.inlinePolicies.sorted { $0.key < $1.key }.map { (name: $0.key, document: $0.value) }
            permissionsBoundary = props.permissionsBoundary
            path = props.path
            assumeRolePolicy = Self.assumeRolePolicy(for: props.assumedBy, externalIds: props.externalIds)
            let maxSeconds = try this.converting("maxSessionDuration") { try props.maxSessionDuration.map { try $0.toSeconds() } }
            let description = props.description.flatMap { $0.isEmpty ? nil : $0 }

            let config = CustomizeRolesConfig.forRole(this)
            preventSynthesis = config.preventSynthesis
            if config.enabled {
                let stack = try Stack.of(this)
                let roleArn = stack.formatArn(ArnComponents(service: "iam", resource: "role", resourceName: config.precreatedRoleName, region: ""))
                let imported = try ImportedRole(this, "Import" + id, roleArn: roleArn, roleName: config.precreatedRoleName ?? id, account: stack.account)
                let precreated = try PrecreatedRole(this, "PrecreatedRole" + id, rolePath: this.node.path, role: imported,
                                                    missing: config.precreatedRoleName == nil)
                for policy in managedPolicies { try precreated.addManagedPolicy(policy) }
                for (name, document) in inlinePolicies { precreated.attachInlinePolicy(try Policy(this, name) { $0.document = document }) }
                precreatedRole = precreated
            } else {
                precreatedRole = nil
            }

            cfnRole = try CfnRole(this, "Resource", assumeRolePolicyDocument: assumeRolePolicy.jsonValue,
                                  description: description, maxSessionDuration: maxSeconds, path: props.path,
                                  permissionsBoundary: props.permissionsBoundary?.managedPolicyArn, roleName: props.roleName)
            if !inlinePolicies.isEmpty {
                cfnRole.policies = inlinePolicies.map { CfnRole.PolicyProperty(policyDocument: $0.document.jsonValue, policyName: $0.name) }
            }
            if config.preventSynthesis { cfnRole.synthesizedWhen = { false } }
            try super.init(this, physicalName: props.roleName)
            cfnRole.roleName = physicalName
            cfnRole.managedPolicyArns = Lazy.list { [unowned self] in
                var arns: [String] = []  // a role has a few: searched in order
                for arn in self.managedPolicies.map(\.managedPolicyArn) where !arns.contains(arn) { arns.append(arn) }
                return arns.isEmpty ? nil : arns
            }
            if !config.preventSynthesis {
                let priority = FeatureFlags.of(self).isEnabled(ContextKeys.aspectPrioritiesMutating) ? AspectPriority.mutating : AspectPriority.default
                Aspects.of(self).add(LargePolicySplitter(self), priority: priority)
            }
            node.addValidation { [unowned self] in
                self.assumeRolePolicy.validateForTrustPolicy()
                    + self.inlinePolicies.flatMap { $0.document.validateForIdentityPolicy() }
            }
        }

        // MARK: Attributes

        /// The role's ARN; from another account or region, `arn:<partition>:iam::<account>:role/<path><name>`.
        public private(set) lazy var roleArn: String = precreatedRole?.roleArn
            ?? getResourceArnAttribute(cfnRole.attrArn, ArnComponents(
                service: "iam", resource: "role", resourceName: (path.map { $0.hasPrefix("/") ? String($0.dropFirst()) : $0 } ?? "") + (physicalName ?? ""),
                region: ""))

        /// The role's name; from another account or region, its physical name.
        public private(set) lazy var roleName: String = precreatedRole?.roleName ?? getResourceNameAttribute(cfnRole.ref)

        /// The role's unique id (`AROA...`). Throws for a precreated role, which has none here.
        public var roleId: String {
            get throws {
                if preventSynthesis {
                    throw CDKError("RoleidAvailablePrecreatedRoles", "\"roleId\" is not available on precreated roles. Use the role's name or ARN instead.", at: self)
                }
                return cfnRole.attrRoleId
            }
        }

        /// Whether `value` is a role defined in the app (imported roles are not).
        public static func isRole(_ value: Any?) -> Bool { value is Role }

        // MARK: Principal

        public var grantPrincipal: any Principal { self }
        public var policyFragment: PrincipalPolicyFragment { ArnPrincipal(roleArn).policyFragment }
        public var assumeRoleAction: String { "sts:AssumeRole" }
        public var principalAccount: String? { environment.account }

        /// Adds `statement` to the role's `DefaultPolicy`, created on first use. What the result
        /// lets others depend on is the policy the statement ends up in (an overflow policy, for
        /// a large policy).
        public func addToPrincipalPolicy(_ statement: PolicyStatement) throws -> AddToPrincipalPolicyResult {
            if let precreatedRole { return try precreatedRole.addToPrincipalPolicy(statement) }
            if defaultPolicy == nil {
                let policy = try Policy(self, "DefaultPolicy")
                attachInlinePolicy(policy)
                defaultPolicy = policy
            }
            defaultPolicy?.addStatements(statement)
            let group = DependencyGroup()
            dependables.append((statement, group))
            return AddToPrincipalPolicyResult(statementAdded: true, policyDependable: group)
        }

        /// Adds `statement` to the role's policy; returns whether it was added (`false` for a
        /// precreated role, as in the AWS CDK).
        @discardableResult
        public func addToPolicy(_ statement: PolicyStatement) throws -> Bool {
            if let precreatedRole { return try precreatedRole.addToPolicy(statement) }
            return try addToPrincipalPolicy(statement).statementAdded
        }

        /// The role's default policy, if a statement was added.
        public var defaultPolicyIfCreated: Policy? { defaultPolicy }

        // MARK: Policies

        /// Attaches a managed policy (once per ARN).
        public func addManagedPolicy(_ policy: any ManagedPolicyReference) {
            if let precreatedRole {
                try? precreatedRole.addManagedPolicy(policy)  // records it; cannot fail
                return
            }
            if managedPolicies.contains(where: { $0.managedPolicyArn == policy.managedPolicyArn }) { return }
            managedPolicies.append(policy)
        }

        /// Attaches an inline policy construct.
        public func attachInlinePolicy(_ policy: Policy) {
            if let precreatedRole {
                precreatedRole.attachInlinePolicy(policy)
                return
            }
            attachedPolicies.attach(policy)
            policy.attachToRole(self)
        }

        /// A stand-in for this role whose policies are not changed: statements added to it are
        /// dropped, or with `addGrantsToResources` go to the resource's policy of a grant.
        /// Use it to give the role to a construct that should not add permissions to it.
        public func withoutPolicyUpdates(addGrantsToResources: Bool = false) throws -> any RoleRef {
            if let immutableRole { return immutableRole }
            guard let scope = node.scope else { return self }
            let role = try ImmutableRole(scope, "ImmutableRole" + node.id, role: self, addGrantsToResources: addGrantsToResources)
            immutableRole = role
            return role
        }

        /// Sets what happens to the role when it is removed from the stack; nothing for a role
        /// that customizing leaves out of the template.
        public override func applyRemovalPolicy(_ policy: RemovalPolicy) throws {
            if !preventSynthesis { try super.applyRemovalPolicy(policy) }
        }

        // MARK: Grants

        /// Grants `sts:AssumeRole` on this role to `grantee`; throws for a service or account
        /// principal, which must be named in ``assumeRolePolicy`` instead.
        @discardableResult
        public func grantAssumeRole(_ grantee: any Grantable) throws -> Grant {
            if grantee is ServicePrincipal || grantee is AccountPrincipal {
                throw CDKError("CannotServiceAccountPrincipalGrant", "Cannot use a service or account principal with grantAssumeRole, use assumeRolePolicy instead.", at: self)
            }
            return try grant(grantee, actions: ["sts:AssumeRole"])
        }

        // MARK: Large policies

        /// Moves statements of the default policy beyond 10,000 characters into managed
        /// policies of up to 6,000 characters each (`OverflowPolicy<n>`), and warns when the
        /// role then has more managed policies than IAM allows by default.
        fileprivate func splitLargePolicy() throws {
            guard let defaultPolicy, !didSplit else { return }
            didSplit = true
            let parts = try defaultPolicy.document.split(in: self, selfMaximumSize: 10_000, splitMaximumSize: 6_000)
            let count = managedPolicies.count + parts.count - 1
            if count > 20 {
                Annotations.of(self).addWarningV2("@aws-cdk/aws-iam:rolePolicyTooLarge", "Policy too large: \(count) exceeds the maximum of 20 managed policies attached to a Role")
            } else if count > 10 {
                Annotations.of(self).addWarningV2("@aws-cdk/aws-iam:rolePolicyLarge", "Policy large: \(count) exceeds 10 managed policies attached to a Role, this requires a quota increase")
            }
            markDeclaring(parts[0].originals, by: defaultPolicy)
            for (index, part) in parts.dropFirst().enumerated() {
                let overflow = try ManagedPolicy(self, "OverflowPolicy\(index + 1)") {
                    $0.description = "Part of the policies for \(self.node.path)"
                    $0.document = part.document
                    $0.roles = [self]
                }
                markDeclaring(part.originals, by: overflow)
            }
        }

        private func markDeclaring(_ statements: [PolicyStatement], by construct: Construct) {
            for statement in statements {
                for entry in dependables where entry.statement === statement { entry.group.add(construct) }
            }
        }

        // MARK: The trust policy

        /// The trust policy: the statements the principal asks for (one per principal of a
        /// composite), each with the external ids as a condition.
        private static func assumeRolePolicy(for assumedBy: any Principal, externalIds: [String]) -> PolicyDocument {
            PolicyDocument(statements: assumedBy.assumeRoleStatements().map { statement in
                if !externalIds.isEmpty {
                    statement.addCondition("StringEquals", ["sts:ExternalId": externalIds.count == 1 ? .string(externalIds[0]) : externalIds.jsonValue])
                }
                return statement
            })
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKIAM.IAM.Role") }
    }

    /// Splits the role's default policy once the tree is complete (the AWS CDK does it in an
    /// aspect too).
    private final class LargePolicySplitter: Aspect {
        unowned let role: Role

        init(_ role: Role) { self.role = role }

        func visit(_ node: Construct) throws {
            if node === role { try role.splitLargePolicy() }
        }
    }
}
