import CDK

extension Events {
    /// What a target tells the rule when it is added (the AWS CDK's `RuleTargetConfig`).
    public struct RuleTargetConfig {
        /// The target's ARN.
        public var arn: String
        /// The target id (default `Target<n>`).
        public var id: String?
        /// The role EventBridge assumes to reach the target.
        public var roleArn: String?
        /// A fixed input (JSON text).
        public var input: String?
        /// A JSONPath selecting part of the event.
        public var inputPath: String?
        /// The message group id (FIFO queues).
        public var messageGroupId: String?

        /// A configuration.
        public init(arn: String, id: String? = nil, roleArn: String? = nil, input: String? = nil, inputPath: String? = nil,
                    messageGroupId: String? = nil) {
            self.arn = arn
            self.id = id
            self.roleArn = roleArn
            self.input = input
            self.inputPath = inputPath
            self.messageGroupId = messageGroupId
        }
    }

    /// Something a rule can trigger (a function, a queue, a topic); see `CDKEventsTargets`.
    public protocol RuleTarget: AnyObject {
        /// Adds the permissions the target needs and returns how the rule calls it.
        func bind(_ rule: Rule, id: String) throws -> RuleTargetConfig
    }
}
