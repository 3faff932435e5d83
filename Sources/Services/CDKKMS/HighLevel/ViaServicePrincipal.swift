import CDK
import CDKIAM

extension KMS {
    /// A principal that may use a key only through an AWS service (`kms:ViaService`), as the
    /// AWS CDK's `ViaServicePrincipal`: Secrets Manager decrypting a secret for a role, for
    /// example. It has no policy of its own, so a key grant to it goes into the key policy.
    ///
    /// ```swift
    /// try key.grantDecrypt(KMS.ViaServicePrincipal("secretsmanager.\(stack.region).amazonaws.com", role))
    /// ```
    public final class ViaServicePrincipal: IAM.PrincipalBase {
        /// The service through which the key may be used (`secretsmanager.<region>.amazonaws.com`).
        public let serviceName: String
        /// The principal that uses the key through the service.
        public let basePrincipal: any IAM.Principal

        /// `basePrincipal` (by default anyone) using a key through `serviceName`.
        public init(_ serviceName: String, _ basePrincipal: (any IAM.Principal)? = nil) {
            self.serviceName = serviceName
            self.basePrincipal = basePrincipal ?? IAM.AnyPrincipal()
        }

        /// The base principal's fragment, with `kms:ViaService` first among its `StringEquals`.
        public override var policyFragment: IAM.PrincipalPolicyFragment {
            let base = basePrincipal.policyFragment
            var conditions = base.conditions
            var equals: JSONObject = ["kms:ViaService": .string(serviceName)]
            for (key, value) in conditions["StringEquals"]?.objectValue ?? [:] where key != "kms:ViaService" { equals[key] = value }
            conditions["StringEquals"] = .object(equals)
            return IAM.PrincipalPolicyFragment(principalJSON: base.principalJSON, conditions: conditions)
        }

        public override var dedupeString: String? {
            let fragment = policyFragment
            let principal = JSONObject(fragment.principalJSON.map { ($0.key, $0.values.jsonValue) })
            return "ViaServicePrincipal:\(serviceName):" + JSONWriter.compact(["principalJson": .object(principal), "conditions": .object(fragment.conditions)])
        }
    }
}
