import CDK

extension Events {
    /// An EventBridge rule (`AWS::Events::Rule`) that runs on a schedule or matches events,
    /// and sends them to targets.
    ///
    /// ```swift
    /// try Events.Rule(stack, "Every5Minutes") {
    ///     $0.schedule = .rate(.minutes(5))
    ///     $0.targets = [EventsTargets.LambdaFunction(fn)]
    /// }
    /// ```
    public final class Rule: Resource {
        /// The pattern the rule matches, if any.
        public private(set) var eventPattern: EventPattern?
        private var targets: [CfnRule.TargetProperty] = []
        /// The rule's CloudFormation resource.
        public let cfnRule: CfnRule

        /// A rule; it needs a `schedule` or an `eventPattern`.
        public init(_ scope: Construct, _ id: String, _ props: RuleProps = RuleProps(),
                    configure: (inout RuleProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure, for: scope, id)
            let this = try ConstructScope(scope, id)
            eventPattern = props.eventPattern
            if props.eventBus != nil && props.schedule != nil {
                throw CDKError("CannotAssociateRuleWithEventBusWhenUsingSchedule", "Cannot associate rule with 'eventBus' when using 'schedule'", at: this)
            }
            if let schedule = props.schedule, let problem = ScheduleExpressionCheck.problem(schedule.expressionString) {
                throw CDKError("InvalidScheduleExpression", "schedule: \(problem)", at: this)
            }
            if let description = props.description, description.count > 512 {
                throw CDKError("DescriptionTooLong", "description must be less than or equal to 512 characters, got \(description.count)", at: this)
            }
            let resource = try CfnRule(this, "Resource", description: props.description, eventBusName: props.eventBus?.eventBusName,
                                       eventPattern: props.eventPattern?.rendered, name: props.ruleName,
                                       scheduleExpression: props.schedule?.expressionString, state: props.enabled ? "ENABLED" : "DISABLED")
            cfnRule = resource
            try super.init(this, physicalName: props.ruleName)
            node.addValidation {
                resource.eventPattern == nil && resource.scheduleExpression == nil
                    ? ["Either 'eventPattern' or 'schedule' must be defined"] : []
            }
            for target in props.targets { try addTarget(target) }
        }

        /// The rule's ARN.
        public var ruleArn: String { cfnRule.attrArn }
        /// The rule's name.
        public var ruleName: String { cfnRule.ref }

        /// Adds a target (`Target0`, `Target1`, ... unless the target names itself).
        public func addTarget(_ target: any RuleTarget) throws {
            let autoId = "Target\(targets.count)"
            let config = try target.bind(self, id: autoId)
            let property = CfnRule.TargetProperty(arn: config.arn, id: config.id ?? autoId)
            property.roleArn = config.roleArn
            property.deadLetterConfig = config.deadLetterConfig
            property.retryPolicy = config.retryPolicy
            if let input = try config.input?.bind(self) {
                property.input = input.input
                property.inputPath = input.inputPath
                if let template = input.inputTemplate {
                    property.inputTransformer = CfnRule.InputTransformerProperty(inputPathsMap: input.inputPathsMap, inputTemplate: template)
                }
            }
            if let messageGroupId = config.messageGroupId {
                property.sqsParameters = CfnRule.SqsParametersProperty(messageGroupId: messageGroupId)
            }
            targets.append(property)
            cfnRule.targets = targets
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
            cfnRule.eventPattern = merged.rendered
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKEvents.Events.Rule") }
    }
}
