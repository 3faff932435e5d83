import CDK
import CDKCloudWatch

extension DynamoDB {
    /// A DynamoDB API operation, as the `Operation` dimension of the table's metrics names it.
    public enum Operation: String, Sendable, CaseIterable {
        /// `GetItem`
        case getItem = "GetItem"
        /// `BatchGetItem`
        case batchGetItem = "BatchGetItem"
        /// `Scan`
        case scan = "Scan"
        /// `Query`
        case query = "Query"
        /// `GetRecords`
        case getRecords = "GetRecords"
        /// `PutItem`
        case putItem = "PutItem"
        /// `DeleteItem`
        case deleteItem = "DeleteItem"
        /// `UpdateItem`
        case updateItem = "UpdateItem"
        /// `BatchWriteItem`
        case batchWriteItem = "BatchWriteItem"
        /// `TransactWriteItems`
        case transactWriteItems = "TransactWriteItems"
        /// `TransactGetItems`
        case transactGetItems = "TransactGetItems"
        /// `ExecuteTransaction`
        case executeTransaction = "ExecuteTransaction"
        /// `BatchExecuteStatement`
        case batchExecuteStatement = "BatchExecuteStatement"
        /// `ExecuteStatement`
        case executeStatement = "ExecuteStatement"
    }

    /// Metric options for the sum of a metric over operations (the AWS CDK's
    /// `SystemErrorsForOperationsMetricOptions`). They extend `CloudWatch.MetricOptions`.
    public struct SystemErrorsForOperationsMetricOptions: ConstructProps, ExtendingOptions, Sendable {
        /// The operations summed.
        ///
        /// Default: every ``Operation``, in the order of its cases.
        public var operations: [Operation]?
        /// Period, statistic and rendering of the summed metrics; `dimensionsMap` adds dimensions
        /// to each of them (an `Operation` dimension is not allowed: use `operations`).
        public var options = CloudWatch.MetricOptions()

        /// Options over `operations`, with `options` for every summed metric.
        public init(operations: [Operation]? = nil, options: CloudWatch.MetricOptions = .init()) {
            self.operations = operations
            self.options = options
        }
    }

    /// Metric options for the sum of throttled requests over operations (the AWS CDK's
    /// `OperationsMetricOptions`). They extend ``SystemErrorsForOperationsMetricOptions``.
    public struct OperationsMetricOptions: ConstructProps, ExtendingOptions, Sendable {
        /// Operations, period, statistic and rendering.
        public var options: SystemErrorsForOperationsMetricOptions

        /// Options over `operations`, with `options` for every summed metric.
        public init(operations: [Operation]? = nil, options: CloudWatch.MetricOptions = .init()) {
            self.options = SystemErrorsForOperationsMetricOptions(operations: operations, options: options)
        }
    }
}
