import CDK
import CDKIAM
import CDKKMS

extension SecretsManager {
    /// A secret, defined in the app or imported (the AWS CDK's `ISecret`).
    public protocol SecretRef: IAM.ResourceWithPolicy, Construct {
        /// The secret's ARN: the complete one when it is known, otherwise the ARN without the
        /// 6-character suffix Secrets Manager adds.
        var secretArn: String { get }
        /// The complete ARN (with the suffix), when it is known.
        var secretFullArn: String? { get }
        /// The secret's name.
        var secretName: String { get }
        /// The key that encrypts the secret; `nil` for the account's default key.
        var encryptionKey: (any KMS.KeyRef)? { get }
        /// The ARN that grants name: ``secretFullArn`` where the consumer can use it, otherwise
        /// ``secretArn`` followed by `-??????` (any suffix).
        var arnForPolicies: String { get }
    }
}

extension SecretsManager.SecretRef {
    /// The secret's value, as a dynamic reference CloudFormation resolves at deployment.
    public var secretValue: SecretValue {
        get throws { try secretValueFromJson("") }
    }

    /// The value of the JSON field `jsonField` of the secret, as a dynamic reference.
    public func secretValueFromJson(_ jsonField: String) throws -> SecretValue {
        try SecretValue.secretsManager(secretArn, jsonField: jsonField)
    }

    /// The key of a CloudFormation dynamic reference to this secret
    /// (`<arn>:SecretString:<jsonField>:<versionStage>:<versionId>`).
    public func cfnDynamicReferenceKey(jsonField: String? = nil, versionStage: String? = nil, versionId: String? = nil) -> String {
        [secretArn, "SecretString", jsonField ?? "", versionStage ?? "", versionId ?? ""].joined(separator: ":")
    }

    /// Grants reading the secret (`secretsmanager:GetSecretValue`, `DescribeSecret`), limited to
    /// `versionStages` when given, and decrypting it through Secrets Manager with its key.
    /// Throws when the grantee is in another account and the secret has no key of its own.
    @discardableResult
    public func grantRead(_ grantee: any IAM.Grantable, versionStages: [String]? = nil) throws -> IAM.Grant {
        let result = try IAM.Grant.addToPrincipalOrResource(
            grantee: grantee, actions: ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"], resourceArns: [arnForPolicies], resource: self)
        if let versionStages, let statement = result.principalStatement ?? result.resourceStatement {
            statement.addCondition("ForAnyValue:StringEquals", ["secretsmanager:VersionStage": versionStages.jsonValue])
        }
        if let encryptionKey {
            try encryptionKey.grantDecrypt(SecretsManager.throughSecretsManager(grantee.grantPrincipal, in: stack))
        }
        // As the AWS CDK compares them: only two literal accounts can differ.
        let granteeAccount = grantee.grantPrincipal.principalAccount ?? ""
        let crossAccount = !Token.isUnresolved(stack.account) && !Token.isUnresolved(granteeAccount) && stack.account != granteeAccount
        if self is SecretsManager.Secret, result.resourceStatement != nil, encryptionKey == nil, crossAccount {
            throw CDKError("CrossAccountSecretNeedsKey", "KMS Key must be provided for cross account access to Secret. Give the secret an encryptionKey.", at: self)
        }
        return result
    }

    /// Grants writing the secret (`secretsmanager:PutSecretValue`, `UpdateSecret`,
    /// `UpdateSecretVersionStage`), and encrypting it through Secrets Manager with its key.
    @discardableResult
    public func grantWrite(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        let result = try IAM.Grant.addToPrincipalOrResource(
            grantee: grantee, actions: ["secretsmanager:PutSecretValue", "secretsmanager:UpdateSecret", "secretsmanager:UpdateSecretVersionStage"],
            resourceArns: [arnForPolicies], resource: self)
        if let encryptionKey {
            try encryptionKey.grantEncrypt(SecretsManager.throughSecretsManager(grantee.grantPrincipal, in: stack))
        }
        if self is SecretsManager.Secret, result.resourceStatement != nil, encryptionKey == nil {
            throw CDKError("CrossAccountSecretNeedsKey", "KMS Key must be provided for cross account access to Secret. Give the secret an encryptionKey.", at: self)
        }
        return result
    }

    /// Attaches the secret to a database or cluster (child `Attachment`): the secret then holds
    /// the target's connection details. Throws when it is attached already.
    public func attach(_ target: any SecretsManager.SecretAttachmentTarget) throws -> any SecretsManager.SecretRef {
        if node.tryFindChild("Attachment") != nil {
            throw CDKError("SecretAlreadyAttached", "Secret is already attached to a target. A secret has one attachment.", at: self)
        }
        return try SecretsManager.SecretTargetAttachment(self, "Attachment", .init(secret: self, target: target))
    }

    /// Denies `secretsmanager:DeleteSecret` to the account's principals (in the secret's
    /// resource policy; nothing for an imported secret).
    public func denyAccountRootDelete() throws {
        _ = try addToResourcePolicy(IAM.PolicyStatement(effect: .deny, actions: ["secretsmanager:DeleteSecret"], resources: ["*"],
                                                        principals: [IAM.AccountRootPrincipal()]))
    }
}

extension SecretsManager {
    /// `principal` using a key only through Secrets Manager in `stack`'s region
    /// (`kms:ViaService` `secretsmanager.<region>.amazonaws.com`), as every key grant of a secret is.
    static func throughSecretsManager(_ principal: any IAM.Principal, in stack: Stack) -> KMS.ViaServicePrincipal {
        KMS.ViaServicePrincipal("secretsmanager.\(stack.region).amazonaws.com", principal)
    }

