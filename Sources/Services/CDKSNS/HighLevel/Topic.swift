import CDK
import CDKIAM
import CDKKMS

extension SNS {
    /// An SNS topic (`AWS::SNS::Topic`).
    ///
    /// ```swift
    /// let topic = try SNS.Topic(stack, "Alerts") { $0.displayName = "Ops alerts" }
    /// try topic.addSubscription(SNSSubscriptions.SqsSubscription(queue))
    /// try topic.grantPublish(fn)
    /// ```
    public final class Topic: Resource, TopicRef {
        /// The key that encrypts the topic, if any.
        public let masterKey: (any KMS.KeyRef)?
        /// Whether the topic is a FIFO topic.
        public let fifo: Bool
        /// Whether FIFO messages are deduplicated by content.
        public let contentBasedDeduplication: Bool
        private var policy: TopicPolicy?
        /// The topic's CloudFormation resource.
        public let cfnTopic: CfnTopic

        /// A topic.
        public init(_ scope: Construct, _ id: String, _ props: TopicProps = TopicProps(),
                    configure: (inout TopicProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            masterKey = props.masterKey
            fifo = props.fifo
            contentBasedDeduplication = props.contentBasedDeduplication
            if props.contentBasedDeduplication && !props.fifo {
                throw CDKError("ContentBasedDeduplicationEnabledTopics", "Content based deduplication can only be enabled for FIFO SNS topics.", at: this)
            }
            if let signatureVersion = props.signatureVersion, !Token.isUnresolved(signatureVersion), signatureVersion != "1" && signatureVersion != "2" {
                throw CDKError("SignatureVersionReceived", "signatureVersion must be \"1\" or \"2\", received: \"\(signatureVersion)\"", at: this)
            }
            if let displayName = props.displayName, !Token.isUnresolved(displayName), displayName.count > 100 {
                throw CDKError("DisplayNameLessEqualCharacters", "displayName must be less than or equal to 100 characters, got \(displayName.count)", at: this)
            }
            var cfnName = props.topicName
            if props.fifo, let topicName = props.topicName, !topicName.hasSuffix(".fifo") { cfnName = topicName + ".fifo" }
            // As in the AWS CDK: an unnamed FIFO topic gets a generated name, since FIFO names must end in `.fifo`.
            if props.fifo && props.topicName == nil { cfnName = SNS.uniqueResourceName(this, maxLength: 251, separator: "-") + ".fifo" }
            cfnTopic = try CfnTopic(this, "Resource", contentBasedDeduplication: props.contentBasedDeduplication ? true : nil,
                                    deliveryStatusLogging: props.loggingConfigs.isEmpty ? nil : props.loggingConfigs,
                                    displayName: props.displayName, fifoTopic: props.fifo ? true : nil, kmsMasterKeyId: props.masterKey?.keyArn,
                                    signatureVersion: props.signatureVersion, topicName: cfnName)
            try super.init(this, physicalName: props.topicName)
            if props.enforceSSL {
                _ = try addToResourcePolicy(TopicPolicy.sslStatement(topicArn))
            }
            node.addValidation { [unowned self] in self.policy?.document.validateForResourcePolicy() ?? [] }
        }

        /// The topic's ARN.
        public var topicArn: String { cfnTopic.ref }
        /// The topic's name.
        public var topicName: String { cfnTopic.getAtt("TopicName").toString() }

        /// Adds `statement` to the topic policy, created (as `Policy`) on first use.
        public func addToResourcePolicy(_ statement: IAM.PolicyStatement) throws -> IAM.AddToResourcePolicyResult {
            if policy == nil { policy = try TopicPolicy(self, "Policy", .init(topics: [self])) }
            policy?.document.addStatements(statement)
            return IAM.AddToResourcePolicyResult(statementAdded: true, policyDependable: policy)
        }

        /// A topic defined outside the app, by ARN.
        public static func fromTopicArn(_ scope: Construct, _ id: String, topicArn: String) throws -> any TopicRef {
            try ImportedTopic(scope, id, topicArn: topicArn)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKSNS.SNS.Topic") }
    }

    /// A topic known by ARN.
    final class ImportedTopic: Resource, TopicRef {
        let topicArn: String
        let topicName: String
        let fifo: Bool
        var masterKey: (any KMS.KeyRef)? { nil }

        init(_ scope: Construct, _ id: String, topicArn: String) throws {
            self.topicArn = topicArn
            var account: String?
            var region: String?
            if Token.isUnresolved(topicArn) {
                topicName = Fn.select(5, Fn.split(":", topicArn))
            } else {
                let parts = try Arn.split(topicArn, format: .noResourceName)
                topicName = parts.resource
                account = parts.account
                region = parts.region
            }
            fifo = !Token.isUnresolved(topicName) && topicName.hasSuffix(".fifo")
            try super.init(scope, id, account: account, region: region)
        }

        func addToResourcePolicy(_ statement: IAM.PolicyStatement) throws -> IAM.AddToResourcePolicyResult {
            IAM.AddToResourcePolicyResult(statementAdded: false)
        }
    }
}

extension SNS.TopicRef {
    /// Subscribes `subscription`: the subscription construct goes where the subscriber says
    /// (for a queue, under the queue, named after the topic's unique id).
    @discardableResult
    public func addSubscription(_ subscription: any SNS.TopicSubscription) throws -> SNS.Subscription {
        let config = try subscription.bind(self)
        let scope: Construct = config.subscriberScope ?? self
        var id = config.subscriberId
        if Token.isUnresolved(id) {
            var next = 0
            for child in scope.node.findAll() where child.node.id.hasPrefix("TokenSubscription:") {
                if let n = Int(child.node.id.dropFirst("TokenSubscription:".count)), n >= next { next = n + 1 }
            }
            id = "TokenSubscription:\(next)"
        }
        if scope.node.tryFindChild(id) != nil {
            throw CDKError("SubscriptionAlreadyExistsUnder", "A subscription with id \"\(id)\" already exists under the scope \(scope.node.path)", at: scope)
        }
        let result = try SNS.Subscription(scope, id, .init(topic: self, options: config.options))
        if let dependency = config.subscriptionDependency { result.node.addDependency(dependency) }
        return result
    }
}
