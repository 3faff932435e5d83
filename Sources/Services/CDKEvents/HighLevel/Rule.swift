import CDK

extension Events {
    /// An EventBridge rule (`AWS::Events::Rule`) that runs on a schedule or matches events,
    /// and sends them to targets.
    ///
    /// ```swift
    /// try Events.Rule(stack, "Every5Minutes", schedule: .rate(.minutes(5)), targets: [EventsTargets.LambdaFunction(fn)])
    /// ```
    public final class Rule: Resource {
        /// The pattern the rule matches, if any.
        public private(set) var eventPattern: EventPattern?
        private var targets: [CfnRule.TargetProperty] = []
        private var resource: CfnRule!

        /// A rule; it needs a `schedule` or an `eventPattern`.
        ///
        /// - Parameters:
        ///   - enabled: Default true (`State: ENABLED`).
        ///   - eventBusName: The bus the rule listens on (not with a schedule).
        public init(
            _ scope: Construct, _ id: String,
            schedule: Schedule? = nil,
            eventPattern: EventPattern? = nil,
            ruleName: String? = nil,
            description: String? = nil,
            enabled: Bool = true,
            eventBusName: String? = nil,
            targets: [any RuleTarget] = []
        ) throws {
            self.eventPattern = eventPattern
            try super.init(scope, id, physicalName: ruleName)
            if eventBusName != nil && schedule != nil {
                throw CDKError(code: "CannotAssociateRuleWithEventBusWhenUsingSchedule", message: "Cannot associate rule with 'eventBus' when using 'schedule'", path: node.path)
            }
            if let description, description.count > 512 {
                throw CDKError(code: "DescriptionTooLong", message: "description must be less than or equal to 512 characters, got \(description.count)", path: node.path)
            }
            resource = try CfnRule(self, "Resource", description: description, eventBusName: eventBusName,
                                   eventPattern: eventPattern?.rendered, name: ruleName,
                                   scheduleExpression: schedule?.expressionString, state: enabled ? "ENABLED" : "DISABLED")
            node.addValidation { [unowned self] in
                self.resource.eventPattern == nil && self.resource.scheduleExpression == nil
                    ? ["Either 'eventPattern' or 'schedule' must be defined"] : []
            }
            for target in targets { try addTarget(target) }
        }

        /// The rule's CloudFormation resource.
        public var cfnRule: CfnRule { resource }
        /// The rule's ARN.
        public var ruleArn: String { resource.attrArn }
        /// The rule's name.
        public var ruleName: String { resource.ref }

        /// Adds a target (`Target0`, `Target1`, ... unless the target names itself).
        public func addTarget(_ target: any RuleTarget) throws {
            let autoId = "Target\(targets.count)"
            let config = try target.bind(self, id: autoId)
            let property = CfnRule.TargetProperty(arn: config.arn, id: config.id ?? autoId)
            property.roleArn = config.roleArn
            property.input = config.input
            property.inputPath = config.inputPath
            if let messageGroupId = config.messageGroupId {
                property.sqsParameters = CfnRule.SqsParametersProperty(messageGroupId: messageGroupId)
            }
            targets.append(property)
            resource.targets = targets
        }

        /// Adds to the pattern the rule matches.
        public func addEventPattern(_ pattern: EventPattern) {
            var merged = eventPattern ?? EventPattern()
            func union(_ a: [String]?, _ b: [String]?) -> [String]? {
                guard let b else { return a }
                return (a ?? []) + b.filter { !(a ?? []).contains($0) }
            }
            merged.source = union(merged.source, pattern.source)
            merged.detailType = union(merged.detailType, pattern.detailType)
            merged.account = union(merged.account, pattern.account)
            merged.region = union(merged.region, pattern.region)
            merged.resources = union(merged.resources, pattern.resources)
            merged.id = union(merged.id, pattern.id)
            merged.time = union(merged.time, pattern.time)
            merged.version = union(merged.version, pattern.version)
            if let detail = pattern.detail {
                var combined = merged.detail ?? [:]
                for (key, value) in detail { combined[key] = value }
                merged.detail = combined
            }
            eventPattern = merged
            resource.eventPattern = merged.rendered
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKEvents.Events.Rule") }
    }
}
