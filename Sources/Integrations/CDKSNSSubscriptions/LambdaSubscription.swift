import CDK
import CDKIAM
import CDKLambda
import CDKSNS
import CDKSQS

extension SNSSubscriptions {
    /// Invokes a function for each message: adds the `AllowInvoke:<topic unique id>` permission
    /// for `sns.amazonaws.com`, and the subscription under the function, named after the topic.
    public final class LambdaSubscription: SNS.TopicSubscription {
        /// The function.
        public let function: any Lambda.FunctionRef
        private let filterPolicy: JSONObject?
        private let deadLetterQueue: (any SQS.QueueRef)?

        /// A subscription of `function`.
        public init(_ function: any Lambda.FunctionRef, filterPolicy: JSONObject? = nil, deadLetterQueue: (any SQS.QueueRef)? = nil) {
            self.function = function
            self.filterPolicy = filterPolicy
            self.deadLetterQueue = deadLetterQueue
        }

        public func bind(_ topic: any SNS.TopicRef) throws -> SNS.TopicSubscriptionConfig {
            try function.addPermission("AllowInvoke:\(try Names.nodeUniqueId(topic))",
                                       Lambda.Permission(principal: IAM.ServicePrincipal("sns.amazonaws.com"), sourceArn: topic.topicArn))
            if let topic = topic as? SNS.Topic, topic.stack !== function.stack {
                try function.stack.addDependency(topic.stack)
            }
            return SNS.TopicSubscriptionConfig(
                endpoint: function.functionArn, protocol: .lambda, subscriberId: topic.node.id, subscriberScope: function,
                filterPolicy: filterPolicy,
                region: SNSSubscriptions.regionFromArn(topicStack: topic.stack, subscriberStack: function.stack),
                deadLetterQueue: deadLetterQueue)
        }
    }
}
