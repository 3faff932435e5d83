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
        /// The delivery status logging configurations, rendered (and checked) at synthesis.
        public private(set) var loggingConfigs: [LoggingConfig] = []
        private var policy: TopicPolicy?
        /// The topic's CloudFormation resource.
        public let cfnTopic: CfnTopic

        /// A topic.
        public init(_ scope: Construct, _ id: String, _ props: TopicProps = TopicProps(),
                    configure: (inout TopicProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            let isFifo = props.fifo ?? false
            try Self.validate(props, at: this)
            var cfnName = props.topicName
            if isFifo, let topicName = props.topicName, !topicName.hasSuffix(".fifo") { cfnName = topicName + ".fifo" }
            // As in the AWS CDK: an unnamed FIFO topic gets a generated name, since FIFO names must end in `.fifo`.
            if isFifo && props.topicName == nil { cfnName = Names.uniqueResourceName(this, maxLength: 251, separator: "-") + ".fifo" }
            cfnTopic = try CfnTopic(this, "Resource",
                                    archivePolicy: props.messageRetentionPeriodInDays.map { ["MessageRetentionPeriod": .number(Double($0))] },
                                    contentBasedDeduplication: props.contentBasedDeduplication,
                                    displayName: props.displayName, fifoThroughputScope: props.fifoThroughputScope?.rawValue,
                                    fifoTopic: props.fifo, kmsMasterKeyId: props.masterKey?.keyArn,
                                    signatureVersion: props.signatureVersion, topicName: cfnName, tracingConfig: props.tracingConfig?.rawValue)
            masterKey = props.masterKey
            fifo = isFifo
            contentBasedDeduplication = props.contentBasedDeduplication ?? false
            try super.init(this, physicalName: props.topicName)
            for config in props.loggingConfigs { addLoggingConfig(config) }
            if props.enforceSSL {
                _ = try addToResourcePolicy(TopicPolicy.sslStatement(topicArn))
            }
            node.addValidation { [unowned self] in self.policy?.document.validateForResourcePolicy() ?? [] }
            node.addValidation { [unowned self] in
                self.loggingConfigs.contains { rate in rate.successFeedbackSampleRate.map { !(0...100).contains($0) } ?? false }
                    ? ["Success feedback sample rate must be an integer between 0 and 100"] : []
            }
        }

        /// Checks the props as the AWS CDK does, in its order.
        private static func validate(_ props: TopicProps, at this: ConstructScope) throws {
            let isFifo = props.fifo ?? false
            if props.contentBasedDeduplication == true && !isFifo {
                throw CDKError("ContentBasedDeduplicationEnabledTopics", "Content based deduplication can only be enabled for FIFO SNS topics.", at: this)
            }
            if props.messageRetentionPeriodInDays != nil && !isFifo {
                throw CDKError("OnlyValidFifoTopics", "`messageRetentionPeriodInDays` is only valid for FIFO SNS topics.", at: this)
            }
            if props.fifoThroughputScope != nil && !isFifo {
                throw CDKError("OnlyFifoTopics", "`fifoThroughputScope` can only be set for FIFO SNS topics.", at: this)
            }
            if let days = props.messageRetentionPeriodInDays, !(1...365).contains(days) {
                throw CDKError("MustBeIntegerBetween", "`messageRetentionPeriodInDays` must be an integer between 1 and 365, got \(days)", at: this)
            }
            if let signatureVersion = props.signatureVersion, !Token.isUnresolved(signatureVersion), signatureVersion != "1" && signatureVersion != "2" {
                throw CDKError("SignatureVersionReceived", "signatureVersion must be \"1\" or \"2\", received: \"\(signatureVersion)\"", at: this)
            }
            if let displayName = props.displayName, !Token.isUnresolved(displayName), displayName.utf16.count > 100 {
                throw CDKError("DisplayNameLessEqualCharacters", "displayName must be less than or equal to 100 characters, got \(displayName.utf16.count)", at: this)
            }
        }

        /// Adds delivery status logging for one more protocol. The sample rate is checked at synthesis.
        public func addLoggingConfig(_ config: LoggingConfig) {
            loggingConfigs.append(config)
            cfnTopic.deliveryStatusLogging = loggingConfigs.map(\.property)
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

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKSNS.SNS.Topic") }
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
        if Token.isUnresolved(id) { id = SNS.nextTokenSubscriptionId(in: scope) }
        if scope.node.tryFindChild(id) != nil {
            throw CDKError("SubscriptionAlreadyExistsUnder", "A subscription with id \"\(id)\" already exists under the scope \(scope.node.path)", at: scope)
        }
        let result = try SNS.Subscription(scope, id, .init(topic: self, options: config.options))
        if let dependency = config.subscriptionDependency { result.node.addDependency(dependency) }
        return result
    }
}

extension SNS {
    /// The id of a subscription whose subscriber id is a token: `TokenSubscription:<n>`, one
    /// past the highest number found below `scope`. It scans the ids as the AWS CDK's global
    /// regular expression does, which resumes each search where the previous match ended, so
    /// the id after a matching one is searched from that offset.
    static func nextTokenSubscriptionId(in scope: Construct) -> String {
        let prefix = Array("TokenSubscription:".utf16)
        var next = 1
        var lastIndex = 0
        for construct in scope.node.findAll() {
            let id = Array(construct.node.id.utf16)
            var found: Int?
            var start = lastIndex
            while start + prefix.count <= id.count {
                if Array(id[start..<start + prefix.count]) == prefix { found = start; break }
                start += 1
            }
            guard let found else { lastIndex = 0; continue }
            var end = found + prefix.count
            while end < id.count, (48...57).contains(id[end]) { end += 1 }
            lastIndex = end
            let digits = String(decoding: id[(found + prefix.count)..<end], as: UTF16.self)
            if let number = Int(digits), number >= next { next = number + 1 }
        }
        return "TokenSubscription:\(next)"
    }
}
