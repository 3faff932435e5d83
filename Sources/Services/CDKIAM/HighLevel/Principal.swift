import CDK

extension IAM {
    /// Something that can be granted permissions: it has a principal whose policy the
    /// permissions go to (the AWS CDK's `IGrantable`).
    public protocol Grantable: AnyObject {
        /// The principal that receives the permissions.
        var grantPrincipal: any Principal { get }
    }

    /// An IAM principal: an identity that policies can name and that may have a policy of its
    /// own (the AWS CDK's `IPrincipal`).
    public protocol Principal: Grantable {
        /// How the principal is written in a policy's `Principal` element.
        var policyFragment: PrincipalPolicyFragment { get }
        /// The action this principal uses to assume a role (`sts:AssumeRole`).
        var assumeRoleAction: String { get }
        /// The account of the principal, if known.
        var principalAccount: String? { get }
        /// Adds `statement` to the principal's own policy, if it has one.
        func addToPrincipalPolicy(_ statement: PolicyStatement) throws -> AddToPrincipalPolicyResult
        /// The statements of a role's trust policy that let this principal assume the role.
        func assumeRoleStatements() -> [PolicyStatement]
        /// A text that is equal for principals that are the same, used to tell identical
        /// statements apart; `nil` when only the object itself is the same principal.
        var dedupeString: String? { get }
    }

    /// What ``Principal/addToPrincipalPolicy(_:)`` did.
    public struct AddToPrincipalPolicyResult {
        /// Whether the statement was added (principals without a policy, such as services, can't).
        public let statementAdded: Bool
        /// What must be deployed before the permission takes effect (the policy resource).
        public let policyDependable: (any Dependable)?

        /// A result.
        public init(statementAdded: Bool, policyDependable: (any Dependable)? = nil) {
            self.statementAdded = statementAdded
            self.policyDependable = policyDependable
        }
    }

    /// A principal as a policy writes it: `{"Service": ["lambda.amazonaws.com"]}` plus conditions.
    public struct PrincipalPolicyFragment {
        /// Principal type (`AWS`, `Service`, `Federated`, `CanonicalUser`) to values, in order.
        public let principalJSON: [(key: String, values: [String])]
        /// Conditions that go with the principal.
        public let conditions: JSONObject

        /// A fragment.
        public init(principalJSON: [(key: String, values: [String])], conditions: JSONObject = [:]) {
            self.principalJSON = principalJSON
            self.conditions = conditions
        }
    }

    /// A principal that has no policy of its own (services, accounts, ARNs).
    open class PrincipalBase: Principal {
        /// A principal.
        public init() {}

        public var grantPrincipal: any Principal { self }

        open var policyFragment: PrincipalPolicyFragment { PrincipalPolicyFragment(principalJSON: []) }

        open var assumeRoleAction: String { "sts:AssumeRole" }

        open var principalAccount: String? { nil }

        open var dedupeString: String? { nil }

        /// Principals without a policy add nothing.
        open func addToPrincipalPolicy(_ statement: PolicyStatement) throws -> AddToPrincipalPolicyResult {
            AddToPrincipalPolicyResult(statementAdded: false)
        }

        /// One statement: the principal may take ``assumeRoleAction``.
        open func assumeRoleStatements() -> [PolicyStatement] {
            [PolicyStatement(actions: [assumeRoleAction], principals: [self])]
        }

        /// The same principal with conditions (`StringEquals`, ...) added to every statement that
        /// names it; conditions of the same operator are merged.
        public func withConditions(_ conditions: JSONObject) -> PrincipalBase {
            PrincipalWithConditions(self, conditions: conditions)
        }

        /// The same principal, allowed to pass session tags when it assumes a role (its trust
        /// statement also allows `sts:TagSession`).
        public func withSessionTags() -> PrincipalBase {
            SessionTagsPrincipal(self)
        }
    }
}

extension IAM.Principal {
    /// One statement: the principal may take ``assumeRoleAction``.
    public func assumeRoleStatements() -> [IAM.PolicyStatement] {
        [IAM.PolicyStatement(actions: [assumeRoleAction], principals: [self])]
    }

    /// Only the object itself is the same principal.
    public var dedupeString: String? { nil }

    /// Adds `statement` to the principal's own policy; returns whether it was added.
    @discardableResult
    public func addToPolicy(_ statement: IAM.PolicyStatement) throws -> Bool {
        try addToPrincipalPolicy(statement).statementAdded
    }
}
