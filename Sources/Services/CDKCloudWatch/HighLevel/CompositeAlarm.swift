import CDK

extension CloudWatch {
    /// The props of a ``CompositeAlarm``.
    public struct CompositeAlarmProps: ConstructProps {
        /// Which alarms, in which states, put the composite alarm into ALARM.
        public var alarmRule: any AlarmRuleExpression
        /// Whether the alarm's actions run.
        ///
        /// Default: `true` (CloudWatch's default; the property is left out).
        public var actionsEnabled: Bool?
        /// A description of the alarm.
        ///
        /// Default: none.
        public var alarmDescription: String?
        /// The alarm's name.
        ///
        /// Default: the alarm's unique id in the app (`<Stack><Id><hash>`).
        public var compositeAlarmName: String?
        /// An alarm whose ALARM state suppresses this alarm's actions.
        ///
        /// Default: none.
        public var actionsSuppressor: (any AlarmRef)?
        /// How long the actions stay suppressed after the suppressor leaves ALARM (needs
        /// ``actionsSuppressor``).
        ///
        /// Default: 1 minute, with a suppressor.
        public var actionsSuppressorExtensionPeriod: Duration?
        /// How long the alarm waits for the suppressor to go into ALARM (needs
        /// ``actionsSuppressor``).
        ///
        /// Default: 1 minute, with a suppressor.
        public var actionsSuppressorWaitPeriod: Duration?

        /// Props with the rule; every other member at its default.
        public init(alarmRule: any AlarmRuleExpression) {
            self.alarmRule = alarmRule
        }
    }

    /// An alarm whose state follows a rule over other alarms (`AWS::CloudWatch::CompositeAlarm`).
    ///
    /// ```swift
    /// let unhealthy = try CloudWatch.CompositeAlarm(stack, "Unhealthy", .init(alarmRule: CloudWatch.AlarmRule.anyOf(backlog, errors)))
    /// try unhealthy.addAlarmAction(CloudWatchActions.SnsAction(pager))
    /// ```
    public final class CompositeAlarm: Resource, AlarmRef {
        private let actionArns = AlarmActionArns()
        /// The alarm's CloudFormation resource.
        public let cfnCompositeAlarm: CfnCompositeAlarm
        /// The alarm's ARN.
        public private(set) var alarmArn = ""
        /// The alarm's name.
        public private(set) var alarmName = ""

        /// A composite alarm with `props.alarmRule`.
        public init(_ scope: Construct, _ id: String, _ props: CompositeAlarmProps,
                    configure: (inout CompositeAlarmProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure, for: scope, id)
            let this = try ConstructScope(scope, id)
            let rule = try CDKError.attributing(to: this) { try props.alarmRule.renderAlarmRule() }
            if rule.utf8.count > 10_240 {
                throw CDKError("AlarmRuleTooLong", "Alarm Rule expression cannot be greater than 10240 characters, please reduce the conditions in the Alarm Rule", at: this)
            }
            var extensionPeriod = props.actionsSuppressorExtensionPeriod, waitPeriod = props.actionsSuppressorWaitPeriod
            if props.actionsSuppressor == nil {
                if extensionPeriod != nil || waitPeriod != nil {
                    throw CDKError("SuppressorPeriodsWithoutSuppressor", "ActionsSuppressor Extension/Wait Periods require an ActionsSuppressor to be set.", at: this)
                }
            } else {
                extensionPeriod = extensionPeriod ?? .minutes(1)
                waitPeriod = waitPeriod ?? .minutes(1)
            }
            // The default name is the construct's unique id, known once it is in the tree.
            let generatedName = props.compositeAlarmName == nil ? Lazy.string { try Names.nodeUniqueId(this) } : nil
            let physicalName = props.compositeAlarmName ?? generatedName
            cfnCompositeAlarm = try CfnCompositeAlarm(
                this, "Resource",
                actionsEnabled: props.actionsEnabled,
                actionsSuppressor: props.actionsSuppressor?.alarmArn,
                actionsSuppressorExtensionPeriod: try this.converting("actionsSuppressorExtensionPeriod") { try extensionPeriod?.toSeconds() },
                actionsSuppressorWaitPeriod: try this.converting("actionsSuppressorWaitPeriod") { try waitPeriod?.toSeconds() },
                alarmDescription: props.alarmDescription,
                alarmName: physicalName,
                alarmRule: rule)
            try super.init(this, physicalName: physicalName)
            cfnCompositeAlarm.alarmActions = actionArns.list(\.alarm)
            cfnCompositeAlarm.okActions = actionArns.list(\.ok)
            cfnCompositeAlarm.insufficientDataActions = actionArns.list(\.insufficientData)
            alarmName = getResourceNameAttribute(cfnCompositeAlarm.ref)
            alarmArn = getResourceArnAttribute(cfnCompositeAlarm.attrArn, ArnComponents(
                service: "cloudwatch", resource: "alarm", resourceName: physicalName, arnFormat: .colonResourceName))
        }

        /// Adds actions run when the alarm goes into the ALARM state.
        public func addAlarmAction(_ actions: any AlarmAction...) throws {
            for action in actions { actionArns.alarm.append(try action.bind(self, alarm: self)) }
        }

        /// Adds actions run when the alarm goes into the OK state.
        public func addOkAction(_ actions: any AlarmAction...) throws {
            for action in actions { actionArns.ok.append(try action.bind(self, alarm: self)) }
        }

        /// Adds actions run when the alarm goes into the INSUFFICIENT_DATA state.
        public func addInsufficientDataAction(_ actions: any AlarmAction...) throws {
            for action in actions { actionArns.insufficientData.append(try action.bind(self, alarm: self)) }
        }

        /// A composite alarm known by its ARN.
        public static func fromCompositeAlarmArn(_ scope: Construct, _ id: String, compositeAlarmArn: String) throws -> any AlarmRef {
            try Alarm.fromAlarmArn(scope, id, alarmArn: compositeAlarmArn)
        }

        /// A composite alarm of this stack's account and region, known by its name.
        public static func fromCompositeAlarmName(_ scope: Construct, _ id: String, compositeAlarmName: String) throws -> any AlarmRef {
            try Alarm.fromAlarmName(scope, id, alarmName: compositeAlarmName)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKCloudWatch.CloudWatch.CompositeAlarm") }
    }
}
