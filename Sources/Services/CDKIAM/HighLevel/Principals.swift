import CDK

extension IAM {
    /// A service principal: `{"Service": "lambda.amazonaws.com"}`. A short name (`sns`) or a
    /// partition's own domain (`sns.amazonaws.com.cn`) is written as `<name>.amazonaws.com`,
    /// as the AWS CDK does.
    public final class ServicePrincipal: PrincipalBase {
        /// The service, such as `lambda.amazonaws.com`.
        public let service: String
        /// Conditions added to every statement that names the service.
        public let conditions: JSONObject

        /// The principal of `service`, with `conditions`.
        public init(_ service: String, conditions: JSONObject = [:]) {
            self.service = service
            self.conditions = conditions
        }

        public override var policyFragment: PrincipalPolicyFragment {
            PrincipalPolicyFragment(principalJSON: [("Service", [Self.standardized(service)])], conditions: conditions)
        }

        public override var dedupeString: String? {
            "ServicePrincipal:\(service):" + JSONWriter.compact(.object(conditions))
        }

        /// `name.amazonaws.com` for `name`, `name.amazonaws.com`, `name.amazonaws.com.cn`,
        /// `name.c2s.ic.gov` and `name.sc2s.sgov.gov`; any other service as it is.
        static func standardized(_ service: String) -> String {
            if Token.isUnresolved(service) { return service }
            // Split at the first dot over UTF-8 (a split by characters showed in profiles).
            guard let dot = service.utf8.firstIndex(of: UInt8(ascii: ".")) else {
                return service.isEmpty ? service : service + ".amazonaws.com"
            }
            let name = service[..<dot]
            guard !name.isEmpty else { return service }
            switch service[service.utf8.index(after: dot)...] {
            case "amazonaws.com", "amazonaws.com.cn", "c2s.ic.gov", "sc2s.sgov.gov": return name + ".amazonaws.com"
            default: return service
            }
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

        public override var dedupeString: String? { "ArnPrincipal:\(arn)" }

        /// The principal, limited to members of the AWS Organization `organizationId`.
        public func inOrganization(_ organizationId: String) -> PrincipalBase {
            withConditions(["StringEquals": ["aws:PrincipalOrgID": .string(organizationId)]])
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

        public override var dedupeString: String? { "StarPrincipal" }
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

        public override var dedupeString: String? { "OrganizationPrincipal:\(organizationId)" }
    }

    /// A canonical user of Amazon S3 (an origin access identity, an account's canonical id):
    /// `{"CanonicalUser": id}`.
    public final class CanonicalUserPrincipal: PrincipalBase {
        /// The canonical user id.
        public let canonicalUserId: String

        /// The principal of `canonicalUserId`.
        public init(_ canonicalUserId: String) {
            self.canonicalUserId = canonicalUserId
        }

        public override var policyFragment: PrincipalPolicyFragment {
            PrincipalPolicyFragment(principalJSON: [("CanonicalUser", [canonicalUserId])])
        }

        public override var dedupeString: String? { "CanonicalUserPrincipal:\(canonicalUserId)" }
    }

    /// Users of an identity provider (`cognito-identity.amazonaws.com`, a SAML or OIDC
    /// provider's ARN): `{"Federated": provider}` with conditions, assuming roles with
    /// `assumeRoleAction`.
    public class FederatedPrincipal: PrincipalBase {
        /// The identity provider.
        public let federated: String
        /// Conditions on the provider's claims.
        public let conditions: JSONObject
        private let action: String

        /// The users of `federated` that meet `conditions`, assuming roles with `assumeRoleAction`.
        public init(_ federated: String, conditions: JSONObject = [:], assumeRoleAction: String = "sts:AssumeRole") {
            self.federated = federated
            self.conditions = conditions
            self.action = assumeRoleAction
        }

        public override var assumeRoleAction: String { action }

        public override var policyFragment: PrincipalPolicyFragment {
            PrincipalPolicyFragment(principalJSON: [("Federated", [federated])], conditions: conditions)
        }

        public override var dedupeString: String? {
            "FederatedPrincipal:\(federated):\(action):" + JSONWriter.compact(.object(conditions))
        }
    }

    /// Users of a web identity provider (Cognito, Amazon, Google, an OIDC provider), assuming
    /// roles with `sts:AssumeRoleWithWebIdentity`.
    public class WebIdentityPrincipal: FederatedPrincipal {
        /// The users of `identityProvider` that meet `conditions`.
        public init(_ identityProvider: String, conditions: JSONObject = [:]) {
            super.init(identityProvider, conditions: conditions, assumeRoleAction: "sts:AssumeRoleWithWebIdentity")
        }
    }

    /// Users of a SAML provider (by its ARN), assuming roles with `sts:AssumeRoleWithSAML`.
    public final class SamlPrincipal: FederatedPrincipal {
        /// The users of the SAML provider `samlProviderArn` that meet `conditions`.
        public init(samlProviderArn: String, conditions: JSONObject = [:]) {
            super.init(samlProviderArn, conditions: conditions, assumeRoleAction: "sts:AssumeRoleWithSAML")
        }
    }
}
