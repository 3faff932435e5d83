import CDK
import CDKIAM
import CDKKMS

extension SecretsManager {
    /// What is known of a secret defined outside the app (the AWS CDK's `SecretAttributes`):
    /// exactly one of its complete and partial ARN.
    public struct SecretAttributes: ConstructProps {
        /// The complete ARN, with the 6-character suffix Secrets Manager adds.
        ///
        /// Default: none (give ``secretPartialArn``).
        public var secretCompleteArn: String?
        /// The ARN without the suffix.
        ///
        /// Default: none (give ``secretCompleteArn``).
        public var secretPartialArn: String?
        /// The key that encrypts the secret.
        ///
        /// Default: the account's default key (grants give no key permissions).
        public var encryptionKey: (any KMS.KeyRef)?

        /// Attributes to fill in.
        public init() {}
    }

    /// A secret defined outside the app: grants change only the grantee's policy, and its
    /// resource policy cannot be changed.
    final class ImportedSecret: Resource, SecretRef {
        let secretArn: String
        let secretFullArn: String?
        let secretName: String
        let encryptionKey: (any KMS.KeyRef)?
        private let policyArn: String?

        init(_ scope: Construct, _ id: String, arn: String, fullArn: String?, name: String, encryptionKey: (any KMS.KeyRef)?,
             arnForPolicies: String?, environmentFromArn: Bool) throws {
            secretArn = arn
            secretFullArn = fullArn
            secretName = name
            self.encryptionKey = encryptionKey
            policyArn = arnForPolicies
            var account: String?, region: String?
            if environmentFromArn, !Token.isUnresolved(arn), let parts = try? Arn.split(arn, format: .colonResourceName) {
                (account, region) = (parts.account, parts.region)
            }
            try super.init(scope, id, account: account, region: region)
        }

        /// The given ARN for policies, or the one the consuming stack can use.
        private(set) lazy var arnForPolicies: String = policyArn ?? Token.asString(PolicyArn(self))

        func addToResourcePolicy(_ statement: IAM.PolicyStatement) throws -> IAM.AddToResourcePolicyResult {
            IAM.AddToResourcePolicyResult(statementAdded: false)
        }
    }
}

extension SecretsManager.Secret {
    /// A secret defined outside the app, by its complete ARN (with the 6-character suffix).
    public static func fromSecretCompleteArn(_ scope: Construct, _ id: String, _ secretCompleteArn: String) throws -> any SecretsManager.SecretRef {
        var attributes = SecretsManager.SecretAttributes()
        attributes.secretCompleteArn = secretCompleteArn
        return try fromSecretAttributes(scope, id, attributes)
    }

    /// A secret defined outside the app, by its ARN without the suffix: grants name the ARN
    /// followed by `-??????`.
    public static func fromSecretPartialArn(_ scope: Construct, _ id: String, _ secretPartialArn: String) throws -> any SecretsManager.SecretRef {
        var attributes = SecretsManager.SecretAttributes()
        attributes.secretPartialArn = secretPartialArn
        return try fromSecretAttributes(scope, id, attributes)
    }

    /// A secret of the stack's account and region, by name: its ARN is the partial one, so a
    /// name that ends in a hyphen and 6 characters should be imported by complete ARN instead.
    public static func fromSecretNameV2(_ scope: Construct, _ id: String, _ secretName: String) throws -> any SecretsManager.SecretRef {
        let arn = try Stack.of(scope).formatArn(ArnComponents(service: "secretsmanager", resource: "secret", resourceName: secretName, arnFormat: .colonResourceName))
        return try SecretsManager.ImportedSecret(scope, id, arn: arn, fullArn: nil, name: secretName, encryptionKey: nil, arnForPolicies: nil,
                                                 environmentFromArn: false)
    }

    /// A secret defined outside the app, by its attributes. Throws unless exactly one ARN is
    /// given, or when the complete ARN has no 6-character suffix.
    public static func fromSecretAttributes(_ scope: Construct, _ id: String, _ attributes: SecretsManager.SecretAttributes) throws -> any SecretsManager.SecretRef {
        let arn: String, isPartial: Bool
        switch (attributes.secretCompleteArn, attributes.secretPartialArn) {
        case (let complete?, nil):
            guard Token.isUnresolved(complete) || hasSecretSuffix(complete) else {
                throw CDKError("SecretArnNotComplete", "`secretCompleteArn` does not appear to be complete; missing 6-character suffix: '\(complete)'. Import it with fromSecretPartialArn.", at: scope)
            }
            (arn, isPartial) = (complete, false)
        case (nil, let partial?):
            (arn, isPartial) = (partial, true)
        default:
            throw CDKError("OneSecretArn", "must use only one of `secretCompleteArn` or `secretPartialArn`. Give exactly one of them.", at: scope)
        }
        let name = try SecretsManager.secretName(fromArn: arn, at: scope)
        return try SecretsManager.ImportedSecret(scope, id, arn: arn, fullArn: isPartial ? nil : arn, name: name, encryptionKey: attributes.encryptionKey,
                                                 arnForPolicies: isPartial ? arn + "-??????" : arn, environmentFromArn: true)
    }

    /// Whether `arn` ends in `-` and 6 letters or digits, the suffix of a complete ARN.
    private static func hasSecretSuffix(_ arn: String) -> Bool {
        let bytes = Array(arn.utf8)
        guard bytes.count > 7, bytes[bytes.count - 7] == UInt8(ascii: "-") else { return false }
        return bytes.suffix(6).allSatisfy(\.isASCIILetterOrDigit)
    }
}
