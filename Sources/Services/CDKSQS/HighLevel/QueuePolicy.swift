import CDK
import CDKIAM

extension SQS {
    /// The policy of one or more queues (`AWS::SQS::QueuePolicy`); a queue creates one, named
    /// `Policy`, when a statement is first added to its resource policy.
    public final class QueuePolicy: Resource {
        /// The policy document; statements added later are included.
        public let document = IAM.PolicyDocument()
        private var resource: CfnQueuePolicy!

        /// A policy for `queues`.
        public init(_ scope: Construct, _ id: String, queues: [any QueueRef]) throws {
            try super.init(scope, id)
            resource = try CfnQueuePolicy(self, "Resource", policyDocument: document.jsonValue, queues: queues.map(\.queueUrl))
            node.addValidation { [unowned self] in self.document.validateForResourcePolicy() }
        }

        /// The policy's CloudFormation resource.
        public var cfnQueuePolicy: CfnQueuePolicy { resource }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKSQS.SQS.QueuePolicy") }
    }
}
