import CDK
import CDKIAM

extension SQS {
    /// The policy of one or more queues (`AWS::SQS::QueuePolicy`); a queue creates one, named
    /// `Policy`, when a statement is first added to its resource policy.
    public final class QueuePolicy: Resource {
        /// The policy document; statements added later are included.
        public let document = IAM.PolicyDocument()
        /// The policy's CloudFormation resource.
        public let cfnQueuePolicy: CfnQueuePolicy

        /// A policy for `props.queues`.
        public init(_ scope: Construct, _ id: String, _ props: QueuePolicyProps,
                    configure: (inout QueuePolicyProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            cfnQueuePolicy = try CfnQueuePolicy(this, "Resource", policyDocument: document.jsonValue, queues: props.queues.map(\.queueUrl))
            try super.init(this)
            node.addValidation { [unowned self] in self.document.validateForResourcePolicy() }
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKSQS.SQS.QueuePolicy") }
    }

    /// The props of a ``QueuePolicy``.
    public struct QueuePolicyProps: ConstructProps {
        /// The queues the policy applies to.
        public var queues: [any QueueRef]

        /// Props of a policy for `queues`.
        public init(queues: [any QueueRef]) {
            self.queues = queues
        }
    }
}
