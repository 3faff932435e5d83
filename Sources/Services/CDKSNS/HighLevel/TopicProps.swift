import CDK
import CDKIAM
import CDKKMS

extension SNS {
    /// The props of a ``Topic``.
    public struct TopicProps: ConstructProps {
        /// The topic's physical name (`.fifo` is appended for FIFO topics).
        ///
        /// Default: a name CloudFormation generates (a generated `.fifo` name for FIFO topics).
        public var topicName: String?
        /// A display name for SMS messages, up to 100 characters.
        ///
        /// Default: none.
        public var displayName: String?
        /// Whether the topic is a FIFO topic.
        ///
        /// Default: no `FifoTopic` property (a standard topic).
        public var fifo: Bool?
        /// Whether a FIFO topic deduplicates messages by content.
        ///
        /// Default: no `ContentBasedDeduplication` property (disabled).
        public var contentBasedDeduplication: Bool?
        /// How many days a FIFO topic archives its messages for replay, 1 to 365.
        ///
        /// Default: no archive policy (messages are not archived).
        public var messageRetentionPeriodInDays: Int?
        /// Whether a FIFO topic's throughput quota applies to the topic or per message group.
        ///
        /// Default: no `FifoThroughputScope` property (per topic).
        public var fifoThroughputScope: FifoThroughputScope?
        /// Whether X-Ray traces messages published to the topic.
        ///
        /// Default: no `TracingConfig` property (`PassThrough`).
        public var tracingConfig: TracingConfig?
        /// The key that encrypts the topic.
        ///
        /// Default: no encryption.
        public var masterKey: (any KMS.KeyRef)?
        /// Whether the topic policy denies publishing without TLS.
        ///
        /// Default: `false`.
        public var enforceSSL = false
        /// The signature version of messages (`"1"` or `"2"`).
        ///
        /// Default: no `SignatureVersion` property (`"1"`).
        public var signatureVersion: String?
        /// Delivery status logging, one configuration per protocol (more can be added with
        /// ``Topic/addLoggingConfig(_:)``).
        ///
        /// Default: none.
        public var loggingConfigs: [LoggingConfig] = []

        /// Props with every member at its default.
        public init() {}
    }

    /// The props of a ``TopicPolicy``.
    public struct TopicPolicyProps: ConstructProps {
        /// The topics the policy applies to.
        public var topics: [any TopicRef]
        /// The policy document.
        ///
        /// Default: an empty document whose statements get the Sids `"0"`, `"1"`, ...
        public var policyDocument: IAM.PolicyDocument?
        /// Whether the policy denies publishing without TLS.
        ///
        /// Default: `false`.
        public var enforceSSL = false

        /// Props of a policy for `topics`.
        public init(topics: [any TopicRef]) {
            self.topics = topics
        }
    }
}
