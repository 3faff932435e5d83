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
        /// The rendered filter policy on message attributes, if any.
        public let filterPolicy: JSONObject?
        /// The filter policy on the message body, if any.
        public let filterPolicyWithMessageBody: KeyValuePairs<String, FilterOrPolicy>?
        /// The subscription's CloudFormation resource.
        public let cfnSubscription: CfnSubscription

        /// A subscription of `props.endpoint` to `props.topic`.
        public init(_ scope: Construct, _ id: String, _ props: SubscriptionProps,
                    configure: (inout SubscriptionProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            if props.rawMessageDelivery == true && ![.http, .https, .sqs, .firehose].contains(props.protocol) {
                throw CDKError("RawMessageDeliveryEnabledFirehose", "Raw message delivery can only be enabled for HTTP, HTTPS, SQS, and Firehose subscriptions.", at: this)
            }
            var renderedFilter: JSONObject?
            if let policy = props.filterPolicy {
                try Self.checkAttributeCount(policy.count, at: this)
                var object: JSONObject = [:]
                for (name, filter) in policy { object[name] = .array(filter.conditions) }
                let total = policy.reduce(1) { $0 * $1.value.conditions.count }
                if total > 150 {
                    throw CDKError("TotalCombinationValues", "The total combination of values (\(total)) must not exceed 150.", at: this)
                }
                renderedFilter = object
                filterPolicyWithMessageBody = nil
            } else if let policy = props.filterPolicyWithMessageBody {
                try Self.checkAttributeCount(policy.count, at: this)
                filterPolicyWithMessageBody = policy
            } else {
                filterPolicyWithMessageBody = nil
            }
            filterPolicy = props.filterPolicy == nil ? nil : renderedFilter
            if props.protocol == .firehose && props.subscriptionRoleArn == nil {
                throw CDKError("SubscriptionRoleArnRequiredField", "Subscription role arn is required field for subscriptions with a firehose protocol.", at: this)
            }
            if let policy = filterPolicyWithMessageBody {
                var total = 1
                renderedFilter = try Self.render(policy, depth: 1, total: &total, at: this)
            }
            deadLetterQueue = props.deadLetterQueue
            var redrivePolicy: JSONValue?
            if let deadLetterQueue = props.deadLetterQueue {
                _ = try deadLetterQueue.addToResourcePolicy(IAM.PolicyStatement(
                    actions: ["sqs:SendMessage"], resources: [deadLetterQueue.queueArn],
                    principals: [IAM.ServicePrincipal("sns.amazonaws.com")],
                    conditions: ["ArnEquals": ["aws:SourceArn": .string(props.topic.topicArn)]]))
                redrivePolicy = ["deadLetterTargetArn": .string(deadLetterQueue.queueArn)]
            }
            let deliveryPolicy = try props.deliveryPolicy?.rendered(for: props.protocol, at: this)
            cfnSubscription = try CfnSubscription(
                this, "Resource", deliveryPolicy: deliveryPolicy, endpoint: props.endpoint, filterPolicy: renderedFilter.map { .object($0) },
                filterPolicyScope: filterPolicyWithMessageBody == nil ? nil : "MessageBody",
                protocol: props.protocol.rawValue, rawMessageDelivery: props.rawMessageDelivery,
                redrivePolicy: redrivePolicy, region: props.region, subscriptionRoleArn: props.subscriptionRoleArn,
                topicArn: props.topic.topicArn)
            try super.init(this)
        }

        private static func checkAttributeCount(_ count: Int, at this: ConstructScope) throws {
            if count > 5 {
                throw CDKError("FilterPolicyMaximumAttributeNames", "A filter policy can have a maximum of 5 attribute names (this one has \(count)).", at: this)
            }
        }

        /// The filter policy on the message body, counting combinations as the AWS CDK does: each
        /// filter multiplies the total by its number of conditions times its depth, and the total
        /// is checked after each level.
        private static func render(_ policy: KeyValuePairs<String, FilterOrPolicy>, depth: Int, total: inout Int,
                                   at this: ConstructScope) throws -> JSONObject {
            var object: JSONObject = [:]
            for (name, entry) in policy {
                switch entry {
                case .policy(let nested):
                    object[name] = .object(try render(nested, depth: depth + 1, total: &total, at: this))
                case .filter(let filter):
                    object[name] = .array(filter.conditions)
                    total *= filter.conditions.count * depth
                }
            }
            if total > 150 {
                throw CDKError("TotalCombinationValues", "The total combination of values (\(total)) must not exceed 150.", at: this)
            }
            return object
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKSNS.SNS.Subscription") }
    }
}
