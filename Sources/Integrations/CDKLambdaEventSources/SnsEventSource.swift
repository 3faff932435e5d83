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
        private let filterPolicy: JSONObject?
        private let deadLetterQueue: (any SQS.QueueRef)?

        /// A source for `topic`.
        public init(_ topic: any SNS.TopicRef, filterPolicy: JSONObject? = nil, deadLetterQueue: (any SQS.QueueRef)? = nil) {
            self.topic = topic
            self.filterPolicy = filterPolicy
            self.deadLetterQueue = deadLetterQueue
        }

        public func bind(_ target: any Lambda.FunctionRef) throws {
            try topic.addSubscription(SNSSubscriptions.LambdaSubscription(target, filterPolicy: filterPolicy, deadLetterQueue: deadLetterQueue))
        }
    }
}
