import CDK

extension Events {
    /// What a target tells the rule when it is added (the AWS CDK's `RuleTargetConfig`).
    public struct RuleTargetConfig {
        /// The target's ARN.
        public var arn: String
        /// The target id.
        ///
        /// Default: `Target<n>`, `n` counting the rule's targets.
        public var id: String?
        /// The role EventBridge assumes to reach the target.
        ///
        /// Default: none.
        public var roleArn: String?
        /// What the rule sends to the target.
        ///
        /// Default: the matched event.
        public var input: RuleTargetInput?
        /// The message group id (FIFO queues).
        ///
        /// Default: none.
        public var messageGroupId: String?
        /// Where events go that could not be delivered.
        ///
        /// Default: none (they are dropped).
        public var deadLetterConfig: CfnRule.DeadLetterConfigProperty?
        /// How often and for how long delivery is retried.
        ///
        /// Default: EventBridge's (185 attempts, for 24 hours).
        public var retryPolicy: CfnRule.RetryPolicyProperty?

        /// A configuration.
        public init(arn: String, id: String? = nil, roleArn: String? = nil, input: RuleTargetInput? = nil,
                    messageGroupId: String? = nil, deadLetterConfig: CfnRule.DeadLetterConfigProperty? = nil,
                    retryPolicy: CfnRule.RetryPolicyProperty? = nil) {
            self.arn = arn
            self.id = id
            self.roleArn = roleArn
            self.input = input
            self.messageGroupId = messageGroupId
            self.deadLetterConfig = deadLetterConfig
            self.retryPolicy = retryPolicy
        }
    }

    /// Something a rule can trigger (a function, a queue, a topic); see `CDKEventsTargets`.
    public protocol RuleTarget: AnyObject {
        /// Adds the permissions the target needs and returns how the rule calls it.
        func bind(_ rule: Rule, id: String) throws -> RuleTargetConfig
    }
}
