import CDK

extension Events {
    /// What every rule has (the AWS CDK's `EventCommonOptions`), shared by ``RuleProps`` and the
    /// `on...Event` methods of resources.
    public struct EventCommonOptions: ConstructProps {
        /// A description of the rule, up to 512 characters.
        ///
        /// Default: none.
        public var description: String?
        /// The rule's physical name.
        ///
        /// Default: a name CloudFormation generates.
        public var ruleName: String?
        /// The events the rule matches.
        ///
        /// Default: none (the rule needs a pattern or a schedule).
        public var eventPattern: EventPattern?

        /// Options with every member at its default.
        public init() {}
    }

    /// The props of a ``Rule``; it needs a `schedule` or an `eventPattern`. They extend
    /// ``EventCommonOptions``.
    public struct RuleProps: ConstructProps, ExtendingOptions {
        /// Name, description and pattern.
        public var options = EventCommonOptions()
        /// When the rule runs.
        ///
        /// Default: on matching events only.
        public var schedule: Schedule?
        /// Whether the rule is enabled.
        ///
        /// Default: `true` (`State: ENABLED`).
        public var enabled = true
        /// The event bus the rule listens on (not with a schedule).
        ///
        /// Default: the account's default event bus.
        public var eventBus: (any EventBusRef)?
        /// Where matching events go.
        ///
        /// Default: none (add them with `addTarget`).
        public var targets: [any RuleTarget] = []

        /// Props with every member at its default.
        public init() {}
    }
}
