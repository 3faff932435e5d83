import CDK
import CDKEvents
import CDKIAM
import CDKSQS

extension EventsTargets {
    /// What every target can set for events it fails to deliver (the AWS CDK's
    /// `TargetBaseProps`): a dead-letter queue and the retry policy.
    public struct TargetBaseProps: ConstructProps {
        /// The queue undelivered events go to, once the retries are used up. The queue's
        /// policy lets the rule send to it (when the queue is in the rule's account).
        ///
        /// Default: none (undelivered events are dropped).
        public var deadLetterQueue: (any SQS.QueueRef)?
        /// How long EventBridge keeps trying to deliver an event: 60 seconds to 24 hours.
        ///
        /// Default: 24 hours.
        public var maxEventAge: Duration?
        /// How many times EventBridge retries delivering an event: 0 to 185.
        ///
        /// Default: 185.
        public var retryAttempts: Int?

        /// Options with every member at its default.
        public init() {}
    }

    /// `config` with the dead-letter queue and retry policy of `options`, as the AWS CDK's
    /// `bindBaseTargetConfig`; the dead-letter queue's policy lets `rule` send to it.
    static func bindBaseTargetConfig(_ options: TargetBaseProps, _ config: Events.RuleTargetConfig, at rule: Events.Rule) throws -> Events.RuleTargetConfig {
        var config = config
        if let queue = options.deadLetterQueue {
            try addToDeadLetterQueueResourcePolicy(rule, queue)
            config.deadLetterConfig = Events.CfnRule.DeadLetterConfigProperty(arn: queue.queueArn)
        }
        if let attempts = options.retryAttempts, !(0...185).contains(attempts) {
            throw CDKError("InvalidRetryAttempts", "retryAttempts must be between 0 and 185, got \(attempts). EventBridge retries at most 185 times.", at: rule)
        }
        var maxEventAgeSeconds: Double?
        if let maxEventAge = options.maxEventAge {
            let seconds = try rule.converting("maxEventAge") { try maxEventAge.toSeconds(integral: true) }
            if !Token.isUnresolved(seconds), !(60...86_400).contains(seconds) {
                throw CDKError("InvalidMaxEventAge", "maxEventAge must be between 60 seconds and 24 hours, got \(maxEventAge). EventBridge keeps an event for at most 24 hours.", at: rule)
            }
            maxEventAgeSeconds = seconds
        }
        if options.retryAttempts != nil || maxEventAgeSeconds != nil {
            config.retryPolicy = Events.CfnRule.RetryPolicyProperty(maximumEventAgeInSeconds: maxEventAgeSeconds,
                                                                    maximumRetryAttempts: options.retryAttempts.map(Double.init))
        }
        return config
    }

    /// Lets `rule` send undelivered events to `queue`, as the AWS CDK's
    /// `addToDeadLetterQueueResourcePolicy`: a queue in another region is an error; in another
    /// account, the rule gets a warning that the policy must be added there by hand.
    static func addToDeadLetterQueueResourcePolicy(_ rule: Events.Rule, _ queue: any SQS.QueueRef) throws {
        let ruleEnvironment = rule.environment, queueEnvironment = queue.environment
        if differ(ruleEnvironment.region, queueEnvironment.region) {
            throw CDKError("CannotAssignDeadLetterQueueInDifferentRegion", "Cannot assign Dead Letter Queue in region \(queueEnvironment.region) to the rule \(try Names.nodeUniqueId(rule)) in region \(ruleEnvironment.region). Both the queue and the rule must be in the same region.", at: rule)
        }
        guard !differ(ruleEnvironment.account, queueEnvironment.account) else {
            Annotations.of(rule).addWarningV2("@aws-cdk/aws-events-targets:manuallyAddDLQResourcePolicy", "Cannot add a resource policy to your dead letter queue associated with rule \(rule.ruleArn) because the queue is in a different account. You must add the resource policy manually to the dead letter queue in account \(queueEnvironment.account).")
            return
        }
        _ = try queue.addToResourcePolicy(IAM.PolicyStatement(
            actions: ["sqs:SendMessage"], resources: [queue.queueArn], principals: [IAM.ServicePrincipal("events.amazonaws.com")],
            conditions: ["ArnEquals": ["aws:SourceArn": .string(rule.ruleArn)]], sid: "AllowEventRule\(try Names.nodeUniqueId(rule))"))
    }

    /// Whether two regions or accounts are surely different: two different literals.
    private static func differ(_ a: String, _ b: String) -> Bool {
        a != b && !Token.isUnresolved(a) && !Token.isUnresolved(b)
    }
}
