import CDK

extension IAM {
    /// A managed policy that can be attached to roles, users and groups: one of AWS's, by name
    /// or ARN, or one defined in the app (the AWS CDK's `IManagedPolicy`).
    public protocol ManagedPolicyReference {
        /// The policy's ARN.
        var managedPolicyArn: String { get }
    }

    /// An existing managed policy, by ARN.
    public final class ManagedPolicyArn: ManagedPolicyReference {
        /// The policy's ARN.
        public let managedPolicyArn: String

        /// The policy with `managedPolicyArn`.
        public init(managedPolicyArn: String) {
            self.managedPolicyArn = managedPolicyArn
        }
    }

    /// A customer managed policy (`AWS::IAM::ManagedPolicy`) defined in the app.
    public final class ManagedPolicy: Resource, ManagedPolicyReference, Grantable {
        /// The policy document; statements added later are included.
        public let document: PolicyDocument
        /// The policy's description.
        public let description: String
        /// The policy's path.
        public let path: String
        private var roles: [any RoleRef] = []
        private var users: [any UserRef] = []
        private var groups: [any GroupRef] = []
        /// The policy's CloudFormation resource; it is not written when roles are customized
        /// with ``Role/customizeRoles(_:_:)`` (the policy then belongs to the precreated roles).
        public let cfnManagedPolicy: CfnManagedPolicy
        private let precreated: (any ManagedPolicyReference)?

        /// A managed policy with `props.statements`, attached to `props.roles`, `users` and `groups`.
        public init(_ scope: Construct, _ id: String, _ props: ManagedPolicyProps = ManagedPolicyProps(),
                    configure: (inout ManagedPolicyProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure, for: scope, id)
            let this = try ConstructScope(scope, id)
            document = props.document ?? PolicyDocument()
            // The AWS CDK always writes a description and a path.
            description = props.description ?? ""
            path = props.path ?? "/"
            let customize = CustomizeRolesConfig.of(this)
            precreated = customize.enabled ? try ManagedPolicy.fromManagedPolicyName(this, "Imported" + id, id) : nil
            cfnManagedPolicy = try CfnManagedPolicy(this, "Resource", description: description,
                                                    managedPolicyName: props.managedPolicyName, path: path,
                                                    policyDocument: document.jsonValue)
            if customize.preventSynthesis { cfnManagedPolicy.synthesizedWhen = { false } }
            try super.init(this, physicalName: props.managedPolicyName)
            cfnManagedPolicy.managedPolicyName = physicalName
            cfnManagedPolicy.roles = Lazy.list { [unowned self] in self.roles.isEmpty ? nil : self.roles.map(\.roleName) }
            cfnManagedPolicy.users = Lazy.list { [unowned self] in self.users.isEmpty ? nil : self.users.map(\.userName) }
            cfnManagedPolicy.groups = Lazy.list { [unowned self] in self.groups.isEmpty ? nil : self.groups.map(\.groupName) }
            for user in props.users { attachToUser(user) }
            for group in props.groups { attachToGroup(group) }
            for role in props.roles { attachToRole(role) }
            document.addStatements(props.statements)
            node.addValidation { [unowned self] in
                (self.document.isEmpty ? ["Managed Policy is empty. You must add statements to the policy"] : [])
                    + self.document.validateForIdentityPolicy()
            }
        }

        /// The policy's ARN; from another account or region, `arn:<partition>:iam::<account>:policy/<name>`.
        public private(set) lazy var managedPolicyArn: String = precreated?.managedPolicyArn
            ?? getResourceArnAttribute(cfnManagedPolicy.ref, ArnComponents(service: "iam", resource: "policy", resourceName: physicalName, region: ""))

        /// Adds statements.
        public func addStatements(_ statements: PolicyStatement...) { document.addStatements(statements) }

        /// Adds statements.
        public func addStatements(_ statements: [PolicyStatement]) { document.addStatements(statements) }

        /// Attaches the policy to `role` (once per role ARN).
        public func attachToRole(_ role: any RoleRef) {
            if !roles.contains(where: { $0.roleArn == role.roleArn }) { roles.append(role) }
        }

        /// Attaches the policy to `user` (once per user ARN).
        public func attachToUser(_ user: any UserRef) {
            if !users.contains(where: { $0.userArn == user.userArn }) { users.append(user) }
        }

        /// Attaches the policy to `group` (once per group ARN).
        public func attachToGroup(_ group: any GroupRef) {
            if !groups.contains(where: { $0.groupArn == group.groupArn }) { groups.append(group) }
        }

        /// The roles the policy is attached to.
        var attachedRoles: [any RoleRef] { roles }

        /// Statements granted to the policy go into it; a grant that needs a principal (for a
        /// resource policy) fails, as in the AWS CDK.
        public var grantPrincipal: any Principal { PolicyGrantPrincipal(self, kind: "ManagedPolicy") }

        /// An AWS managed policy by name (`service-role/AWSLambdaBasicExecutionRole`):
        /// `arn:<partition>:iam::aws:policy/<name>`.
        public static func fromAwsManagedPolicyName(_ name: String) -> any ManagedPolicyReference {
            ManagedPolicyArn(managedPolicyArn: "arn:\(Aws.partition):iam::aws:policy/\(name)")
        }

        /// An existing managed policy by ARN.
        public static func fromManagedPolicyArn(_ arn: String) -> any ManagedPolicyReference {
            ManagedPolicyArn(managedPolicyArn: arn)
        }

        /// An existing managed policy by ARN, as a construct `id` under `scope` (as the AWS CDK's
        /// `fromManagedPolicyArn(scope, id, arn)`).
        public static func fromManagedPolicyArn(_ scope: Construct, _ id: String, _ arn: String) throws -> any ManagedPolicyReference {
            try ImportedManagedPolicy(scope, id, arn: arn)
        }

        /// The customer managed policy `name` of the stack's account:
        /// `arn:<partition>:iam::<account>:policy/<name>`.
        public static func fromManagedPolicyName(_ scope: Construct, _ id: String, _ name: String) throws -> any ManagedPolicyReference {
            let stack = try Stack.of(scope)
            let arn = stack.formatArn(ArnComponents(service: "iam", resource: "policy", resourceName: name, region: "", account: stack.account))
            return try ImportedManagedPolicy(scope, id, arn: arn)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKIAM.IAM.ManagedPolicy") }
    }

    /// A managed policy of another app, as a construct.
    final class ImportedManagedPolicy: Resource, ManagedPolicyReference {
        let managedPolicyArn: String

        init(_ scope: Construct, _ id: String, arn: String) throws {
            managedPolicyArn = arn
            try super.init(scope, id)
        }
    }
}
