import CDK
import CDKIAM

extension Lambda {
    /// How an IAM principal becomes the `Principal`, `SourceArn`, `SourceAccount` and
    /// `PrincipalOrgID` of an `AWS::Lambda::Permission`, as the AWS CDK translates it.
    struct PermissionPrincipal {
        /// The `Principal` property.
        let principal: String
        /// The principal's `ArnLike` `aws:SourceArn` condition.
        let sourceArn: String?
        /// The principal's `StringEquals` `aws:SourceAccount` condition.
        let sourceAccount: String?
        /// The principal's `StringEquals` `aws:PrincipalOrgID` condition.
        let principalOrgID: String?

        /// The condition pairs a permission can express.
        static let supportedConditions: [(operator: String, key: String)] = [
            ("ArnLike", "aws:SourceArn"), ("StringEquals", "aws:SourceAccount"), ("StringEquals", "aws:PrincipalOrgID"),
        ]

        /// Translates `principal`; throws, at `construct`, for a principal or condition a
        /// permission cannot express.
        init(_ principal: any IAM.Principal, at construct: Construct) throws {
            self.principal = try Self.principalName(principal, at: construct)
            let conditions = principal.policyFragment.conditions
            guard !conditions.isEmpty else {
                (sourceArn, sourceAccount, principalOrgID) = (nil, nil, nil)
                return
            }
            let pairs = conditions.flatMap { entry in (entry.value.objectValue ?? [:]).map { (operator: entry.key, key: $0.key) } }
            let unsupported = pairs.filter { pair in !Self.supportedConditions.contains { $0 == pair } }
            if !unsupported.isEmpty {
                throw CDKError("UnsupportedConditionsForLambdaPermission",
                               "PrincipalWithConditions had unsupported conditions for Lambda permission statement: \(Self.describe(unsupported)). Supported operator/condition pairs: \(Self.describe(Self.supportedConditions)). Give the source ARN, account or organization in the Permission instead.",
                               at: construct)
            }
            sourceArn = Self.string(conditions, "ArnLike", "aws:SourceArn")
            sourceAccount = Self.string(conditions, "StringEquals", "aws:SourceAccount")
            principalOrgID = Self.string(conditions, "StringEquals", "aws:PrincipalOrgID")
            if principalOrgID != nil && (sourceArn != nil || sourceAccount != nil) {
                throw CDKError("PrincipalOrgIdCannotBeCombinedWithOtherConditions",
                               "PrincipalWithConditions had unsupported condition combinations for Lambda permission statement: principalOrgID cannot be set with other conditions.",
                               at: construct)
            }
        }

        /// The `Principal` property: an account id, a service, an ARN, `*` for an organization,
        /// or the single `AWS` entry of a principal without conditions.
        private static func principalName(_ given: any IAM.Principal, at construct: Construct) throws -> String {
            var principal = given
            if let wrapper = principal as? IAM.PrincipalWithConditions { principal = wrapper.wrapped }
            else if let wrapper = principal as? IAM.SessionTagsPrincipal { principal = wrapper.wrapped }
            if let account = principal as? IAM.AccountPrincipal { return account.accountId }
            if let service = principal as? IAM.ServicePrincipal { return service.service }
            if let arn = principal as? IAM.ArnPrincipal { return arn.arn }
            let fragment = principal.policyFragment
            if fragment.conditions.count == 1, let stringEquals = fragment.conditions["StringEquals"]?.objectValue,
               stringEquals.count == 1, stringEquals["aws:PrincipalOrgID"] != nil {
                return "*"
            }
            if fragment.conditions.isEmpty, let aws = fragment.principalJSON.first(where: { $0.key == "AWS" }), aws.values.count == 1 {
                return aws.values[0]
            }
            throw CDKError("InvalidPrincipalTypeForLambdaPermission",
                           "Invalid principal type for Lambda permission statement: \(type(of: principal)). Supported: AccountPrincipal, ArnPrincipal, ServicePrincipal, OrganizationPrincipal",
                           at: construct)
        }

        /// The non-empty string condition `key` of `conditionOperator`.
        private static func string(_ conditions: JSONObject, _ conditionOperator: String, _ key: String) -> String? {
            guard case .string(let value)? = conditions[conditionOperator]?.objectValue?[key], !value.isEmpty else { return nil }
            return value
        }

        /// The pairs as the AWS CDK writes them in its message (`[{"operator":…,"key":…}]`).
        private static func describe(_ pairs: [(operator: String, key: String)]) -> String {
            JSONWriter.compact(.array(pairs.map { ["operator": .string($0.operator), "key": .string($0.key)] }))
        }

        /// The AWS CDK's `principal.toString()`, which (with the conditions) names a grant's permission.
        static func description(_ principal: any IAM.Principal) -> String {
            switch principal {
            case let wrapper as IAM.PrincipalWithConditions: return description(wrapper.wrapped)
            case is IAM.AccountRootPrincipal: return "AccountRootPrincipal()"
            case let account as IAM.AccountPrincipal: return "AccountPrincipal(\(account.accountId))"
            case is IAM.AnyPrincipal: return "AnyPrincipal()"
            case let arn as IAM.ArnPrincipal: return "ArnPrincipal(\(arn.arn))"
            case let service as IAM.ServicePrincipal: return "ServicePrincipal(\(service.service))"
            case let organization as IAM.OrganizationPrincipal: return "OrganizationPrincipal(\(organization.organizationId))"
            case let user as IAM.CanonicalUserPrincipal: return "CanonicalUserPrincipal(\(user.canonicalUserId))"
            case let federated as IAM.FederatedPrincipal: return "\(type(of: federated))(\(federated.federated))"
            case is IAM.StarPrincipal: return "StarPrincipal()"
            case let composite as IAM.CompositePrincipal:
                return "CompositePrincipal(\(composite.principals.map(description).joined(separator: ",")))"
            case let construct as Construct: return construct.node.path
            default:
                let json = principal.policyFragment.principalJSON.map { ($0.key, JSONValue.array($0.values.map(JSONValue.string))) }
                return JSONWriter.compact(.object(JSONObject(json)))
            }
        }
    }
}
