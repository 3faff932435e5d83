import CDK

extension CloudWatch {
    /// What an alarm can watch (the AWS CDK's `IMetric`): a ``Metric``, or a ``MathExpression``
    /// over metrics.
    public protocol MetricSource: Sendable {
        /// The metric or expression this value stands for.
        var metricConfig: MetricConfig { get }
    }

    /// A ``MetricSource`` as alarms render it (the AWS CDK's `MetricConfig`).
    public enum MetricConfig: Sendable {
        /// One metric, with its statistic and period.
        case metric(Metric)
        /// A math expression over metrics.
        case mathExpression(MathExpression)
    }
}

extension CloudWatch.Metric: CloudWatch.MetricSource {
    /// This metric.
    public var metricConfig: CloudWatch.MetricConfig { .metric(self) }
}
