import CDK
import CDKSQS

extension SNS {
    /// What is subscribed and how (the AWS CDK's `SubscriptionOptions`), shared by
    /// ``SubscriptionProps`` and the ``TopicSubscriptionConfig`` a subscriber returns.
    public struct SubscriptionOptions: ConstructProps {
        /// The subscription's endpoint (a queue ARN, a function ARN, an address).
        public var endpoint: String
        /// The protocol.
        public var `protocol`: SubscriptionProtocol
        /// Whether messages are delivered without the SNS envelope (HTTP, HTTPS, SQS and Firehose).
        ///
        /// Default: no `RawMessageDelivery` property (with the envelope).
        public var rawMessageDelivery: Bool?
        /// The filter policy on message attributes: attribute name to conditions, at most 5
        /// attributes and 150 combinations of values.
        ///
        /// Default: every message.
        public var filterPolicy: KeyValuePairs<String, SubscriptionFilter>?
        /// The filter policy on the message body (`FilterPolicyScope: MessageBody`), used when
        /// `filterPolicy` is not given: property name to conditions or nested policy, at most 5
        /// properties at the top.
        ///
        /// Default: every message.
        public var filterPolicyWithMessageBody: KeyValuePairs<String, FilterOrPolicy>?
        /// How SNS retries and throttles deliveries (HTTP and HTTPS only).
        ///
        /// Default: the SNS delivery policy.
        public var deliveryPolicy: DeliveryPolicy?
        /// The region of the topic, when it differs from the subscription's stack.
        ///
        /// Default: the stack's region.
        public var region: String?
        /// Where undeliverable messages go.
        ///
        /// Default: none.
        public var deadLetterQueue: (any SQS.QueueRef)?
        /// The role SNS uses to deliver to a Firehose stream (required for `.firehose`).
        ///
        /// Default: none.
        public var subscriptionRoleArn: String?

        /// Options subscribing `endpoint` with `protocol`.
        public init(endpoint: String, protocol: SubscriptionProtocol) {
            self.endpoint = endpoint
            self.protocol = `protocol`
        }
    }

    /// The props of a ``Subscription``.
    public struct SubscriptionProps: ConstructProps, ExtendingOptions {
        /// The topic to subscribe to.
        public var topic: any TopicRef
        /// What is subscribed and how.
        public var options: SubscriptionOptions

        /// Props subscribing `endpoint` with `protocol` to `topic`.
        public init(topic: any TopicRef, endpoint: String, protocol: SubscriptionProtocol) {
            self.init(topic: topic, options: SubscriptionOptions(endpoint: endpoint, protocol: `protocol`))
        }

        /// Props subscribing what `options` say to `topic`.
        public init(topic: any TopicRef, options: SubscriptionOptions) {
            self.topic = topic
            self.options = options
        }
    }
}