    /// Adds `statement` to `policy`, made as `owner`'s child `Policy` on first use.
    static func add(_ statement: IAM.PolicyStatement, to policy: inout ResourcePolicy?, of owner: any SecretRef) throws -> IAM.AddToResourcePolicyResult {
        let existing = try policy ?? ResourcePolicy(owner, "Policy", .init(secret: owner))
        policy = existing
        existing.document.addStatements(statement)
        return IAM.AddToResourcePolicyResult(statementAdded: true, policyDependable: existing)
    }

    /// The ARN grants name for `secret`, decided for the stack that uses it (the AWS CDK's
    /// `arnForPolicies`): the complete ARN in the secret's own account and region, otherwise
    /// the ARN followed by `-??????`.
    final class PolicyArn: Resolvable {
        unowned let secret: any SecretRef

        init(_ secret: any SecretRef) {
            self.secret = secret
        }

        var displayHint: String { "SecretArnForPolicies" }

        func resolve(_ context: ResolveContext) throws -> JSONValue? {
            let consumer = try Stack.of(context.scope)
            let sameEnvironment = secret.stack.account == consumer.account && secret.stack.region == consumer.region
            if sameEnvironment, let full = secret.secretFullArn { return .string(full) }
            return .string(secret.secretArn + "-??????")
        }
    }

    /// The name in a secret's ARN, without the 6-character suffix Secrets Manager adds (the
    /// AWS CDK's `parseSecretName`): the ARN's resource name when it is a token.
    static func secretName(fromArn arn: String, at scope: Construct) throws -> String {
        let parts = try scope.converting("secretArn") { try Arn.parse(arn, format: .colonResourceName) }
        guard let name = parts.resourceName, !name.isEmpty else {
            throw CDKError("InvalidSecretArn", "invalid ARN format; no secret name provided: '\(arn)'. Pass an ARN of the form arn:<partition>:secretsmanager:<region>:<account>:secret:<name>.", at: scope)
        }
        if Token.isUnresolved(name) { return name }
        guard let hyphen = name.lastIndex(of: "-"), name[name.index(after: hyphen)...].count == 6 else { return name }
        return String(name[..<hyphen])
    }
}
