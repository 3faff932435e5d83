import CDK
import CDKIAM
import CDKSQS

extension SNS {
    /// How a subscription receives messages.
    public enum SubscriptionProtocol: String, Sendable {
        /// An HTTP endpoint.
        case http = "http"
        /// An HTTPS endpoint.
        case https = "https"
        /// E-mail.
        case email = "email"
        /// E-mail with the JSON notification.
        case emailJson = "email-json"
        /// A text message.
        case sms = "sms"
        /// An SQS queue.
        case sqs = "sqs"
        /// A mobile application endpoint.
        case application = "application"
        /// A Lambda function.
        case lambda = "lambda"
        /// A Data Firehose delivery stream.
        case firehose = "firehose"
    }

    /// What a subscriber tells the topic when it is subscribed (the AWS CDK's
    /// `TopicSubscriptionConfig`): the ``SubscriptionOptions`` and where the subscription goes.
    public struct TopicSubscriptionConfig: ExtendingOptions {
        /// What is subscribed and how.
        public var options: SubscriptionOptions
        /// The id of the subscription construct.
        public var subscriberId: String
        /// Where the subscription construct goes.
        ///
        /// Default: under the topic.
        public var subscriberScope: Construct?
        /// What the subscription must be deployed after (a queue policy).
        ///
        /// Default: nothing.
        public var subscriptionDependency: (any Dependable)?

        /// A configuration subscribing `endpoint` with `protocol`, as construct `subscriberId`.
        public init(endpoint: String, protocol: SubscriptionProtocol, subscriberId: String) {
            options = SubscriptionOptions(endpoint: endpoint, protocol: `protocol`)
            self.subscriberId = subscriberId
        }
    }

    /// Something that can subscribe to a topic (the AWS CDK's `ITopicSubscription`); see the
    /// `CDKSNSSubscriptions` module.
    public protocol TopicSubscription: AnyObject {
        /// Adds what the subscriber needs and returns how to subscribe it.
        func bind(_ topic: any TopicRef) throws -> TopicSubscriptionConfig
    }

    /// A subscription to a topic (`AWS::SNS::Subscription`).
    public final class Subscription: Resource {
        /// The dead-letter queue, if any.
        public let deadLetterQueue: (any SQS.QueueRef)?
        /// The subscription's CloudFormation resource.
        public let cfnSubscription: CfnSubscription

        /// A subscription of `props.endpoint` to `props.topic`.
        public init(_ scope: Construct, _ id: String, _ props: SubscriptionProps,
                    configure: (inout SubscriptionProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            deadLetterQueue = props.deadLetterQueue
            if props.rawMessageDelivery == true && ![.http, .https, .sqs, .firehose].contains(props.protocol) {
                throw CDKError("RawMessageDeliveryEnabledFirehose", "Raw message delivery can only be enabled for HTTP, HTTPS, SQS, and Firehose subscriptions.", at: this)
            }
            if let filterPolicy = props.filterPolicy, filterPolicy.count > 5 {
                throw CDKError("FilterPolicyMaximumAttributeNames", "A filter policy can have a maximum of 5 attribute names.", at: this)
            }
            if props.protocol == .firehose && props.subscriptionRoleArn == nil {
                throw CDKError("SubscriptionRoleArnRequiredField", "Subscription role arn is required field for subscriptions with a firehose protocol.", at: this)
            }
            var redrivePolicy: JSONValue?
            if let deadLetterQueue = props.deadLetterQueue {
                _ = try deadLetterQueue.addToResourcePolicy(IAM.PolicyStatement(
                    actions: ["sqs:SendMessage"], resources: [deadLetterQueue.queueArn],
                    principals: [IAM.ServicePrincipal("sns.amazonaws.com")],
                    conditions: ["ArnEquals": ["aws:SourceArn": .string(props.topic.topicArn)]]))
                redrivePolicy = ["deadLetterTargetArn": .string(deadLetterQueue.queueArn)]
            }
            cfnSubscription = try CfnSubscription(
                this, "Resource", endpoint: props.endpoint, filterPolicy: props.filterPolicy.map { .object($0) },
                protocol: props.protocol.rawValue, rawMessageDelivery: props.rawMessageDelivery,
                redrivePolicy: redrivePolicy, region: props.region, subscriptionRoleArn: props.subscriptionRoleArn,
                topicArn: props.topic.topicArn)
            try super.init(this)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKSNS.SNS.Subscription") }
    }
}
