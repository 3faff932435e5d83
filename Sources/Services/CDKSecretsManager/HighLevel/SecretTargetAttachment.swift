import CDK
import CDKIAM
import CDKKMS

extension SecretsManager {
    /// What a secret can be attached to: a database instance, cluster or proxy (the AWS CDK's
    /// `ISecretAttachmentTarget`).
    public protocol SecretAttachmentTarget {
        /// The target's id and kind.
        func asSecretAttachmentTarget() -> SecretAttachmentTargetProps
    }

    /// The kind of resource a secret is attached to.
    public enum AttachmentTargetType: String, Sendable {
        /// `AWS::RDS::DBInstance`
        case rdsDBInstance = "AWS::RDS::DBInstance"
        /// `AWS::RDS::DBCluster`
        case rdsDBCluster = "AWS::RDS::DBCluster"
        /// `AWS::RDS::DBProxy`
        case rdsDBProxy = "AWS::RDS::DBProxy"
        /// `AWS::Redshift::Cluster`
        case redshiftCluster = "AWS::Redshift::Cluster"
        /// `AWS::DocDB::DBInstance`
        case docDBInstance = "AWS::DocDB::DBInstance"
        /// `AWS::DocDB::DBCluster`
        case docDBCluster = "AWS::DocDB::DBCluster"
    }

    /// The id and kind of an attachment target.
    public struct SecretAttachmentTargetProps: Sendable {
        /// The target's id (its `Ref`).
        public var targetId: String
        /// The target's kind.
        public var targetType: AttachmentTargetType

        /// A target `targetId` of kind `targetType`.
        public init(targetId: String, targetType: AttachmentTargetType) {
            self.targetId = targetId
            self.targetType = targetType
        }
    }

    /// The props of a ``SecretTargetAttachment``.
    public struct SecretTargetAttachmentProps: ConstructProps {
        /// The secret to attach.
        public var secret: any SecretRef
        /// What it is attached to.
        public var target: any SecretAttachmentTarget

        /// Props that attach `secret` to `target`.
        public init(secret: any SecretRef, target: any SecretAttachmentTarget) {
            self.secret = secret
            self.target = target
        }
    }

    /// A secret attached to a database (`AWS::SecretsManager::SecretTargetAttachment`): the
    /// secret then holds the target's connection details. It is a secret itself, whose ARN
    /// depends on the attachment, so that using it waits for the details.
    public final class SecretTargetAttachment: Resource, SecretRef {
        /// The attachment's CloudFormation resource.
        public let cfnSecretTargetAttachment: CfnSecretTargetAttachment
        /// The secret that was attached.
        public let attachedSecret: any SecretRef
        private var policy: ResourcePolicy?

        /// Attaches `props.secret` to `props.target`.
        public init(_ scope: Construct, _ id: String, _ props: SecretTargetAttachmentProps,
                    configure: (inout SecretTargetAttachmentProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            let target = props.target.asSecretAttachmentTarget()
            cfnSecretTargetAttachment = try CfnSecretTargetAttachment(this, "Resource", secretId: props.secret.secretArn, targetId: target.targetId,
                                                                      targetType: target.targetType.rawValue)
            attachedSecret = props.secret
            try super.init(this)
            node.addValidation { [unowned self] in self.policy?.document.validateForResourcePolicy() ?? [] }
        }

        /// The attachment's ARN (the secret's, once attached).
        public var secretArn: String { cfnSecretTargetAttachment.ref }
        /// Same as ``secretArn``.
        public var secretTargetAttachmentSecretArn: String { cfnSecretTargetAttachment.ref }
        /// The complete ARN: the attachment's.
        public var secretFullArn: String? { secretArn }
        /// The attached secret's name.
        public var secretName: String { attachedSecret.secretName }
        /// The attached secret's key.
        public var encryptionKey: (any KMS.KeyRef)? { attachedSecret.encryptionKey }

        public private(set) lazy var arnForPolicies: String = Token.asString(PolicyArn(self))

        /// Adds `statement` to a resource policy of the attachment (child `Policy`), or with
        /// `@aws-cdk/aws-secretsmanager:useAttachedSecretResourcePolicyForSecretTargetAttachments`
        /// to the attached secret's, since a secret has one resource policy.
        public func addToResourcePolicy(_ statement: IAM.PolicyStatement) throws -> IAM.AddToResourcePolicyResult {
            if FeatureFlags.of(self).isEnabled("@aws-cdk/aws-secretsmanager:useAttachedSecretResourcePolicyForSecretTargetAttachments") {
                return try attachedSecret.addToResourcePolicy(statement)
            }
            return try SecretsManager.add(statement, to: &policy, of: self)
        }


        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKSecretsManager.SecretsManager.SecretTargetAttachment") }
    }
}
