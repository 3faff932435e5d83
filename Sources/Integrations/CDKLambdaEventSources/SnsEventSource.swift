import CDK
import CDKLambda
import CDKSNS
import CDKSNSSubscriptions
import CDKSQS

extension LambdaEventSources {
    /// Invokes the function for each message of a topic (a `LambdaSubscription`).
    public final class SnsEventSource: Lambda.EventSource {
        /// The topic.
        public let topic: any SNS.TopicRef
        private let props: SNSSubscriptions.LambdaSubscriptionProps

        /// A source for `topic`.
        public init(_ topic: any SNS.TopicRef, _ props: SNSSubscriptions.LambdaSubscriptionProps = .init()) {
            self.topic = topic
            self.props = props
        }

        /// A source for `topic`, with the props `configure` sets.
        public convenience init(_ topic: any SNS.TopicRef, _ props: SNSSubscriptions.LambdaSubscriptionProps = .init(),
                                configure: (inout SNSSubscriptions.LambdaSubscriptionProps) throws -> Void) rethrows {
            self.init(topic, try props.with(configure))
        }

        public func bind(_ target: any Lambda.FunctionRef) throws {
            try topic.addSubscription(SNSSubscriptions.LambdaSubscription(target, props))
        }
    }
}
