import CDK
import CDKDynamoDB
import CDKLambda

extension LambdaEventSources {
    /// What every stream source has (the AWS CDK's `BaseStreamEventSourceProps`).
    public struct BaseStreamEventSourceProps: ConstructProps, Sendable {
        /// Where the function starts reading.
        public var startingPosition: Lambda.StartingPosition
        /// The largest number of records in one invocation, 1 to 10,000.
        ///
        /// Default: 100.
        public var batchSize: Int?
        /// How long records are gathered before an invocation, up to 5 minutes.
        ///
        /// Default: none.
        public var maxBatchingWindow: Duration?
        /// Whether the mapping is enabled.
        ///
        /// Default: no `Enabled` property (enabled).
        public var enabled: Bool?

        /// Props starting at `startingPosition`.
        public init(startingPosition: Lambda.StartingPosition) {
            self.startingPosition = startingPosition
        }
    }

    /// The props of stream sources that retry and split batches (the AWS CDK's
    /// `StreamEventSourceProps`). They extend ``BaseStreamEventSourceProps``.
    public struct StreamEventSourceProps: ConstructProps, ExtendingOptions {
        /// Starting position, batch size, batching window and state.
        public var options: BaseStreamEventSourceProps
        /// Whether a failing batch is split in two and retried.
        ///
        /// Default: no `BisectBatchOnFunctionError` property (not split).
        public var bisectBatchOnError: Bool?
        /// How old a record may be when it is sent, 60 seconds to 7 days.
        ///
        /// Default: no limit.
        public var maxRecordAge: Duration?
        /// How many times a failing batch is retried, 0 to 10,000.
        ///
        /// Default: retried until the record expires.
        public var retryAttempts: Int?
        /// How many batches of one shard are processed at once, 1 to 10.
        ///
        /// Default: 1.
        public var parallelizationFactor: Int?
        /// Whether the function reports which records of a batch failed.
        ///
        /// Default: `false`.
        public var reportBatchItemFailures = false
        /// The size of the tumbling window of aggregation, up to 15 minutes.
        ///
        /// Default: no window.
        public var tumblingWindow: Duration?
        /// Filter criteria: each filter is a pattern object.
        ///
        /// Default: no filtering.
        public var filters: [JSONObject] = []

        /// Props starting at `startingPosition`.
        public init(startingPosition: Lambda.StartingPosition) {
            options = BaseStreamEventSourceProps(startingPosition: startingPosition)
        }

        /// The mapping options these props stand for, reading from `eventSourceArn`.
        func mappingOptions(eventSourceArn: String) -> Lambda.EventSourceMappingOptions {
            var mapping = Lambda.EventSourceMappingOptions(eventSourceArn: eventSourceArn)
            mapping.startingPosition = options.startingPosition
            mapping.batchSize = options.batchSize ?? 100
            mapping.maxBatchingWindow = options.maxBatchingWindow
            mapping.enabled = options.enabled
            mapping.bisectBatchOnError = bisectBatchOnError
            mapping.maxRecordAge = maxRecordAge
            mapping.retryAttempts = retryAttempts
            mapping.parallelizationFactor = parallelizationFactor
            mapping.reportBatchItemFailures = reportBatchItemFailures
            mapping.tumblingWindow = tumblingWindow
            mapping.filters = filters
            return mapping
        }
    }

    /// The props of a ``DynamoEventSource``. They extend ``StreamEventSourceProps``.
    public struct DynamoEventSourceProps: ConstructProps, ExtendingOptions {
        /// How the stream is read.
        public var options: StreamEventSourceProps

        /// Props starting at `startingPosition`.
        public init(startingPosition: Lambda.StartingPosition) {
            options = StreamEventSourceProps(startingPosition: startingPosition)
        }
    }

    /// Reads a table's stream: an event source mapping named `DynamoDBEventSource:<table unique
    /// id>` under the function (batch size 100 by default, as in the AWS CDK) and the stream read
    /// grant for the function's role.
    public final class DynamoEventSource: Lambda.EventSource {
        /// The table.
        public let table: any DynamoDB.TableRef
        private let props: DynamoEventSourceProps

        /// A source for `table`'s stream.
        public init(_ table: any DynamoDB.TableRef, _ props: DynamoEventSourceProps,
                    configure: (inout DynamoEventSourceProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            if let batchSize = props.batchSize, !(1...10_000).contains(batchSize) {
                throw CDKError(code: "MaximumBatchSizeInclusiveGiven", message: "Maximum batch size must be between 1 and 10000 inclusive (given \(batchSize))",
                               path: (table as? Construct)?.node.path)
            }
            self.table = table
            self.props = props
        }

        public func bind(_ target: any Lambda.FunctionRef) throws {
            guard let tableConstruct = table as? Construct else {
                throw CDKError("DynamoStreamsEnabledTable", "DynamoEventSource needs a table construct", at: target)
            }
            guard let streamArn = table.tableStreamArn else {
                throw CDKError("DynamoStreamsEnabledTable", "DynamoDB Streams must be enabled on the table \(tableConstruct.node.path)", at: tableConstruct)
            }
            try target.addEventSourceMapping("DynamoDBEventSource:\(try Names.nodeUniqueId(tableConstruct))",
                                             props.options.mappingOptions(eventSourceArn: streamArn))
            try table.grantStreamRead(target)
        }
    }
}
