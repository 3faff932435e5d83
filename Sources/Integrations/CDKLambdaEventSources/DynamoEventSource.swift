import CDK
import CDKDynamoDB
import CDKLambda

extension LambdaEventSources {
    /// Reads a table's stream: an `AWS::Lambda::EventSourceMapping` named
    /// `DynamoDBEventSource:<table unique id>` under the function (batch size 100 by default, as
    /// in the AWS CDK) and the stream read grant for the function's role.
    public final class DynamoEventSource: Lambda.EventSource {
        /// The table.
        public let table: any DynamoDB.TableRef
        private let startingPosition: Lambda.StartingPosition
        private let batchSize: Double?
        private let bisectBatchOnError: Bool?
        private let maxBatchingWindow: Duration?
        private let maxRecordAge: Duration?
        private let retryAttempts: Double?
        private let parallelizationFactor: Double?
        private let reportBatchItemFailures: Bool?
        private let tumblingWindow: Duration?
        private let enabled: Bool?

        /// A source for `table`'s stream; `batchSize` is 1 to 10,000.
        public init(_ table: any DynamoDB.TableRef, startingPosition: Lambda.StartingPosition, batchSize: Double? = nil,
                    bisectBatchOnError: Bool? = nil, maxBatchingWindow: Duration? = nil, maxRecordAge: Duration? = nil,
                    retryAttempts: Double? = nil, parallelizationFactor: Double? = nil, reportBatchItemFailures: Bool? = nil,
                    tumblingWindow: Duration? = nil, enabled: Bool? = nil) throws {
            if let batchSize, !Token.isUnresolved(batchSize), !(1...10_000).contains(batchSize) {
                throw CDKError(code: "MaximumBatchSizeInclusiveGiven", message: "Maximum batch size must be between 1 and 10000 inclusive (given \(JSONWriter.formatNumber(batchSize)))",
                               path: (table as? Construct)?.node.path)
            }
            self.table = table
            self.startingPosition = startingPosition
            self.batchSize = batchSize
            self.bisectBatchOnError = bisectBatchOnError
            self.maxBatchingWindow = maxBatchingWindow
            self.maxRecordAge = maxRecordAge
            self.retryAttempts = retryAttempts
            self.parallelizationFactor = parallelizationFactor
            self.reportBatchItemFailures = reportBatchItemFailures
            self.tumblingWindow = tumblingWindow
            self.enabled = enabled
        }

        public func bind(_ target: any Lambda.FunctionRef) throws {
            guard let tableConstruct = table as? Construct else {
                throw CDKError(code: "DynamoStreamsEnabledTable", message: "DynamoEventSource needs a table construct", path: target.node.path)
            }
            guard let streamArn = table.tableStreamArn else {
                throw CDKError(code: "DynamoStreamsEnabledTable", message: "DynamoDB Streams must be enabled on the table \(tableConstruct.node.path)", path: tableConstruct.node.path)
            }
            _ = try Lambda.CfnEventSourceMapping(
                try Construct(target, "DynamoDBEventSource:\(try Names.nodeUniqueId(tableConstruct))"), "Resource",
                batchSize: batchSize ?? 100, bisectBatchOnFunctionError: bisectBatchOnError, enabled: enabled,
                eventSourceArn: streamArn, functionName: target.functionName,
                functionResponseTypes: reportBatchItemFailures == true ? ["ReportBatchItemFailures"] : nil,
                maximumBatchingWindowInSeconds: try maxBatchingWindow?.toSeconds(),
                maximumRecordAgeInSeconds: try maxRecordAge?.toSeconds(), maximumRetryAttempts: retryAttempts,
                parallelizationFactor: parallelizationFactor, startingPosition: startingPosition.rawValue,
                tumblingWindowInSeconds: try tumblingWindow?.toSeconds())
            try table.grantStreamRead(target)
        }
    }
}
