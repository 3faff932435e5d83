import CDK
import CDKIAM

extension SecretsManager {
    /// The props of a ``ResourcePolicy``.
    public struct ResourcePolicyProps: ConstructProps {
        /// The secret the policy applies to.
        public var secret: any SecretRef

        /// Props of the policy of `secret`.
        public init(secret: any SecretRef) {
            self.secret = secret
        }
    }

    /// The resource policy of a secret (`AWS::SecretsManager::ResourcePolicy`); a secret makes
    /// one, named `Policy`, on first use.
    public final class ResourcePolicy: Resource {
        /// The policy document; statements added later are included.
        public let document = IAM.PolicyDocument()
        /// The policy's CloudFormation resource.
        public let cfnResourcePolicy: CfnResourcePolicy

        /// A policy for `props.secret`.
        public init(_ scope: Construct, _ id: String, _ props: ResourcePolicyProps,
                    configure: (inout ResourcePolicyProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            cfnResourcePolicy = try CfnResourcePolicy(this, "Resource", resourcePolicy: document.jsonValue, secretId: props.secret.secretArn)
            try super.init(this)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKSecretsManager.SecretsManager.ResourcePolicy") }
    }
}
