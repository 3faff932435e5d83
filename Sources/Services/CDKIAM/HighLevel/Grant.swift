import CDK

extension IAM {
    /// A resource that has a resource policy grants can add to (a bucket, a topic, a key).
    public protocol ResourceWithPolicy: AnyObject {
        /// The stack of the resource.
        var stack: Stack { get }
        /// The account of the resource.
        var environment: ResourceEnvironment { get }
        /// Adds `statement` to the resource's policy.
        func addToResourcePolicy(_ statement: PolicyStatement) throws -> AddToResourcePolicyResult
    }

    /// What ``ResourceWithPolicy/addToResourcePolicy(_:)`` did.
    public struct AddToResourcePolicyResult {
        /// Whether the statement was added.
        public let statementAdded: Bool
        /// The policy resource, if one was created or used.
        public let policyDependable: (any Dependable)?

        /// A result.
        public init(statementAdded: Bool, policyDependable: (any Dependable)? = nil) {
            self.statementAdded = statementAdded
            self.policyDependable = policyDependable
        }
    }

    /// The result of granting permissions: which statements were added where. It can be
    /// depended on, so that something is deployed only once the permission is in place.
    public final class Grant: Dependable {
        /// The statement added to the principal's policy, if any.
        public let principalStatement: PolicyStatement?
        /// The statement added to the resource's policy, if any.
        public let resourceStatement: PolicyStatement?
        /// Whether the permission was added somewhere.
        public let success: Bool
        private let dependables: [any Dependable]

        init(principalStatement: PolicyStatement?, resourceStatement: PolicyStatement?, success: Bool, dependables: [any Dependable]) {
            self.principalStatement = principalStatement
            self.resourceStatement = resourceStatement
            self.success = success
            self.dependables = dependables
        }

        public var dependencyRoots: [Construct] { dependables.flatMap { $0.dependencyRoots } }

        /// Makes `constructs` deploy after the permission is in place.
        public func applyBefore(_ constructs: Construct...) {
            for construct in constructs { construct.node.addDependency(self) }
        }

        /// Throws when the permission could not be added anywhere.
        public func assertSuccess() throws {
            if !success {
                throw CDKError(code: "GrantFailed", message: "Permissions for '\(principalStatement?.actions.joined(separator: ",") ?? "")' could not be added to the principal or the resource: the principal has no policy and the resource has no resource policy.")
            }
        }

        /// Adds a statement to the grantee's policy only (a grant on a resource without a resource policy).
        public static func addToPrincipal(grantee: any Grantable, actions: [String], resourceArns: [String], conditions: JSONObject = [:]) throws -> Grant {
            let statement = PolicyStatement(actions: actions, resources: resourceArns, conditions: conditions)
            let result = try grantee.grantPrincipal.addToPrincipalPolicy(statement)
            return Grant(principalStatement: result.statementAdded ? statement : nil, resourceStatement: nil,
                         success: result.statementAdded, dependables: result.policyDependable.map { [$0] } ?? [])
        }

        /// Adds a statement to the grantee's policy and, when the grantee is in another account or
        /// has no policy of its own, to the resource's policy too; both statements carry `conditions`.
        public static func addToPrincipalOrResource(
            grantee: any Grantable, actions: [String], resourceArns: [String],
            resourceSelfArns: [String]? = nil, resource: any ResourceWithPolicy, conditions: JSONObject = [:]
        ) throws -> Grant {
            let principalGrant = try addToPrincipal(grantee: grantee, actions: actions, resourceArns: resourceArns, conditions: conditions)
            let sameAccount = isSameAccount(grantee.grantPrincipal.principalAccount, resource.environment.account)
            if principalGrant.success && sameAccount { return principalGrant }
            let statement = PolicyStatement(actions: actions, resources: resourceSelfArns ?? resourceArns,
                                            principals: [grantee.grantPrincipal], conditions: conditions)
            let result = try resource.addToResourcePolicy(statement)
            return Grant(principalStatement: principalGrant.principalStatement, resourceStatement: result.statementAdded ? statement : nil,
                         success: principalGrant.success || result.statementAdded,
                         dependables: [principalGrant] + (result.policyDependable.map { [$0] } ?? []))
        }

        /// Adds a statement to both the grantee's and the resource's policy.
        public static func addToPrincipalAndResource(
            grantee: any Grantable, actions: [String], resourceArns: [String],
            resourceSelfArns: [String]? = nil, resource: any ResourceWithPolicy, resourcePolicyPrincipal: (any Principal)? = nil
        ) throws -> Grant {
            let principalGrant = try addToPrincipal(grantee: grantee, actions: actions, resourceArns: resourceArns)
            let statement = PolicyStatement(actions: actions, resources: resourceSelfArns ?? resourceArns,
                                            principals: [resourcePolicyPrincipal ?? grantee.grantPrincipal])
            let result = try resource.addToResourcePolicy(statement)
            return Grant(principalStatement: principalGrant.principalStatement, resourceStatement: result.statementAdded ? statement : nil,
                         success: principalGrant.success && result.statementAdded,
                         dependables: [principalGrant] + (result.policyDependable.map { [$0] } ?? []))
        }

        /// As the AWS CDK compares accounts: two unknown accounts (tokens, agnostic stacks)
        /// count as the same; one known and one unknown, or a principal without an account
        /// (a service), as different.
        static func isSameAccount(_ principalAccount: String?, _ resourceAccount: String) -> Bool {
            guard let principalAccount else { return false }
            let principalUnknown = Token.isUnresolved(principalAccount), resourceUnknown = Token.isUnresolved(resourceAccount)
            if principalUnknown && resourceUnknown { return true }
            if principalUnknown || resourceUnknown { return false }
            return principalAccount == resourceAccount
        }
    }
}
