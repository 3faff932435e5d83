import CDK

extension SQS {
    /// How a queue encrypts its messages.
    public enum QueueEncryption: Sendable {
        /// No encryption (`SqsManagedSseEnabled: false`).
        case unencrypted
        /// The AWS managed key `alias/aws/sqs`.
        case kmsManaged
        /// A customer managed key: the one given as `encryptionMasterKey`, or a new one.
        case kms
        /// SQS owned encryption keys (the SQS default).
        case sqsManaged
    }

    /// Where messages go after failing `maxReceiveCount` times.
    public struct DeadLetterQueue {
        /// The dead-letter queue.
        public let queue: any QueueRef
        /// How many times a message is received before it moves to the dead-letter queue.
        public let maxReceiveCount: Int

        /// A dead-letter queue.
        public init(queue: any QueueRef, maxReceiveCount: Int) {
            self.queue = queue
            self.maxReceiveCount = maxReceiveCount
        }
    }

    /// For which scope FIFO deduplication applies.
    public enum DeduplicationScope: String, Sendable {
        /// Per message group.
        case messageGroup = "messageGroup"
        /// Per queue.
        case queue = "queue"
    }

    /// Whether the FIFO throughput quota applies per queue or per message group.
    public enum FifoThroughputLimit: String, Sendable {
        /// Per queue.
        case perQueue = "perQueue"
        /// Per message group id.
        case perMessageGroupId = "perMessageGroupId"
    }
}
