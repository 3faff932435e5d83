import CDK

extension CloudWatch {
    /// How a math expression is shown and aggregated (the AWS CDK's `MathExpressionOptions`).
    public struct MathExpressionOptions: ConstructProps, Sendable {
        /// A label for graphs and alarms.
        ///
        /// Default: no label (the expression).
        public var label: String?
        /// A color for graphs (`#1f77b4`).
        ///
        /// Default: a color the dashboard picks.
        public var color: String?
        /// The aggregation period, which also replaces the periods of the metrics the expression uses.
        ///
        /// Default: 5 minutes.
        public var period: Duration?

        /// Options; each one left `nil` takes its default.
        public init(label: String? = nil, color: String? = nil, period: Duration? = nil) {
            self.label = label
            self.color = color
            self.period = period
        }
    }

    /// The props of a ``MathExpression``. They extend ``MathExpressionOptions``.
    public struct MathExpressionProps: ConstructProps, ExtendingOptions {
        /// The expression (`errors / invocations * 100`), naming the metrics by their ids.
        public var expression: String
        /// The metrics the expression uses, by id (a lowercase letter, then letters, digits and `_`), in order.
        public var usingMetrics: [(id: String, metric: Metric)]
        /// Label, color and period.
        public var options = MathExpressionOptions()

        /// Props of `expression` over `usingMetrics`.
        public init(expression: String, usingMetrics: [(id: String, metric: Metric)]) {
            self.expression = expression
            self.usingMetrics = usingMetrics
        }
    }

    /// A metric computed from other metrics with CloudWatch metric math (the AWS CDK's
    /// `MathExpression`). Alarms render it as a `Metrics` list: the expression, then the metrics
    /// it uses.
    ///
    /// ```swift
    /// let rate = try CloudWatch.MathExpression(.init(expression: "errors / invocations * 100", usingMetrics: [
    ///     ("errors", fn.metricErrors()), ("invocations", fn.metricInvocations()),
    /// ])) { $0.label = "Error rate" }
    /// ```
    ///
    /// Not supported: search accounts and regions, expressions inside expressions, and the
    /// AWS CDK's warnings about unknown identifiers and overridden periods.
    public struct MathExpression: MetricSource {
        /// The expression.
        public let expression: String
        /// The metrics the expression uses, by id, each with the expression's period.
        public let usingMetrics: [(id: String, metric: Metric)]
        /// The label, if any.
        public let label: String?
        /// The color, if any.
        public let color: String?
        /// The aggregation period of the expression and of its metrics.
        public let period: Duration

        /// An expression; throws when an id is not a lowercase letter followed by letters, digits
        /// and `_`, or when two metrics share an id.
        public init(_ props: MathExpressionProps, configure: (inout MathExpressionProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let period = props.options.period ?? .minutes(5)
            let invalid = props.usingMetrics.map(\.id).filter { !Token.isUnresolved($0) && !Self.isVariableName($0) }
            if !invalid.isEmpty {
                throw CDKError(code: "InvalidVariableNames",
                               message: "Invalid variable names in expression: \(invalid.joined(separator: ",")). Must start with lowercase letter and only contain alphanumerics.")
            }
            var seen: Set<String> = []
            for (id, _) in props.usingMetrics where !seen.insert(id).inserted {
                throw CDKError(code: "DuplicateMetricId",
                               message: "The ID '\(id)' is used for two metrics in the expression '\(props.expression)'. Rename one.")
            }
            expression = props.expression
            usingMetrics = props.usingMetrics.map { ($0.id, $0.metric.with(.init(period: period))) }
            label = props.options.label
            color = props.options.color
            self.period = period
        }

        /// A copy with `options` applied (the AWS CDK's `with`); options left `nil` keep this expression's.
        public func with(_ options: MathExpressionOptions) throws -> MathExpression {
            var props = MathExpressionProps(expression: expression, usingMetrics: usingMetrics)
            props.options = MathExpressionOptions(label: options.label ?? label, color: options.color ?? color,
                                                  period: options.period ?? period)
            return try MathExpression(props)
        }

        /// This expression.
        public var metricConfig: MetricConfig { .mathExpression(self) }

        /// An alarm on this expression (the AWS CDK's `mathExpression.createAlarm`).
        public func createAlarm(_ scope: Construct, _ id: String, _ options: CreateAlarmOptions,
                                configure: (inout AlarmProps) throws -> Void = { _ in }) throws -> Alarm {
            try Alarm(scope, id, .init(metric: self, options: options), configure: configure)
        }

        /// Whether `id` can name a metric in an expression: `[a-z][a-zA-Z0-9_]*`.
        static func isVariableName(_ id: String) -> Bool {
            guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
            return id.unicodeScalars.allSatisfy { $0.isASCIILetterOrDigit || $0 == "_" }
        }
    }
}
