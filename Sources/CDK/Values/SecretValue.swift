/// A secret passed to a property that CloudFormation keeps hidden (a user's password): a
/// dynamic reference to Secrets Manager or SSM, resolved at deployment, or a literal for tests
/// (the AWS CDK's `SecretValue`).
///
/// ```swift
/// let password = SecretValue.secretsManager("prod/console-password", jsonField: "password")
/// ```
public struct SecretValue: Sendable, Equatable {
    private let protectedValue: String

    private init(_ protectedValue: String) {
        self.protectedValue = protectedValue
    }

    /// A literal secret: visible to anyone who can read the template. For tests only.
    public static func unsafePlainText(_ secret: String) -> SecretValue {
        SecretValue(secret)
    }

    /// The secret `secretId` (a name or ARN) of Secrets Manager:
    /// `{{resolve:secretsmanager:<id>:SecretString:<jsonField>:<versionStage>:<versionId>}}`.
    /// Throws for an empty id, a name with `:` or both a version stage and id.
    public static func secretsManager(_ secretId: String, jsonField: String? = nil, versionStage: String? = nil,
                                      versionId: String? = nil) throws -> SecretValue {
        if secretId.isEmpty {
            throw CDKError(code: "EmptySecretId", message: "secretId cannot be empty. Pass the name or ARN of the secret.")
        }
        if !Token.isUnresolved(secretId), !secretId.hasPrefix("arn:"), secretId.contains(":") {
            throw CDKError(code: "InvalidSecretId", message: "secret id \"\(secretId)\" is not an ARN but contains \":\". Pass the secret's name or its full ARN.")
        }
        if let versionStage, let versionId {
            throw CDKError(code: "SecretVersionConflict", message: "versionStage: '\(versionStage)' and versionId: '\(versionId)' were both provided but only one is allowed. Keep one of them.")
        }
        let key = [secretId, "SecretString", jsonField ?? "", versionStage ?? "", versionId ?? ""].joined(separator: ":")
        return SecretValue("{{resolve:secretsmanager:\(key)}}")
    }

    /// The SecureString parameter `parameterName` of SSM Parameter Store, at `version` (by
    /// default the latest): `{{resolve:ssm-secure:<name>[:<version>]}}`.
    public static func ssmSecure(_ parameterName: String, version: String? = nil) -> SecretValue {
        SecretValue("{{resolve:ssm-secure:\(parameterName)\(version.map { ":" + $0 } ?? "")}}")
    }

    /// The value, for a property that keeps it hidden. The name says it: only pass it where it
    /// cannot be read back (not an environment variable, not an output).
    public func unsafeUnwrap() -> String { protectedValue }
}
