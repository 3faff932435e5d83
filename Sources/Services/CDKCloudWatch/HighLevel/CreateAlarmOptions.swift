import CDK

extension CloudWatch {
    /// When an alarm fires and how it is named (the AWS CDK's `CreateAlarmOptions`), shared by
    /// ``AlarmProps`` and ``Metric/createAlarm(_:_:_:configure:)``.
    public struct CreateAlarmOptions: ConstructProps, Sendable {
        /// The value the metric is compared with.
        public var threshold: Double
        /// How many periods the alarm evaluates.
        public var evaluationPeriods: Int
        /// How many of the evaluated periods must breach for the alarm to fire.
        ///
        /// Default: all of them (`evaluationPeriods`).
        public var datapointsToAlarm: Int?
        /// How the metric is compared with the threshold.
        ///
        /// Default: `.greaterThanOrEqualToThreshold`.
        public var comparisonOperator: ComparisonOperator = .greaterThanOrEqualToThreshold
        /// How missing data points are treated.
        ///
        /// Default: no `TreatMissingData` property (`missing`).
        public var treatMissingData: TreatMissingData?
        /// The alarm's physical name.
        ///
        /// Default: a name CloudFormation generates.
        public var alarmName: String?
        /// A description of the alarm.
        ///
        /// Default: none.
        public var alarmDescription: String?
        /// Whether the alarm's actions run.
        ///
        /// Default: no `ActionsEnabled` property (enabled).
        public var actionsEnabled: Bool?
        /// Whether a percentile over too few samples is evaluated (`evaluate`) or ignored (`ignore`).
        ///
        /// Default: no `EvaluateLowSampleCountPercentile` property (`evaluate`).
        public var evaluateLowSampleCountPercentile: String?

        /// Options of an alarm that compares with `threshold` over `evaluationPeriods` periods.
        public init(threshold: Double, evaluationPeriods: Int) {
            self.threshold = threshold
            self.evaluationPeriods = evaluationPeriods
        }
    }

    /// The props of an ``Alarm``.
    public struct AlarmProps: ConstructProps, ExtendingOptions {
        /// The metric or math expression the alarm watches.
        public var metric: any MetricSource
        /// When the alarm fires and how it is named.
        public var options: CreateAlarmOptions

        /// Props of an alarm that fires when `metric` compares to `threshold` for
        /// `evaluationPeriods` periods.
        public init(metric: any MetricSource, threshold: Double, evaluationPeriods: Int) {
            self.metric = metric
            options = CreateAlarmOptions(threshold: threshold, evaluationPeriods: evaluationPeriods)
        }

        /// Props of an alarm on `metric` with `options`.
        public init(metric: any MetricSource, options: CreateAlarmOptions) {
            self.metric = metric
            self.options = options
        }
    }
}
