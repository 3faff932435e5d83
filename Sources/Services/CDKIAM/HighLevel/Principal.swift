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

        /// Principals without a policy add nothing.
        open func addToPrincipalPolicy(_ statement: PolicyStatement) throws -> AddToPrincipalPolicyResult {
            AddToPrincipalPolicyResult(statementAdded: false)
        }

        /// The same principal with conditions (`StringEquals`, ...) added to every statement that names it.
        public func withConditions(_ conditions: JSONObject) -> PrincipalBase {
            ConditionalPrincipal(self, conditions: conditions)
        }
    }

    /// A service principal: `{"Service": "lambda.amazonaws.com"}`.
    public final class ServicePrincipal: PrincipalBase {
        /// The service, such as `lambda.amazonaws.com`.
        public let service: String

        /// The principal of `service`.
        public init(_ service: String) {
            self.service = service
        }

        public override var policyFragment: PrincipalPolicyFragment {
            PrincipalPolicyFragment(principalJSON: [("Service", [service])])
        }
    }

    /// A principal by ARN: `{"AWS": arn}`.
    public class ArnPrincipal: PrincipalBase {
        /// The ARN.
        public let arn: String

        /// The principal with `arn`.
        public init(_ arn: String) {
            self.arn = arn
        }

        public override var policyFragment: PrincipalPolicyFragment {
            PrincipalPolicyFragment(principalJSON: [("AWS", [arn])])
        }

        public override var principalAccount: String? {
            guard !Token.isUnresolved(arn), let parts = try? Arn.split(arn, format: .slashResourceName) else { return nil }
            return parts.account
        }
    }

    /// An account's root principal: `{"AWS": "arn:<partition>:iam::<account>:root"}`.
    public class AccountPrincipal: ArnPrincipal {
        /// The account id.
        public let accountId: String

        /// The principal of `accountId`.
        public override init(_ accountId: String) {
            self.accountId = accountId
            super.init("arn:\(Aws.partition):iam::\(accountId):root")
        }

        public override var principalAccount: String? { accountId }
    }

    /// The root of the account of the stack the principal is used in (the AWS CDK's
    /// `AccountRootPrincipal`): `arn:<partition>:iam::<account>:root`, where the account is the
    /// consuming stack's (`{"Ref": "AWS::AccountId"}` in an environment-agnostic stack).
    public final class AccountRootPrincipal: AccountPrincipal {
        /// The root of the consuming stack's account.
        public init() {
            super.init(Token.asString(ConsumingStackAccount()))
        }
    }

    /// The account of the stack whose template is being written.
    private final class ConsumingStackAccount: Resolvable {
        var displayHint: String { "AccountId" }

        func resolve(_ context: ResolveContext) throws -> JSONValue? {
            .string(try Stack.of(context.scope).account)
        }
    }

    /// Anyone: `{"AWS": "*"}`.
    public final class AnyPrincipal: ArnPrincipal {
        /// Anyone.
        public init() { super.init("*") }
    }

    /// Every principal, written as the literal `"Principal": "*"` (the AWS CDK's `StarPrincipal`).
    public final class StarPrincipal: PrincipalBase {
        static let literalKey = "*literal*"

        public override var policyFragment: PrincipalPolicyFragment {
            PrincipalPolicyFragment(principalJSON: [(Self.literalKey, ["*"])])
        }
    }

    /// Any principal in an AWS Organization: `*` with an `aws:PrincipalOrgID` condition.
    public final class OrganizationPrincipal: PrincipalBase {
        /// The organization id.
        public let organizationId: String

        /// The principals of `organizationId`; throws when it is not an organization id (`o-` and
        /// 10 to 32 lowercase letters or digits).
        public init(_ organizationId: String) throws {
            let body = organizationId.dropFirst(2)
            let valid = organizationId.hasPrefix("o-") && (10...32).contains(body.count)
                && body.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
            if !Token.isUnresolved(organizationId) && !valid {
                throw CDKError(code: "InvalidOrganizationId", message: "Expected Organization ID must match regex pattern ^o-[a-z0-9]{10,32}$, received \(organizationId)")
            }
            self.organizationId = organizationId
        }

        public override var policyFragment: PrincipalPolicyFragment {
            PrincipalPolicyFragment(principalJSON: [("AWS", ["*"])],
                                    conditions: ["StringEquals": ["aws:PrincipalOrgID": .string(organizationId)]])
        }
    }

    /// Several principals as one: their fragments are merged.
    public final class CompositePrincipal: PrincipalBase {
        /// The principals.
        public private(set) var principals: [any Principal]

        /// A principal made of `principals`.
        public init(_ principals: any Principal...) {
            self.principals = principals
        }

        /// Adds principals.
        public func addPrincipals(_ more: any Principal...) { principals += more }

        public override var policyFragment: PrincipalPolicyFragment {
            var merged: [(key: String, values: [String])] = []
            var conditions = JSONObject()
            for principal in principals {
                let fragment = principal.policyFragment
                for (key, values) in fragment.principalJSON {
                    if let index = merged.firstIndex(where: { $0.key == key }) { merged[index].values += values }
                    else { merged.append((key, values)) }
                }
                for (key, value) in fragment.conditions { conditions[key] = value }
            }
            return PrincipalPolicyFragment(principalJSON: merged, conditions: conditions)
        }
    }

    final class ConditionalPrincipal: PrincipalBase {
        let base: PrincipalBase
        let extraConditions: JSONObject

        init(_ base: PrincipalBase, conditions: JSONObject) {
            self.base = base
            self.extraConditions = conditions
        }

        override var policyFragment: PrincipalPolicyFragment {
            let fragment = base.policyFragment
            var conditions = fragment.conditions
            for (key, value) in extraConditions { conditions[key] = value }
            return PrincipalPolicyFragment(principalJSON: fragment.principalJSON, conditions: conditions)
        }

        override var principalAccount: String? { base.principalAccount }
    }
}
