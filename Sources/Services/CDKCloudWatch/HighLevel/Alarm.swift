import CDK

extension CloudWatch {
    /// An alarm on a metric (`AWS::CloudWatch::Alarm`).
    ///
    /// ```swift
    /// let alarm = try CloudWatch.Alarm(stack, "Errors", .init(metric: fn.metricErrors(), threshold: 1, evaluationPeriods: 1))
    /// try alarm.addAlarmAction(CloudWatchActions.SnsAction(topic))
    /// ```
    public final class Alarm: Resource, AlarmRef {
        /// The metric or math expression the alarm watches.
        public let metric: any MetricSource
        private let actionArns = AlarmActionArns()
        /// The alarm's CloudFormation resource.
        public let cfnAlarm: CfnAlarm

        /// An alarm that fires when `props.metric` compares to the threshold for the evaluation periods.
        public init(_ scope: Construct, _ id: String, _ props: AlarmProps, configure: (inout AlarmProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure, for: scope, id)
            let this = try ConstructScope(scope, id)
            let metric = props.metric
            self.metric = metric
            try Self.validate(props, id: id, at: this)
            let rendered = try AlarmMetricProperties(metric, stackAccount: try Stack.of(this).account, at: this)
            cfnAlarm = try CfnAlarm(
                this, "Resource",
                actionsEnabled: props.actionsEnabled,
                alarmDescription: props.alarmDescription,
                alarmName: props.alarmName,
                comparisonOperator: props.comparisonOperator.rawValue,
                datapointsToAlarm: props.datapointsToAlarm.map(Double.init),
                dimensions: rendered.dimensions,
                evaluateLowSampleCountPercentile: props.evaluateLowSampleCountPercentile,
                evaluationPeriods: Double(props.evaluationPeriods),
                extendedStatistic: rendered.extendedStatistic,
                metricName: rendered.metricName,
                metrics: rendered.metrics,
                namespace: rendered.namespace,
                period: rendered.period,
                statistic: rendered.statistic,
                threshold: props.threshold,
                treatMissingData: props.treatMissingData?.rawValue,
                unit: rendered.unit)
            try super.init(this, physicalName: props.alarmName)
            cfnAlarm.alarmActions = actionArns.list(\.alarm)
            cfnAlarm.okActions = actionArns.list(\.ok)
            cfnAlarm.insufficientDataActions = actionArns.list(\.insufficientData)
        }

        /// The alarm's ARN.
        public var alarmArn: String { cfnAlarm.attrArn }
        /// The alarm's name.
        public var alarmName: String { cfnAlarm.ref }

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

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKCloudWatch.CloudWatch.Alarm") }
    }
}

extension CloudWatch.Metric {
    /// An alarm on this metric (the AWS CDK's `metric.createAlarm`).
    public func createAlarm(_ scope: Construct, _ id: String, _ options: CloudWatch.CreateAlarmOptions,
                            configure: (inout CloudWatch.AlarmProps) throws -> Void = { _ in }) throws -> CloudWatch.Alarm {
        try CloudWatch.Alarm(scope, id, .init(metric: self, options: options), configure: configure)
    }
}
