import CDK
import CDKCloudWatch

extension Logs {
    /// What a metric filter counts or measures (the AWS CDK's `MetricFilterOptions`), shared by
    /// ``MetricFilterProps`` and ``LogGroupRef/addMetricFilter(_:_:configure:)``.
    public struct MetricFilterOptions: ConstructProps {
        /// The events the filter matches.
        public var filterPattern: any FilterPatternExpression
        /// The namespace of the metric.
        public var metricNamespace: String
        /// The name of the metric.
        public var metricName: String
        /// The value emitted per matching event: a number, or a field of the event (`$.latency`,
        /// or `$size` for a space-delimited column).
        ///
        /// Default: `"1"`.
        public var metricValue: String?
        /// The value emitted when an event does not match.
        ///
        /// Default: none (nothing is emitted).
        public var defaultValue: Double?
        /// Up to 3 dimensions of the metric, each a field of the event.
        ///
        /// Default: none.
        public var dimensions: KeyValuePairs<String, String>?
        /// The metric's unit.
        ///
        /// Default: none.
        public var unit: CloudWatch.Metric.Unit?
        /// The filter's name.
        ///
        /// Default: a name CloudFormation generates.
        public var filterName: String?

        /// Options for a metric `metricNamespace`/`metricName` of the events matching `filterPattern`.
        public init(filterPattern: any FilterPatternExpression, metricNamespace: String, metricName: String) {
            self.filterPattern = filterPattern
            self.metricNamespace = metricNamespace
            self.metricName = metricName
        }
    }

    /// The props of a ``MetricFilter``; they extend ``MetricFilterOptions``.
    public struct MetricFilterProps: ConstructProps, ExtendingOptions {
        /// The log group whose events are filtered.
        public var logGroup: any LogGroupRef
        /// The pattern and the metric.
        public var options: MetricFilterOptions

        /// Props for a filter on `logGroup`.
        public init(logGroup: any LogGroupRef, options: MetricFilterOptions) {
            self.logGroup = logGroup
            self.options = options
        }
    }

    /// A filter that turns matching log events into a CloudWatch metric (`AWS::Logs::MetricFilter`).
    ///
    /// ```swift
    /// let errors = try logs.addMetricFilter("Errors", .init(filterPattern: Logs.FilterPattern.anyTerm("ERROR"), metricNamespace: "App", metricName: "Errors"))
    /// _ = try CloudWatch.Alarm(stack, "ErrorAlarm", .init(metric: errors.metric(), threshold: 1, evaluationPeriods: 1))
    /// ```
    public final class MetricFilter: Resource {
        /// The filter's CloudFormation resource.
        public let cfnMetricFilter: CfnMetricFilter
        private let metricNamespace: String
        private let metricName: String

        /// A filter on `props.logGroup`.
        public init(_ scope: Construct, _ id: String, _ props: MetricFilterProps,
                    configure: (inout MetricFilterProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure, for: scope, id)
            let this = try ConstructScope(scope, id)
            if let problem = props.filterPattern.problem { throw CDKError("InvalidFilterPattern", "filterPattern: \(problem)", at: this) }
            let dimensions = props.dimensions.map { Array($0) } ?? []
            if dimensions.count > 3 {
                throw CDKError("TooManyMetricFilterDimensions", "MetricFilter only supports a maximum of 3 dimensions but received \(dimensions.count).", at: this)
            }
            metricNamespace = props.metricNamespace
            metricName = props.metricName
            let transformation = CfnMetricFilter.MetricTransformationProperty(
                defaultValue: props.defaultValue,
                dimensions: props.dimensions == nil ? nil : dimensions.map { CfnMetricFilter.DimensionProperty(key: $0.key, value: $0.value) },
                metricName: props.metricName, metricNamespace: props.metricNamespace, metricValue: props.metricValue ?? "1",
                unit: props.unit?.rawValue)
            cfnMetricFilter = try CfnMetricFilter(this, "Resource", filterName: props.filterName, filterPattern: props.filterPattern.logPatternString,
                                                  logGroupName: props.logGroup.logGroupName, metricTransformations: [transformation])
            try super.init(this, physicalName: props.filterName)
        }

        /// The filter's metric (the average over 5 minutes, unless `options` say otherwise).
        public func metric(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
            CloudWatch.Metric(namespace: metricNamespace, metricName: metricName, statistic: "avg").with(options)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKLogs.Logs.MetricFilter") }
    }
}
