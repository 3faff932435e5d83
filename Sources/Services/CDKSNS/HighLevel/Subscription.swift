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

    /// What a subscriber tells the topic when it is subscribed (the AWS CDK's `TopicSubscriptionConfig`).
    public struct TopicSubscriptionConfig {
        /// The subscription's endpoint (a queue ARN, a function ARN, an address).
        public var endpoint: String
        /// The protocol.
        public var `protocol`: SubscriptionProtocol
        /// The id of the subscription construct.
        public var subscriberId: String
        /// Where the subscription construct goes (default: under the topic).
        public var subscriberScope: Construct?
        /// What the subscription must be deployed after (a queue policy).
        public var subscriptionDependency: (any Dependable)?
        /// Whether messages are delivered without the SNS envelope.
        public var rawMessageDelivery: Bool?
        /// The filter policy (attribute name to conditions).
        public var filterPolicy: JSONObject?
        /// The region of the topic, when it differs from the subscriber's.
        public var region: String?
        /// Where undeliverable messages go.
        public var deadLetterQueue: (any SQS.QueueRef)?

        /// A configuration.
        public init(endpoint: String, protocol: SubscriptionProtocol, subscriberId: String, subscriberScope: Construct? = nil,
                    subscriptionDependency: (any Dependable)? = nil, rawMessageDelivery: Bool? = nil,
                    filterPolicy: JSONObject? = nil, region: String? = nil, deadLetterQueue: (any SQS.QueueRef)? = nil) {
            self.endpoint = endpoint
            self.protocol = `protocol`
            self.subscriberId = subscriberId
            self.subscriberScope = subscriberScope
            self.subscriptionDependency = subscriptionDependency
            self.rawMessageDelivery = rawMessageDelivery
            self.filterPolicy = filterPolicy
            self.region = region
            self.deadLetterQueue = deadLetterQueue
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
        private var resource: CfnSubscription!

        /// A subscription of `endpoint` to `topic`.
        public init(_ scope: Construct, _ id: String, topic: any TopicRef, endpoint: String, protocol: SubscriptionProtocol,
                    rawMessageDelivery: Bool? = nil, filterPolicy: JSONObject? = nil, region: String? = nil,
                    deadLetterQueue: (any SQS.QueueRef)? = nil, subscriptionRoleArn: String? = nil) throws {
            self.deadLetterQueue = deadLetterQueue
            try super.init(scope, id)
            if rawMessageDelivery == true && ![.http, .https, .sqs, .firehose].contains(`protocol`) {
                throw CDKError(code: "RawMessageDeliveryEnabledFirehose", message: "Raw message delivery can only be enabled for HTTP, HTTPS, SQS, and Firehose subscriptions.", path: node.path)
            }
            if let filterPolicy, filterPolicy.count > 5 {
                throw CDKError(code: "FilterPolicyMaximumAttributeNames", message: "A filter policy can have a maximum of 5 attribute names.", path: node.path)
            }
            if `protocol` == .firehose && subscriptionRoleArn == nil {
                throw CDKError(code: "SubscriptionRoleArnRequiredField", message: "Subscription role arn is required field for subscriptions with a firehose protocol.", path: node.path)
            }
            var redrivePolicy: JSONValue?
            if let deadLetterQueue {
                _ = try deadLetterQueue.addToResourcePolicy(IAM.PolicyStatement(
                    actions: ["sqs:SendMessage"], resources: [deadLetterQueue.queueArn],
                    principals: [IAM.ServicePrincipal("sns.amazonaws.com")],
                    conditions: ["ArnEquals": ["aws:SourceArn": .string(topic.topicArn)]]))
                redrivePolicy = ["deadLetterTargetArn": .string(deadLetterQueue.queueArn)]
            }
            resource = try CfnSubscription(self, "Resource", endpoint: endpoint, filterPolicy: filterPolicy.map { .object($0) },
                                           protocol: `protocol`.rawValue, rawMessageDelivery: rawMessageDelivery,
                                           redrivePolicy: redrivePolicy, region: region, subscriptionRoleArn: subscriptionRoleArn,
                                           topicArn: topic.topicArn)
        }

        /// The subscription's CloudFormation resource.
        public var cfnSubscription: CfnSubscription { resource }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKSNS.SNS.Subscription") }
    }
}
