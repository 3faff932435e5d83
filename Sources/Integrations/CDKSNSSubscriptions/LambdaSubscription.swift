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
        private let props: LambdaSubscriptionProps

        /// A subscription of `function`.
        public init(_ function: any Lambda.FunctionRef, _ props: LambdaSubscriptionProps = LambdaSubscriptionProps()) {
            self.function = function
            self.props = props
        }

        /// A subscription of `function`, with the props `configure` sets.
        public convenience init(_ function: any Lambda.FunctionRef, _ props: LambdaSubscriptionProps = LambdaSubscriptionProps(),
                                configure: (inout LambdaSubscriptionProps) throws -> Void) rethrows {
            self.init(function, try props.with(configure))
        }

        public func bind(_ topic: any SNS.TopicRef) throws -> SNS.TopicSubscriptionConfig {
            try function.addPermission("AllowInvoke:\(try Names.nodeUniqueId(topic))",
                                       Lambda.Permission(principal: IAM.ServicePrincipal("sns.amazonaws.com"), sourceArn: topic.topicArn))
            if let topic = topic as? SNS.Topic, topic.stack !== function.stack {
                try function.stack.addDependency(topic.stack)
            }
            var config = props.options.subscription(function.functionArn, .lambda, subscriberId: topic.node.id)
            config.subscriberScope = function
            config.region = SNSSubscriptions.regionFromArn(topicStack: topic.stack, subscriberStack: function.stack)
            return config
        }
    }
}
