import CDK

extension CloudWatch {
    /// A CloudWatch metric: a namespace, a name, dimensions and how data points are aggregated
    /// (statistic over a period). Alarms and dashboard widgets render it.
    ///
    /// ```swift
    /// let errors = CloudWatch.Metric(namespace: "AWS/Lambda", metricName: "Errors",
    ///                                dimensionsMap: ["FunctionName": fn.functionName], statistic: "Sum")
    /// ```
    public struct Metric: Sendable {
        /// The namespace (`AWS/Lambda`).
        public var namespace: String
        /// The metric name (`Errors`).
        public var metricName: String
        /// The dimensions, in order.
        public var dimensions: [(name: String, value: String)]
        /// The statistic (`Average`, `Sum`, `p99`, ...).
        public var statistic: String
        /// The aggregation period.
        public var period: Duration
        /// The unit, if any.
        public var unit: Unit?
        /// A label for graphs.
        public var label: String?
        /// A color for graphs (`#1f77b4`).
        public var color: String?
        /// The account the metric comes from, if not the stack's.
        public var account: String?
        /// The region the metric comes from, if not the stack's.
        public var region: String?

        /// A metric. `period` defaults to 5 minutes and `statistic` to `Average`, as in the AWS CDK.
        public init(namespace: String, metricName: String, dimensionsMap: KeyValuePairs<String, String> = [:],
                    statistic: String = "Average", period: Duration = .minutes(5), unit: Unit? = nil,
                    label: String? = nil, color: String? = nil, account: String? = nil, region: String? = nil) {
            self.namespace = namespace
            self.metricName = metricName
            self.dimensions = dimensionsMap.map { ($0.key, $0.value) }
            self.statistic = statistic
            self.period = period
            self.unit = unit
            self.label = label
            self.color = color
            self.account = account
            self.region = region
        }

        /// A copy with `options` applied (the AWS CDK's `metric.with`); options left `nil` keep
        /// this metric's.
        public func with(_ options: MetricOptions) -> Metric {
            var copy = self
            if let statistic = options.statistic { copy.statistic = statistic }
            if let period = options.period { copy.period = period }
            if let unit = options.unit { copy.unit = unit }
            if let label = options.label { copy.label = label }
            if let color = options.color { copy.color = color }
            if let dimensionsMap = options.dimensionsMap { copy.dimensions = dimensionsMap.map { ($0.key, $0.value) } }
            if let account = options.account { copy.account = account }
            if let region = options.region { copy.region = region }
            return copy
        }

        /// The period in seconds; throws unless it is 1, 5, 10, 30 or a positive multiple of 60
        /// seconds (the AWS CDK lets 0 through, which CloudFormation refuses).
        func periodSeconds() throws -> Double {
            let seconds = try period.toSeconds()
            if !Token.isUnresolved(seconds) && (seconds <= 0 || ![1, 5, 10, 30].contains(seconds) && seconds.truncatingRemainder(dividingBy: 60) != 0) {
                throw CDKError(code: "InvalidPeriod", message: "'period' must be 1, 5, 10, 30, or a multiple of 60 seconds, received \(JSONWriter.formatNumber(seconds))")
            }
            return seconds
        }

        /// The statistic as CloudFormation wants it: a simple statistic (`Sum`) or an extended one (`p99`).
        var parsedStatistic: (simple: String?, extended: String?) {
            switch statistic.lowercased() {
            case "average", "avg": return ("Average", nil)
            case "sum": return ("Sum", nil)
            case "minimum", "min": return ("Minimum", nil)
            case "maximum", "max": return ("Maximum", nil)
            case "samplecount", "n": return ("SampleCount", nil)
            default: return (nil, statistic)
            }
        }
    }
}

extension CloudWatch.Metric {
    /// The unit of a metric.
    public enum Unit: String, Sendable {
        /// `Seconds`
        case seconds = "Seconds"
        /// `Microseconds`
        case microseconds = "Microseconds"
        /// `Milliseconds`
        case milliseconds = "Milliseconds"
        /// `Bytes`
        case bytes = "Bytes"
        /// `Kilobytes`
        case kilobytes = "Kilobytes"
        /// `Megabytes`
        case megabytes = "Megabytes"
        /// `Gigabytes`
        case gigabytes = "Gigabytes"
        /// `Terabytes`
        case terabytes = "Terabytes"
        /// `Bits`
        case bits = "Bits"
        /// `Kilobits`
        case kilobits = "Kilobits"
        /// `Megabits`
        case megabits = "Megabits"
        /// `Gigabits`
        case gigabits = "Gigabits"
        /// `Terabits`
        case terabits = "Terabits"
        /// `Percent`
        case percent = "Percent"
        /// `Count`
        case count = "Count"
        /// `Bytes/Second`
        case bytesPerSecond = "Bytes/Second"
        /// `Kilobytes/Second`
        case kilobytesPerSecond = "Kilobytes/Second"
        /// `Megabytes/Second`
        case megabytesPerSecond = "Megabytes/Second"
        /// `Gigabytes/Second`
        case gigabytesPerSecond = "Gigabytes/Second"
        /// `Terabytes/Second`
        case terabytesPerSecond = "Terabytes/Second"
        /// `Bits/Second`
        case bitsPerSecond = "Bits/Second"
        /// `Kilobits/Second`
        case kilobitsPerSecond = "Kilobits/Second"
        /// `Megabits/Second`
        case megabitsPerSecond = "Megabits/Second"
        /// `Gigabits/Second`
        case gigabitsPerSecond = "Gigabits/Second"
        /// `Terabits/Second`
        case terabitsPerSecond = "Terabits/Second"
        /// `Count/Second`
        case countPerSecond = "Count/Second"
        /// `None`
        case none = "None"
    }
}
