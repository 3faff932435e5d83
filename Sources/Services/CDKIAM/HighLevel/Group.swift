import CDK

extension IAM {
    /// The props of a ``Group``.
    public struct GroupProps: ConstructProps {
        /// The group's physical name.
        ///
        /// Default: a name CloudFormation generates.
        public var groupName: String?
        /// Managed policies attached to the group (IAM allows 10 by default).
        ///
        /// Default: none.
        public var managedPolicies: [any ManagedPolicyReference] = []
        /// The group's path.
        ///
        /// Default: `/` (no `Path` property).
        public var path: String?

        /// Props with every member at its default.
        public init() {}
    }

    /// An IAM group (`AWS::IAM::Group`): users that share policies. Grants add their
    /// statements to the group's `DefaultPolicy`.
    ///
    /// ```swift
    /// let admins = try IAM.Group(stack, "Admins") { $0.managedPolicies = [IAM.ManagedPolicy.fromAwsManagedPolicyName("AdministratorAccess")] }
    /// admins.addUser(user)
    /// ```
    public final class Group: Resource, GroupRef {
        private var managedPolicies: [any ManagedPolicyReference]
        private var attachedPolicies = AttachedPolicies()
        private var defaultPolicy: Policy?
        private let path: String?
        /// The group's CloudFormation resource.
        public let cfnGroup: CfnGroup

        /// A group with `props`.
        public init(_ scope: Construct, _ id: String, _ props: GroupProps = GroupProps(),
                    configure: (inout GroupProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure, for: scope, id)
            let this = try ConstructScope(scope, id)
            managedPolicies = props.managedPolicies
            path = props.path
            cfnGroup = try CfnGroup(this, "Resource", groupName: props.groupName, path: props.path)
            try super.init(this, physicalName: props.groupName)
            cfnGroup.groupName = physicalName
            cfnGroup.managedPolicyArns = Lazy.list { [unowned self] in
                self.managedPolicies.isEmpty ? nil : self.managedPolicies.map(\.managedPolicyArn)
            }
            warnAboutManagedPolicyCount()
        }

        /// The group's name; from another account or region, its physical name.
        public private(set) lazy var groupName: String = getResourceNameAttribute(cfnGroup.ref)

        /// The group's ARN; from another account or region, `arn:<partition>:iam::<account>:group/<path><name>`.
        public private(set) lazy var groupArn: String = getResourceArnAttribute(cfnGroup.attrArn, ArnComponents(
            service: "iam", resource: "group", resourceName: (path.map { $0.hasPrefix("/") ? String($0.dropFirst()) : $0 } ?? "") + (physicalName ?? ""),
            region: ""))

        /// Attaches a managed policy (once per policy object); warns past IAM's default limit of 10.
        public func addManagedPolicy(_ policy: any ManagedPolicyReference) {
            if managedPolicies.contains(where: { isSameObject($0, policy) }) { return }
            managedPolicies.append(policy)
            warnAboutManagedPolicyCount()
        }

        private func warnAboutManagedPolicyCount() {
            if managedPolicies.count > 10 {
                Annotations.of(self).addWarningV2("@aws-cdk/aws-iam:groupMaxPoliciesExceeded", "You added \(managedPolicies.count) to IAM Group \(physicalName ?? node.id). The maximum number of managed policies attached to an IAM group is 10.")
            }
        }

        // MARK: Identity

        public var grantPrincipal: any Principal { self }
        public var policyFragment: PrincipalPolicyFragment { ArnPrincipal(groupArn).policyFragment }
        public var assumeRoleAction: String { "sts:AssumeRole" }
        public var principalAccount: String? { environment.account }

        /// Adds `statement` to the group's `DefaultPolicy`, created on first use.
        public func addToPrincipalPolicy(_ statement: PolicyStatement) throws -> AddToPrincipalPolicyResult {
            try Group.addToDefaultPolicy(statement, of: self, current: &defaultPolicy)
        }

        /// Attaches an inline policy construct.
        public func attachInlinePolicy(_ policy: Policy) {
            attachedPolicies.attach(policy)
            policy.attachToGroup(self)
        }

        /// Adds `user` to the group.
        public func addUser(_ user: any UserRef) throws {
            try user.addToGroup(self)
        }

        /// The group `groupName` (with its path, as `division/name`) of the stack's account.
        public static func fromGroupName(_ scope: Construct, _ id: String, _ groupName: String) throws -> any GroupRef {
            let arn = try Stack.of(scope).formatArn(ArnComponents(service: "iam", resource: "group", resourceName: groupName, region: ""))
            return try fromGroupArn(scope, id, arn)
        }

        /// A group by ARN; its name is everything after `group/` (its path included).
        public static func fromGroupArn(_ scope: Construct, _ id: String, _ groupArn: String) throws -> any GroupRef {
            let parts = try ArnParts(groupArn, at: scope)
            return try ImportedGroup(scope, id, groupArn: groupArn, groupName: parts.resourceName, account: parts.account)
        }

        /// Creates `group`'s default policy on first use and adds `statement` to it.
        static func addToDefaultPolicy(_ statement: PolicyStatement, of group: any GroupRef,
                                       current: inout Policy?) throws -> AddToPrincipalPolicyResult {
            if current == nil {
                let policy = try Policy(group, "DefaultPolicy")
                policy.attachToGroup(group)
                current = policy
            }
            current?.addStatements(statement)
            return AddToPrincipalPolicyResult(statementAdded: true, policyDependable: current)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKIAM.IAM.Group") }
    }

    /// A group defined outside the app. Statements added to it go to a ``Policy`` in the
    /// importing stack; managed policies cannot be attached (they are ignored, as in the AWS CDK).
    final class ImportedGroup: Resource, GroupRef {
        let groupArn: String
        let groupName: String
        let principalAccount: String?
        private var attachedPolicies = AttachedPolicies()
        private var defaultPolicy: Policy?

        init(_ scope: Construct, _ id: String, groupArn: String, groupName: String, account: String) throws {
            self.groupArn = groupArn
            self.groupName = groupName
            principalAccount = account
            try super.init(scope, id)
        }

        var grantPrincipal: any Principal { self }
        var assumeRoleAction: String { "sts:AssumeRole" }
        var policyFragment: PrincipalPolicyFragment { ArnPrincipal(groupArn).policyFragment }

        func addToPrincipalPolicy(_ statement: PolicyStatement) throws -> AddToPrincipalPolicyResult {
            try Group.addToDefaultPolicy(statement, of: self, current: &defaultPolicy)
        }

        func attachInlinePolicy(_ policy: Policy) {
            attachedPolicies.attach(policy)
            policy.attachToGroup(self)
        }

        func addManagedPolicy(_ policy: any ManagedPolicyReference) throws {}
    }
}
