import CDK

extension CloudWatch {
    /// How a metric is aggregated and shown (the AWS CDK's `MetricOptions`): the options every
    /// `metric...` method of a resource takes, and ``Metric/with(_:)``.
    ///
    /// ```swift
    /// let errors = fn.metricErrors(.init(period: .minutes(1)))
    /// ```
    public struct MetricOptions: ConstructProps, Sendable {
        /// The aggregation period.
        ///
        /// Default: the metric's (5 minutes for the metrics of resources).
        public var period: Duration?
        /// The statistic (`Average`, `Sum`, `Minimum`, `Maximum`, `SampleCount`, `p99`, ...).
        ///
        /// Default: the metric's (`Average` unless the method says otherwise).
        public var statistic: String?
        /// The dimensions, replacing the metric's.
        ///
        /// Default: the metric's dimensions.
        public var dimensionsMap: KeyValuePairs<String, String>?
        /// The unit the metric is filtered on.
        ///
        /// Default: all units.
        public var unit: Metric.Unit?
        /// A label for graphs.
        ///
        /// Default: no label.
        public var label: String?
        /// A color for graphs (`#1f77b4`).
        ///
        /// Default: a color the dashboard picks.
        public var color: String?
        /// The account the metric comes from.
        ///
        /// Default: the stack's account.
        public var account: String?
        /// The region the metric comes from.
        ///
        /// Default: the stack's region.
        public var region: String?

        /// Options; each one left `nil` keeps the metric's.
        public init(period: Duration? = nil, statistic: String? = nil, dimensionsMap: KeyValuePairs<String, String>? = nil,
                    unit: Metric.Unit? = nil, label: String? = nil, color: String? = nil,
                    account: String? = nil, region: String? = nil) {
            self.period = period
            self.statistic = statistic
            self.dimensionsMap = dimensionsMap
            self.unit = unit
            self.label = label
            self.color = color
            self.account = account
            self.region = region
        }
    }
}
