import CDK
import CDKIAM
import CDKKMS

extension SQS {
    /// What is known of a queue defined outside the app (the AWS CDK's `QueueAttributes`).
    public struct QueueAttributes: ConstructProps {
        /// The queue's ARN (a literal or a token).
        public var queueArn: String
        /// The queue's URL.
        ///
        /// Default: `https://sqs.<region>.<url suffix>/<account>/<name>`, with the region and
        /// account of the ARN (`Fn::Select` 3 and 4 of its parts when it is a token).
        public var queueUrl: String?
        /// The queue's name.
        ///
        /// Default: the resource of the ARN.
        public var queueName: String?
        /// Whether the queue is a FIFO queue; checked against the name of a literal ARN.
        ///
        /// Default: `true` when the name ends in `.fifo` (`false` for a token ARN).
        public var fifo: Bool?
        /// The ARN of the customer managed key that encrypts the queue.
        ///
        /// Default: no key (grants give no KMS permissions).
        public var keyArn: String?

        /// Attributes of the queue with `queueArn`.
        public init(queueArn: String) {
            self.queueArn = queueArn
        }
    }

    /// A queue defined outside the app: grants only change the grantee's policy, and its queue
    /// policy cannot be changed (`addToResourcePolicy` adds nothing).
    final class ImportedQueue: Resource, QueueRef {
        let queueArn: String
        let queueName: String
        let queueUrl: String
        let fifo: Bool
        let encryptionType: QueueEncryption?
        private(set) var encryptionMasterKey: (any KMS.KeyRef)?

        init(_ scope: Construct, _ id: String, _ attributes: QueueAttributes) throws {
            let stack = try Stack.of(scope)
            let arn = try Arn.parse(attributes.queueArn, format: .noResourceName)
            queueArn = attributes.queueArn
            queueName = attributes.queueName ?? arn.resource
            queueUrl = attributes.queueUrl
                ?? "https://sqs.\(arn.region ?? stack.region).\(stack.urlSuffix)/\(arn.account ?? stack.account)/\(queueName)"
            encryptionType = attributes.keyArn == nil ? nil : .kms
            let literal = !Token.isUnresolved(attributes.queueArn)
            fifo = literal ? queueName.hasSuffix(".fifo") : (attributes.fifo ?? false)
            try super.init(scope, id, account: literal ? arn.account : nil, region: literal ? arn.region : nil)
            if literal, let asked = attributes.fifo {
                if asked && !queueName.hasSuffix(".fifo") {
                    throw CDKError("FifoQueueNames", "FIFO queue names must end in '.fifo' (queue '\(queueName)' is imported with fifo: true)", at: self)
                }
                if !asked && queueName.hasSuffix(".fifo") {
                    throw CDKError("NonFifoQueueName", "Non-FIFO queue name may not end in '.fifo' (queue '\(queueName)' is imported with fifo: false)", at: self)
                }
            }
            encryptionMasterKey = try attributes.keyArn.map { try KMS.Key.fromKeyArn(self, "Key", keyArn: $0) }
        }

        func addToResourcePolicy(_ statement: IAM.PolicyStatement) throws -> IAM.AddToResourcePolicyResult {
            IAM.AddToResourcePolicyResult(statementAdded: false)
        }
    }
}

extension SQS.Queue {
    /// A queue defined outside the app, by ARN: its name, URL, region and account come from the
    /// ARN (`Fn::Select` of its parts when it is a token); FIFO when the name ends in `.fifo`.
    public static func fromQueueArn(_ scope: Construct, _ id: String, queueArn: String) throws -> any SQS.QueueRef {
        try fromQueueAttributes(scope, id, .init(queueArn: queueArn))
    }

    /// A queue defined outside the app, by what is known of it. Throws when `fifo` contradicts
    /// the name of a literal ARN.
    public static func fromQueueAttributes(_ scope: Construct, _ id: String, _ attributes: SQS.QueueAttributes,
                                           configure: (inout SQS.QueueAttributes) throws -> Void = { _ in }) throws -> any SQS.QueueRef {
        try SQS.ImportedQueue(scope, id, attributes.with(configure))
    }
}
