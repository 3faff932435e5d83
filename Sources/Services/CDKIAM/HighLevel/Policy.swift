import CDK

extension IAM {
    /// An inline policy (`AWS::IAM::Policy`) attached to roles. A role creates one named
    /// `DefaultPolicy` for the statements its grants add.
    public final class Policy: Resource {
        /// The policy document; statements added later are included.
        public let document: PolicyDocument
        private var roles: [Role] = []
        /// The policy's CloudFormation resource.
        public let cfnPolicy: CfnPolicy

        /// A policy with `props.statements`, attached to `props.roles`. Without a `policyName`,
        /// the name is the policy's logical id (its last 128 characters), as in the AWS CDK.
        public init(_ scope: Construct, _ id: String, _ props: PolicyProps = PolicyProps(),
                    configure: (inout PolicyProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            document = props.document ?? PolicyDocument()
            document.addStatements(props.statements)
            let resource = try CfnPolicy(this, "Resource", policyDocument: document.jsonValue, policyName: props.policyName ?? "")
            if props.policyName == nil {
                resource.policyName = Lazy.string { String(try resource.resolvedLogicalId.suffix(128)) }
            }
            cfnPolicy = resource
            try super.init(this, physicalName: props.policyName)
            resource.roles = Lazy.list { [unowned self] in self.roles.isEmpty ? nil : self.roles.map { $0.roleName } }
            for role in props.roles { attach(to: role) }
            node.addValidation { [unowned self] in
                var errors: [String] = []
                if self.document.isEmpty { errors.append("A PolicyDocument must contain at least one statement.") }
                if self.roles.isEmpty { errors.append("A Policy must be attached to at least one principal: user, group or role.") }
                return errors + self.document.validateForIdentityPolicy()
            }
        }

        /// Adds statements.
        public func addStatements(_ statements: PolicyStatement...) { document.addStatements(statements) }

        /// Attaches the policy to `role`.
        public func attach(to role: Role) {
            if !roles.contains(where: { $0 === role }) { roles.append(role) }
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKIAM.IAM.Policy") }
    }
}
