import CDK
import CDKIAM
import CDKSNS
import CDKSQS

extension SNSSubscriptions {
    /// Delivers a topic's messages to a queue. The queue policy lets the topic send
    /// (`sqs:SendMessage` with an `aws:SourceArn` condition), and the subscription, created under
    /// the queue and named after the topic's unique id, depends on that policy.
    public final class SqsSubscription: SNS.TopicSubscription {
        /// The queue.
        public let queue: any SQS.QueueRef
        private let props: SqsSubscriptionProps

        /// A subscription of `queue`.
        public init(_ queue: any SQS.QueueRef, _ props: SqsSubscriptionProps = SqsSubscriptionProps()) {
            self.queue = queue
            self.props = props
        }

        /// A subscription of `queue`, with the props `configure` sets.
        public convenience init(_ queue: any SQS.QueueRef, _ props: SqsSubscriptionProps = SqsSubscriptionProps(),
                                configure: (inout SqsSubscriptionProps) throws -> Void) rethrows {
            self.init(queue, try props.with(configure))
        }

        public func bind(_ topic: any SNS.TopicRef) throws -> SNS.TopicSubscriptionConfig {
            let sns = IAM.ServicePrincipal("sns.amazonaws.com")
            let result = try queue.addToResourcePolicy(IAM.PolicyStatement(
                actions: ["sqs:SendMessage"], resources: [queue.queueArn], principals: [sns],
                conditions: ["ArnEquals": ["aws:SourceArn": .string(topic.topicArn)]]))
            if let key = queue.encryptionMasterKey {
                _ = try key.addToResourcePolicy(IAM.PolicyStatement(actions: ["kms:Decrypt", "kms:GenerateDataKey"],
                                                                    resources: ["*"], principals: [sns]))
            }
            if let topic = topic as? SNS.Topic, let queue = queue as? Resource, topic.stack !== queue.stack {
                try queue.stack.addDependency(topic.stack)
            }
            var config = props.options.subscription(queue.queueArn, .sqs, subscriberId: try Names.nodeUniqueId(topic))
            config.subscriberScope = queue
            config.subscriptionDependency = result.policyDependable
            config.rawMessageDelivery = props.rawMessageDelivery
            config.region = SNSSubscriptions.regionFromArn(topicStack: topic.stack, subscriberStack: (queue as? Resource)?.stack ?? topic.stack)
            return config
        }
    }
}
