import CDK

extension IAM {
    /// An IAM user (`AWS::IAM::User`): a person or application with long-term credentials.
    /// Grants add their statements to the user's `DefaultPolicy`.
    ///
    /// ```swift
    /// let user = try IAM.User(stack, "Operator") { $0.groups = [admins] }
    /// try bucket.grantRead(user)
    /// ```
    public final class User: Resource, UserRef {
        /// The managed policy that bounds the user's permissions, if any.
        public let permissionsBoundary: (any ManagedPolicyReference)?
        private var groups: [String] = []
        private var managedPolicies: [any ManagedPolicyReference]
        private var attachedPolicies = AttachedPolicies()
        private var defaultPolicy: Policy?
        private let path: String?
        /// The user's CloudFormation resource.
        public let cfnUser: CfnUser

        /// A user with `props`.
        public init(_ scope: Construct, _ id: String, _ props: UserProps = UserProps(),
                    configure: (inout UserProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure, for: scope, id)
            let this = try ConstructScope(scope, id)
            managedPolicies = props.managedPolicies
            permissionsBoundary = props.permissionsBoundary
            path = props.path
            cfnUser = try CfnUser(this, "Resource", loginProfile: try Self.loginProfile(props, at: this), path: props.path,
                                  permissionsBoundary: props.permissionsBoundary?.managedPolicyArn, userName: props.userName)
            try super.init(this, physicalName: props.userName)
            cfnUser.userName = physicalName
            cfnUser.groups = Lazy.list { [unowned self] in self.groups.isEmpty ? nil : self.groups }
            cfnUser.managedPolicyArns = Lazy.list { [unowned self] in
                self.managedPolicies.isEmpty ? nil : self.managedPolicies.map(\.managedPolicyArn)
            }
            for group in props.groups { addToGroup(group) }
        }

        private static func loginProfile(_ props: UserProps, at this: Construct) throws -> CfnUser.LoginProfileProperty? {
            if let password = props.password {
                return CfnUser.LoginProfileProperty(password: password.unsafeUnwrap(), passwordResetRequired: props.passwordResetRequired)
            }
            if props.passwordResetRequired == true {
                throw CDKError("CannotSetPasswordResetRequired", "Cannot set \"passwordResetRequired\" without specifying \"initialPassword\". Set `password` too, or leave passwordResetRequired unset.", at: this)
            }
            return nil
        }

        /// The user's name; from another account or region, its physical name.
        public private(set) lazy var userName: String = getResourceNameAttribute(cfnUser.ref)

        /// The user's ARN; from another account or region, `arn:<partition>:iam::<account>:user/<path><name>`.
        public private(set) lazy var userArn: String = getResourceArnAttribute(cfnUser.attrArn, ArnComponents(
            service: "iam", resource: "user", resourceName: (path.map { $0.hasPrefix("/") ? String($0.dropFirst()) : $0 } ?? "") + (physicalName ?? ""),
            region: ""))

        // MARK: Principal

        public var grantPrincipal: any Principal { self }
        public var policyFragment: PrincipalPolicyFragment { ArnPrincipal(userArn).policyFragment }
        public var assumeRoleAction: String { "sts:AssumeRole" }
        public var principalAccount: String? { environment.account }

        /// Adds `statement` to the user's `DefaultPolicy`, created on first use.
        public func addToPrincipalPolicy(_ statement: PolicyStatement) throws -> AddToPrincipalPolicyResult {
            if defaultPolicy == nil {
                let policy = try Policy(self, "DefaultPolicy")
                policy.attachToUser(self)
                defaultPolicy = policy
            }
            defaultPolicy?.addStatements(statement)
            return AddToPrincipalPolicyResult(statementAdded: true, policyDependable: defaultPolicy)
        }

        // MARK: Groups and policies

        /// Adds the user to `group` (its `Groups` property).
        public func addToGroup(_ group: any GroupRef) {
            groups.append(group.groupName)
        }

        /// Attaches a managed policy (once per policy object).
        public func addManagedPolicy(_ policy: any ManagedPolicyReference) {
            if managedPolicies.contains(where: { isSameObject($0, policy) }) { return }
            managedPolicies.append(policy)
        }

        /// Attaches an inline policy construct.
        public func attachInlinePolicy(_ policy: Policy) {
            attachedPolicies.attach(policy)
            policy.attachToUser(self)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKIAM.IAM.User") }
    }

    /// Whether `a` and `b` are the same object (values are never the same policy, as in the
    /// AWS CDK, where two policy objects for one ARN are two policies).
    static func isSameObject(_ a: any ManagedPolicyReference, _ b: any ManagedPolicyReference) -> Bool {
        guard type(of: a) is AnyClass, type(of: b) is AnyClass else { return false }
        return (a as AnyObject) === (b as AnyObject)
    }
}
