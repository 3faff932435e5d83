import CDK

extension CloudWatch {
    /// An alarm on a metric (`AWS::CloudWatch::Alarm`).
    ///
    /// ```swift
    /// let alarm = try CloudWatch.Alarm(stack, "Errors", metric: fn.metricErrors(), threshold: 1, evaluationPeriods: 1)
    /// try alarm.addAlarmAction(CloudWatchActions.SnsAction(topic))
    /// ```
    public final class Alarm: Resource {
        /// The metric the alarm watches.
        public let metric: Metric
        private var alarmActionArns: [String] = []
        private var okActionArns: [String] = []
        private var insufficientDataActionArns: [String] = []
        private var resource: CfnAlarm!

        /// An alarm that fires when `metric` compares to `threshold` for `evaluationPeriods` periods.
        ///
        /// - Parameters:
        ///   - datapointsToAlarm: How many of the evaluated periods must breach (default: all).
        ///   - comparisonOperator: Default `greaterThanOrEqualToThreshold`.
        public init(
            _ scope: Construct, _ id: String,
            metric: Metric,
            threshold: Double,
            evaluationPeriods: Double,
            datapointsToAlarm: Double? = nil,
            comparisonOperator: ComparisonOperator = .greaterThanOrEqualToThreshold,
            treatMissingData: TreatMissingData? = nil,
            alarmName: String? = nil,
            alarmDescription: String? = nil,
            actionsEnabled: Bool? = nil,
            evaluateLowSampleCountPercentile: String? = nil
        ) throws {
            self.metric = metric
            try super.init(scope, id, physicalName: alarmName)
            if let datapointsToAlarm, datapointsToAlarm < 1 {
                throw CDKError(code: "InvalidDatapointsToAlarm", message: "Alarm \(id): datapointsToAlarm cannot be less than 1, got: \(Int(datapointsToAlarm))", path: node.path)
            }
            let period: Double
            do { period = try metric.periodSeconds() } catch let error as CDKError {
                throw CDKError(code: error.code, message: error.message, path: node.path)
            }
            let statistic = metric.parsedStatistic
            let dimensions = metric.dimensions.map { CfnAlarm.DimensionProperty(name: $0.name, value: $0.value) }
            let resource = try CfnAlarm(
                self, "Resource",
                actionsEnabled: actionsEnabled,
                alarmDescription: alarmDescription,
                alarmName: alarmName,
                comparisonOperator: comparisonOperator.rawValue,
                datapointsToAlarm: datapointsToAlarm,
                dimensions: dimensions.isEmpty ? nil : dimensions,
                evaluateLowSampleCountPercentile: evaluateLowSampleCountPercentile,
                evaluationPeriods: evaluationPeriods,
                extendedStatistic: statistic.extended,
                metricName: metric.metricName,
                namespace: metric.namespace,
                period: period,
                statistic: statistic.simple,
                threshold: threshold,
                treatMissingData: treatMissingData?.rawValue,
                unit: metric.unit?.rawValue)
            resource.alarmActions = Lazy.list { [unowned self] in self.alarmActionArns.isEmpty ? nil : self.alarmActionArns }
            resource.okActions = Lazy.list { [unowned self] in self.okActionArns.isEmpty ? nil : self.okActionArns }
            resource.insufficientDataActions = Lazy.list { [unowned self] in
                self.insufficientDataActionArns.isEmpty ? nil : self.insufficientDataActionArns
            }
            self.resource = resource
        }

        /// The alarm's CloudFormation resource.
        public var cfnAlarm: CfnAlarm { resource }
        /// The alarm's ARN.
        public var alarmArn: String { resource.attrArn }
        /// The alarm's name.
        public var alarmName: String { resource.ref }

        /// Adds actions run when the alarm goes into the ALARM state.
        public func addAlarmAction(_ actions: any AlarmAction...) throws {
            for action in actions { alarmActionArns.append(try action.bind(self, alarm: self)) }
        }

        /// Adds actions run when the alarm goes into the OK state.
        public func addOkAction(_ actions: any AlarmAction...) throws {
            for action in actions { okActionArns.append(try action.bind(self, alarm: self)) }
        }

        /// Adds actions run when the alarm goes into the INSUFFICIENT_DATA state.
        public func addInsufficientDataAction(_ actions: any AlarmAction...) throws {
            for action in actions { insufficientDataActionArns.append(try action.bind(self, alarm: self)) }
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKCloudWatch.CloudWatch.Alarm") }
    }
}

extension CloudWatch.Metric {
    /// An alarm on this metric (the AWS CDK's `metric.createAlarm`).
    public func createAlarm(
        _ scope: Construct, _ id: String, threshold: Double, evaluationPeriods: Double,
        datapointsToAlarm: Double? = nil,
        comparisonOperator: CloudWatch.ComparisonOperator = .greaterThanOrEqualToThreshold,
        treatMissingData: CloudWatch.TreatMissingData? = nil,
        alarmName: String? = nil, alarmDescription: String? = nil, actionsEnabled: Bool? = nil
    ) throws -> CloudWatch.Alarm {
        try CloudWatch.Alarm(scope, id, metric: self, threshold: threshold, evaluationPeriods: evaluationPeriods,
                             datapointsToAlarm: datapointsToAlarm, comparisonOperator: comparisonOperator,
                             treatMissingData: treatMissingData, alarmName: alarmName, alarmDescription: alarmDescription,
                             actionsEnabled: actionsEnabled)
    }
}
