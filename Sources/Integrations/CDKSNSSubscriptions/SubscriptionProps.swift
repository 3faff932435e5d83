import CDK
import CDKSNS
import CDKSQS

extension SNSSubscriptions {
    /// What every subscriber can ask for (the AWS CDK's `SubscriptionProps` of
    /// `aws-sns-subscriptions`).
    public struct SubscriptionProps: ConstructProps {
        /// The filter policy: attribute name to conditions, at most 5 attributes.
        ///
        /// Default: every message.
        public var filterPolicy: KeyValuePairs<String, SNS.SubscriptionFilter>?
        /// Where undeliverable messages go.
        ///
        /// Default: none.
        public var deadLetterQueue: (any SQS.QueueRef)?

        /// Props with every member at its default.
        public init() {}

        /// The subscription options of these props, subscribing `endpoint` with `protocol`.
        func subscription(_ endpoint: String, _ protocol: SNS.SubscriptionProtocol, subscriberId: String) -> SNS.TopicSubscriptionConfig {
            var config = SNS.TopicSubscriptionConfig(endpoint: endpoint, protocol: `protocol`, subscriberId: subscriberId)
            config.filterPolicy = filterPolicy
            config.deadLetterQueue = deadLetterQueue
            return config
        }
    }

    /// The props of a ``LambdaSubscription``. They extend ``SubscriptionProps``.
    public struct LambdaSubscriptionProps: ConstructProps, ExtendingOptions {
        /// Filter policy and dead-letter queue.
        public var options = SubscriptionProps()

        /// Props with every member at its default.
        public init() {}
    }

    /// The props of an ``SqsSubscription``. They extend ``SubscriptionProps``.
    public struct SqsSubscriptionProps: ConstructProps, ExtendingOptions {
        /// Filter policy and dead-letter queue.
        public var options = SubscriptionProps()
        /// Whether messages are delivered without the SNS envelope.
        ///
        /// Default: no `RawMessageDelivery` property (with the envelope).
        public var rawMessageDelivery: Bool?

        /// Props with every member at its default.
        public init() {}
    }

    /// The props of an ``EmailSubscription``. They extend ``SubscriptionProps``.
    public struct EmailSubscriptionProps: ConstructProps, ExtendingOptions {
        /// Filter policy and dead-letter queue.
        public var options = SubscriptionProps()
        /// Whether the full notification is sent as JSON (`email-json`).
        ///
        /// Default: `false` (`email`).
        public var json = false

        /// Props with every member at its default.
        public init() {}
    }

    /// The props of a ``UrlSubscription``. They extend ``SubscriptionProps``.
    public struct UrlSubscriptionProps: ConstructProps, ExtendingOptions {
        /// Filter policy and dead-letter queue.
        public var options = SubscriptionProps()
        /// Whether messages are delivered without the SNS envelope.
        ///
        /// Default: no `RawMessageDelivery` property (with the envelope).
        public var rawMessageDelivery: Bool?
        /// The protocol; required when the URL is a token.
        ///
        /// Default: the URL's scheme.
        public var `protocol`: SNS.SubscriptionProtocol?

        /// Props with every member at its default.
        public init() {}
    }
}
