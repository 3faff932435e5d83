import CDK
import CDKKMS

extension SQS {
    /// The props of a ``Queue``.
    public struct QueueProps: ConstructProps {
        /// The queue's physical name (a FIFO queue's ends in `.fifo`).
        ///
        /// Default: a name CloudFormation generates.
        public var queueName: String?
        /// Whether the queue is a FIFO queue.
        ///
        /// Default: `true` when the name ends in `.fifo` or a FIFO-only option is set, otherwise a
        /// standard queue.
        public var fifo: Bool?
        /// Whether a FIFO queue deduplicates messages by the SHA-256 of their body.
        ///
        /// Default: no `ContentBasedDeduplication` property (disabled).
        public var contentBasedDeduplication: Bool?
        /// Whether a FIFO queue deduplicates per message group or per queue.
        ///
        /// Default: no `DeduplicationScope` property (per queue).
        public var deduplicationScope: DeduplicationScope?
        /// Whether a FIFO queue's throughput quota applies per queue or per message group.
        ///
        /// Default: no `FifoThroughputLimit` property (per queue).
        public var fifoThroughputLimit: FifoThroughputLimit?
        /// How long a received message stays invisible to other consumers, 0 to 43,200 seconds.
        ///
        /// Default: no `VisibilityTimeout` property (30 seconds).
        public var visibilityTimeout: Duration?
        /// How long messages are kept, 60 to 1,209,600 seconds.
        ///
        /// Default: no `MessageRetentionPeriod` property (4 days).
        public var retentionPeriod: Duration?
        /// How long new messages stay invisible, 0 to 900 seconds.
        ///
        /// Default: no `DelaySeconds` property (0).
        public var deliveryDelay: Duration?
        /// How long a receive call waits for a message, 0 to 20 seconds.
        ///
        /// Default: no `ReceiveMessageWaitTimeSeconds` property (0: short polling).
        public var receiveMessageWaitTime: Duration?
        /// The largest message size, 1,024 to 1,048,576 bytes.
        ///
        /// Default: no `MaximumMessageSize` property (1 MiB).
        public var maxMessageSizeBytes: Int?
        /// Where messages go after failing too often.
        ///
        /// Default: no dead-letter queue.
        public var deadLetterQueue: DeadLetterQueue?
        /// Which queues may use this queue as their dead-letter queue.
        ///
        /// Default: no `RedriveAllowPolicy` property (every queue of the account and region).
        public var redriveAllowPolicy: RedriveAllowPolicy?
        /// How messages are encrypted at rest.
        ///
        /// Default: `.kms` when an `encryptionMasterKey` is given, otherwise no property (SQS
        /// managed encryption).
        public var encryption: QueueEncryption?
        /// The customer managed key for `.kms` encryption.
        ///
        /// Default: a key created for the queue (child `Key`) when the encryption needs one.
        public var encryptionMasterKey: (any KMS.KeyRef)?
        /// How long SQS reuses a data key before calling KMS again (KMS encryption only).
        ///
        /// Default: no `KmsDataKeyReusePeriodSeconds` property (5 minutes).
        public var dataKeyReuse: Duration?
        /// Whether the queue policy denies every action not made over TLS.
        ///
        /// Default: `false`.
        public var enforceSSL = false
        /// What happens to the queue when it leaves the stack.
        ///
        /// Default: `.destroy`.
        public var removalPolicy: RemovalPolicy = .destroy

        /// Props with every member at its default.
        public init() {}
    }
}
