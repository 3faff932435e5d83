import CDK
import CDKCloudWatch

extension Logs.LogGroupRef {
    /// A metric filter on this log group, under it.
    @discardableResult
    public func addMetricFilter(_ id: String, _ options: Logs.MetricFilterOptions,
                                configure: (inout Logs.MetricFilterOptions) throws -> Void = { _ in }) throws -> Logs.MetricFilter {
        try Logs.MetricFilter(self, id, .init(logGroup: self, options: try options.with(configure)))
    }

    /// The metric `metricNamespace`/`metricName` of the value of `jsonField` in the events that
    /// have it, through a metric filter `<namespace>_<name>` on this log group.
    public func extractMetric(_ jsonField: String, metricNamespace: String, metricName: String) throws -> CloudWatch.Metric {
        var options = Logs.MetricFilterOptions(filterPattern: Logs.FilterPattern.exists(jsonField), metricNamespace: metricNamespace, metricName: metricName)
        options.metricValue = jsonField
        _ = try Logs.MetricFilter(self, "\(metricNamespace)_\(metricName)", .init(logGroup: self, options: options))
        return CloudWatch.Metric(namespace: metricNamespace, metricName: metricName)
    }

    /// A stream of this log group, under it.
    @discardableResult
    public func addStream(_ id: String, _ options: Logs.StreamOptions = .init(),
                          configure: (inout Logs.StreamOptions) throws -> Void = { _ in }) throws -> Logs.LogStream {
        var props = Logs.LogStreamProps(logGroup: self)
        props.options = try options.with(configure)
        return try Logs.LogStream(self, id, props)
    }

    /// A subscription filter on this log group, under it.
    @discardableResult
    public func addSubscriptionFilter(_ id: String, _ options: Logs.SubscriptionFilterOptions,
                                      configure: (inout Logs.SubscriptionFilterOptions) throws -> Void = { _ in }) throws -> Logs.SubscriptionFilter {
        try Logs.SubscriptionFilter(self, id, .init(logGroup: self, options: try options.with(configure)))
    }
}
