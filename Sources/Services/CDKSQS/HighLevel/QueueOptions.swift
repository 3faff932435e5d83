import CDK

extension SQS {
    /// How a queue encrypts its messages (raw values as the AWS CDK's `QueueEncryption`).
    public enum QueueEncryption: String, Sendable {
        /// No encryption (`SqsManagedSseEnabled: false`).
        case unencrypted = "NONE"
        /// The AWS managed key `alias/aws/sqs`.
        case kmsManaged = "KMS_MANAGED"
        /// A customer managed key: the one given as `encryptionMasterKey`, or a new one.
        case kms = "KMS"
        /// SQS owned encryption keys (the SQS default).
        case sqsManaged = "SQS_MANAGED"

        /// The member's name in the AWS CDK (`QueueEncryption.UNENCRYPTED`), used in messages.
        var cdkName: String { self == .unencrypted ? "UNENCRYPTED" : rawValue }
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

    /// Which source queues may use a queue as their dead-letter queue.
    public enum RedrivePermission: String, Sendable {
        /// Every source queue of the account and region.
        case allowAll = "allowAll"
        /// No source queue.
        case denyAll = "denyAll"
        /// Only the queues listed in ``RedriveAllowPolicy/sourceQueues``.
        case byQueue = "byQueue"
    }

    /// Which queues may use a queue as their dead-letter queue (the AWS CDK's `RedriveAllowPolicy`).
    public struct RedriveAllowPolicy {
        /// The permission.
        ///
        /// Default: `.byQueue` when `sourceQueues` is given, otherwise `.allowAll`.
        public var redrivePermission: RedrivePermission?
        /// The source queues (1 to 10) allowed with `.byQueue`.
        ///
        /// Default: none.
        public var sourceQueues: [any QueueRef]?

        /// A policy; the members left `nil` take their defaults.
        public init(redrivePermission: RedrivePermission? = nil, sourceQueues: [any QueueRef]? = nil) {
            self.redrivePermission = redrivePermission
            self.sourceQueues = sourceQueues
        }

        /// The problems of the policy, as the AWS CDK words them.
        var validationErrors: [String] {
            var errors: [String] = []
            if redrivePermission == .byQueue && (sourceQueues ?? []).isEmpty {
                errors.append("At least one source queue must be specified when RedrivePermission is set to 'byQueue'")
            }
            if redrivePermission == .byQueue, let sourceQueues, sourceQueues.count > 10 {
                errors.append("Up to 10 sourceQueues can be specified. Set RedrivePermission to 'allowAll' to specify more")
            }
            if redrivePermission == .allowAll || redrivePermission == .denyAll, sourceQueues != nil {
                errors.append("sourceQueues cannot be configured when RedrivePermission is set to 'allowAll' or 'denyAll'")
            }
            return errors
        }

        /// The `RedriveAllowPolicy` property.
        var jsonValue: JSONValue {
            var object: JSONObject = ["redrivePermission": .string((redrivePermission ?? (sourceQueues != nil ? .byQueue : .allowAll)).rawValue)]
            if let sourceQueues { object["sourceQueueArns"] = .array(sourceQueues.map { .string($0.queueArn) }) }
            return .object(object)
        }
    }
}
