import CDK

extension IAM {
    /// An inline policy (`AWS::IAM::Policy`) attached to roles. A role creates one named
    /// `DefaultPolicy` for the statements its grants add.
    public final class Policy: Resource {
        /// The policy document; statements added later are included.
        public let document: PolicyDocument
        private var roles: [Role] = []
        // Set right after the construct exists (the CloudFormation resource is its child).
        private var resource: CfnPolicy!

        /// A policy with `statements`, attached to `roles`. Without `policyName`, the name is the
        /// policy's logical id (its last 128 characters), as in the AWS CDK.
        public init(_ scope: Construct, _ id: String, policyName: String? = nil, statements: [PolicyStatement] = [],
                    roles: [Role] = [], document: PolicyDocument? = nil) throws {
            let document = document ?? PolicyDocument()
            document.addStatements(statements)
            self.document = document
            try super.init(scope, id, physicalName: policyName)
            let resource = try CfnPolicy(self, "Resource", policyDocument: document.jsonValue, policyName: policyName ?? "")
            if policyName == nil {
                resource.policyName = Lazy.string { String(try resource.resolvedLogicalId.suffix(128)) }
            }
            resource.roles = Lazy.list { [unowned self] in self.roles.isEmpty ? nil : self.roles.map { $0.roleName } }
            self.resource = resource
            for role in roles { attach(to: role) }
            node.addValidation { [unowned self] in
                var errors: [String] = []
                if self.document.isEmpty { errors.append("A PolicyDocument must contain at least one statement.") }
                if self.roles.isEmpty { errors.append("A Policy must be attached to at least one principal: user, group or role.") }
                return errors + self.document.validateForIdentityPolicy()
            }
        }

        /// The policy's CloudFormation resource.
        public var cfnPolicy: CfnPolicy { resource }

        /// Adds statements.
        public func addStatements(_ statements: PolicyStatement...) { document.addStatements(statements) }

        /// Attaches the policy to `role`.
        public func attach(to role: Role) {
            if !roles.contains(where: { $0 === role }) { roles.append(role) }
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKIAM.IAM.Policy") }
    }
}
