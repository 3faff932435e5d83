import CDK
import CDKCloudWatch

extension DynamoDB.TableRef {
    /// The metric `metricName` of the table (`AWS/DynamoDB`, dimension `TableName`; average over 5 minutes).
    public func metric(_ metricName: String, _ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
        CloudWatch.Metric(namespace: "AWS/DynamoDB", metricName: metricName, dimensionsMap: ["TableName": tableName]).with(options)
    }

    /// The consumed read capacity units (sum over 5 minutes).
    public func metricConsumedReadCapacityUnits(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
        metric("ConsumedReadCapacityUnits", .init(statistic: "Sum")).with(options)
    }

    /// The consumed write capacity units (sum over 5 minutes).
    public func metricConsumedWriteCapacityUnits(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
        metric("ConsumedWriteCapacityUnits", .init(statistic: "Sum")).with(options)
    }

    /// Failed conditional writes (sum over 5 minutes).
    public func metricConditionalCheckFailedRequests(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
        metric("ConditionalCheckFailedRequests", .init(statistic: "Sum")).with(options)
    }

    /// Throttled requests, over all operations (sum over 5 minutes; the AWS CDK deprecates it
    /// for ``metricThrottledRequestsForOperations(_:)``).
    public func metricThrottledRequests(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
        metric("ThrottledRequests", .init(statistic: "Sum")).with(options)
    }

    /// Throttled requests of one `operation` (dimensions `Operation` and `TableName`, sum over 5 minutes).
    public func metricThrottledRequestsForOperation(_ operation: String, _ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
        CloudWatch.Metric(namespace: "AWS/DynamoDB", metricName: "ThrottledRequests",
                          dimensionsMap: ["Operation": operation, "TableName": tableName], statistic: "Sum").with(options)
    }

    /// Requests that failed with a 400 error, over the whole account and region (sum over 5
    /// minutes; the metric has no dimensions). Throws when `options` name dimensions.
    public func metricUserErrors(_ options: CloudWatch.MetricOptions = .init()) throws -> CloudWatch.Metric {
        if options.dimensionsMap != nil {
            throw CDKError(code: "DimensionsNotSupported", message: "'dimensions' is not supported for the 'UserErrors' metric",
                           path: (self as? Construct)?.node.path)
        }
        var metric = CloudWatch.Metric(namespace: "AWS/DynamoDB", metricName: "UserErrors", statistic: "Sum").with(options)
        metric.dimensions = []
        return metric
    }

    /// Requests that failed with a 500 error, for the `Operation` that `options.dimensionsMap`
    /// names (sum over 5 minutes; the AWS CDK deprecates it for
    /// ``metricSystemErrorsForOperations(_:)``). Throws without an `Operation` dimension.
    public func metricSystemErrors(_ options: CloudWatch.MetricOptions) throws -> CloudWatch.Metric {
        guard let given = options.dimensionsMap, given.contains(where: { $0.key == "Operation" }) else {
            throw CDKError(code: "OperationDimensionRequired", message: "'Operation' dimension must be passed for the 'SystemErrors' metric.",
                           path: (self as? Construct)?.node.path)
        }
        var metric = metric("SystemErrors", .init(statistic: "Sum")).with(options)
        metric.dimensions = DynamoDB.merge([("TableName", tableName)], given)
        return metric
    }

    /// The latency of successful requests of the `Operation` that `options.dimensionsMap` names
    /// (dimensions `TableName` and `Operation`, average over 5 minutes). Throws without an
    /// `Operation` dimension.
    public func metricSuccessfulRequestLatency(_ options: CloudWatch.MetricOptions) throws -> CloudWatch.Metric {
        guard let operation = options.dimensionsMap?.first(where: { $0.key == "Operation" })?.value else {
            throw CDKError(code: "OperationDimensionRequired", message: "'Operation' dimension must be passed for the 'SuccessfulRequestLatency' metric.",
                           path: (self as? Construct)?.node.path)
        }
        var metric = CloudWatch.Metric(namespace: "AWS/DynamoDB", metricName: "SuccessfulRequestLatency", statistic: "Average").with(options)
        metric.dimensions = [("TableName", tableName), ("Operation", operation)]
        return metric
    }

    /// The sum of the throttled requests of `options.operations` (all operations by default),
    /// as a math expression over one `ThrottledRequests` metric per operation.
    public func metricThrottledRequestsForOperations(_ options: DynamoDB.OperationsMetricOptions = .init()) throws -> CloudWatch.MathExpression {
        try sumOverOperations("ThrottledRequests", label: "Sum of throttled requests across all operations", options.options)
    }

    /// The sum of the system errors of `options.operations` (all operations by default), as a
    /// math expression over one `SystemErrors` metric per operation.
    public func metricSystemErrorsForOperations(_ options: DynamoDB.SystemErrorsForOperationsMetricOptions = .init()) throws -> CloudWatch.MathExpression {
        try sumOverOperations("SystemErrors", label: "Sum of errors across all operations", options)
    }

    /// `metricName` summed over operations: one metric per operation (dimensions `TableName`,
    /// `Operation` and those of `options`, id the operation in lowercase), added up.
    private func sumOverOperations(_ metricName: String, label: String,
                                   _ options: DynamoDB.SystemErrorsForOperationsMetricOptions) throws -> CloudWatch.MathExpression {
        let extra = options.dimensionsMap.map { Array($0) } ?? []
        if extra.contains(where: { $0.key == "Operation" }) {
            throw CDKError(code: "OperationDimensionNotSupported", message: "The Operation dimension is not supported. Use the 'operations' property.",
                           path: (self as? Construct)?.node.path)
        }
        var metricOptions = options.options
        metricOptions.dimensionsMap = nil
        let metrics = (options.operations ?? DynamoDB.Operation.allCases).map { operation in
            var metric = metric(metricName, .init(statistic: "Sum")).with(metricOptions)
            metric.dimensions = DynamoDB.merge([("TableName", tableName), ("Operation", operation.rawValue)], options.dimensionsMap ?? [:])
            return (id: operation.rawValue.lowercased(), metric: metric)
        }
        var props = CloudWatch.MathExpressionProps(expression: metrics.map(\.id).joined(separator: " + "), usingMetrics: metrics)
        props.options = .init(label: label, color: options.color, period: options.period)
        return try CloudWatch.MathExpression(props)
    }
}

extension DynamoDB {
    /// `base` with `overrides` applied as a JavaScript object spread does: a name already in
    /// `base` keeps its place and takes the new value, new names go at the end.
    static func merge(_ base: [(name: String, value: String)], _ overrides: KeyValuePairs<String, String>) -> [(name: String, value: String)] {
        var merged = base
        for (name, value) in overrides {
            if let index = merged.firstIndex(where: { $0.name == name }) { merged[index].value = value } else { merged.append((name, value)) }
        }
        return merged
    }
}
