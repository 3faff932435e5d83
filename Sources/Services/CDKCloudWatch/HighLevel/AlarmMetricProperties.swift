import CDK

extension CloudWatch {
    /// The properties of an alarm that name what it watches, as the AWS CDK's `Alarm` renders a
    /// metric: a plain metric as `MetricName`, `Namespace`, `Dimensions` (sorted by name),
    /// `Period` and statistic; a metric with a label or from another account as a `Metrics` list
    /// of one (`m1`); a math expression as a `Metrics` list of the expression (`expr_1`, the one
    /// whose data the alarm uses) and then the metrics it uses.
    struct AlarmMetricProperties {
        var dimensions: [CfnAlarm.DimensionProperty]?
        var metricName: String?
        var namespace: String?
        var period: Double?
        var statistic: String?
        var extendedStatistic: String?
        var unit: String?
        var metrics: [CfnAlarm.MetricDataQueryProperty]?

        /// The most metrics an alarm's math expression may use.
        static let maxMetricsInExpression = 10

        /// The properties for `source` in an alarm of the stack whose account is `stackAccount`.
        init(_ source: any MetricSource, stackAccount: String, at alarm: Construct) throws {
            switch source.metricConfig {
            case .metric(let metric):
                let needsAccount = Self.requiresAccountId(metric, stackAccount: stackAccount)
                if metric.label == nil && !needsAccount {
                    let statistic = metric.parsedStatistic
                    dimensions = Self.sortedDimensions(metric)
                    metricName = metric.metricName
                    namespace = metric.namespace
                    period = try Self.periodSeconds(metric, at: alarm)
                    self.statistic = statistic.simple
                    extendedStatistic = statistic.extended
                    unit = metric.unit?.rawValue
                } else {
                    metrics = [try Self.query(metric, id: "m1", returnData: true, stackAccount: stackAccount, at: alarm)]
                }
            case .mathExpression(let expression):
                let hasMetrics = !expression.usingMetrics.isEmpty
                if expression.usingMetrics.count > Self.maxMetricsInExpression {
                    throw CDKError("TooManyMetricsInMathExpression", "Alarms on math expressions cannot contain more than \(Self.maxMetricsInExpression) individual metrics", at: alarm)
                }
                var queries = [CfnAlarm.MetricDataQueryProperty(
                    expression: expression.expression, id: "expr_1", label: expression.label,
                    period: hasMetrics ? nil : try alarm.converting("period") { try expression.period.toSeconds() }, returnData: true)]
                for (id, metric) in expression.usingMetrics {
                    queries.append(try Self.query(metric, id: id, returnData: false, stackAccount: stackAccount, at: alarm))
                }
                metrics = queries
            }
        }

        /// One entry of the `Metrics` list for `metric`.
        private static func query(_ metric: Metric, id: String, returnData: Bool, stackAccount: String,
                                  at alarm: Construct) throws -> CfnAlarm.MetricDataQueryProperty {
            let statistic = metric.parsedStatistic
            return CfnAlarm.MetricDataQueryProperty(
                accountId: requiresAccountId(metric, stackAccount: stackAccount) ? metric.account : nil,
                id: id, label: metric.label,
                metricStat: .init(metric: .init(dimensions: sortedDimensions(metric), metricName: metric.metricName, namespace: metric.namespace),
                                  period: try periodSeconds(metric, at: alarm), stat: statistic.simple ?? statistic.extended ?? metric.statistic,
                                  unit: metric.unit?.rawValue),
                returnData: returnData)
        }

        /// The metric's dimensions sorted by name, as the AWS CDK lists them; `nil` when there are none.
        private static func sortedDimensions(_ metric: Metric) -> [CfnAlarm.DimensionProperty]? {
            let sorted = metric.dimensions.sorted { Array($0.name.utf16).lexicographicallyPrecedes(Array($1.name.utf16)) }
            return sorted.isEmpty ? nil : sorted.map { CfnAlarm.DimensionProperty(name: $0.name, value: $0.value) }
        }

        /// Whether the metric comes from an account other than the alarm's stack's.
        private static func requiresAccountId(_ metric: Metric, stackAccount: String) -> Bool {
            guard let account = metric.account else { return false }
            return account != stackAccount
        }

        /// The longest period an alarm can evaluate: CloudWatch limits an alarm's evaluation
        /// range (periods times evaluation periods) to 7 days.
        static let maximumPeriodSeconds: Double = 7 * 24 * 60 * 60

        /// The metric's period in seconds, with the alarm's path on an invalid period.
        private static func periodSeconds(_ metric: Metric, at alarm: Construct) throws -> Double {
            let seconds: Double
            do { seconds = try metric.periodSeconds() } catch let error as CDKError {
                throw CDKError(error.code, error.message, at: alarm)
            }
            if !Token.isUnresolved(seconds) && seconds > maximumPeriodSeconds {
                throw CDKError("InvalidPeriod", "The period of an alarm's metric must be at most 7 days (604800 seconds), received \(JSONWriter.formatNumber(seconds)): CloudWatch evaluates at most 7 days. Use a shorter period.", at: alarm)
            }
            return seconds
        }
    }
}
