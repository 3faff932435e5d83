import CDK

extension Lambda {
    /// How a function reads from a queue or stream (the AWS CDK's `EventSourceMappingOptions`),
    /// shared by ``EventSourceMappingProps`` and ``FunctionRef/addEventSourceMapping(_:_:)``.
    public struct EventSourceMappingOptions: ConstructProps {
        /// The ARN of the queue or stream.
        public var eventSourceArn: String
        /// The largest number of records in one invocation.
        ///
        /// Default: no `BatchSize` property (the service's default for the source).
        public var batchSize: Int?
        /// Whether a failing batch is split in two and retried.
        ///
        /// Default: no `BisectBatchOnFunctionError` property (not split).
        public var bisectBatchOnError: Bool?
        /// Whether the mapping is enabled.
        ///
        /// Default: no `Enabled` property (enabled).
        public var enabled: Bool?
        /// Where a stream source starts reading.
        ///
        /// Default: none (required for streams).
        public var startingPosition: StartingPosition?
        /// The time to start reading from, in Unix seconds (with `.atTimestamp`).
        ///
        /// Default: none.
        public var startingPositionTimestamp: Double?
        /// Whether the function reports which items of a batch failed.
        ///
        /// Default: `false`.
        public var reportBatchItemFailures = false
        /// How long records are gathered before an invocation, up to 5 minutes.
        ///
        /// Default: no `MaximumBatchingWindowInSeconds` property.
        public var maxBatchingWindow: Duration?
        /// The largest number of concurrent invocations for an SQS source, 2 to 1,000.
        ///
        /// Default: no limit.
        public var maxConcurrency: Int?
        /// How old a stream record may be when it is sent, 60 seconds to 7 days.
        ///
        /// Default: no `MaximumRecordAgeInSeconds` property (no limit).
        public var maxRecordAge: Duration?
        /// How many times a failing stream batch is retried, 0 to 10,000.
        ///
        /// Default: no `MaximumRetryAttempts` property (retried until the record expires).
        public var retryAttempts: Int?
        /// How many batches of one shard are processed at once, 1 to 10.
        ///
        /// Default: no `ParallelizationFactor` property (1).
        public var parallelizationFactor: Int?
        /// The size of the tumbling window of stream aggregation, up to 15 minutes.
        ///
        /// Default: no window.
        public var tumblingWindow: Duration?
        /// Filter criteria: each filter is a pattern object, as the Lambda API takes it.
        ///
        /// Default: no filtering.
        public var filters: [JSONObject] = []

        /// Options reading from `eventSourceArn`.
        public init(eventSourceArn: String) {
            self.eventSourceArn = eventSourceArn
        }
    }

    /// The props of an ``EventSourceMapping``. They extend ``EventSourceMappingOptions``.
    public struct EventSourceMappingProps: ConstructProps, ExtendingOptions {
        /// The function that receives the records.
        public var target: any FunctionRef
        /// The source and how it is read.
        public var options: EventSourceMappingOptions

        /// Props of a mapping from `options.eventSourceArn` to `target`.
        public init(target: any FunctionRef, options: EventSourceMappingOptions) {
            self.target = target
            self.options = options
        }
    }

    /// A function reading from a queue or stream (`AWS::Lambda::EventSourceMapping`). Event
    /// sources (`CDKLambdaEventSources`) create it; create it directly for other sources.
    public final class EventSourceMapping: Resource {
        /// The mapping's CloudFormation resource.
        public let cfnEventSourceMapping: CfnEventSourceMapping

        /// A mapping from `props.eventSourceArn` to `props.target`.
        public init(_ scope: Construct, _ id: String, _ props: EventSourceMappingProps,
                    configure: (inout EventSourceMappingProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            let seconds = try Self.validatedSeconds(props.options, at: this)
            cfnEventSourceMapping = try CfnEventSourceMapping(
                this, "Resource",
                batchSize: props.batchSize.map(Double.init),
                bisectBatchOnFunctionError: props.bisectBatchOnError,
                enabled: props.enabled,
                eventSourceArn: props.eventSourceArn,
                filterCriteria: props.filters.isEmpty ? nil : .init(filters: props.filters.map { .init(pattern: JSONWriter.compact(.object($0))) }),
                functionName: props.target.functionName,
                functionResponseTypes: props.reportBatchItemFailures ? ["ReportBatchItemFailures"] : nil,
                maximumBatchingWindowInSeconds: seconds.batchingWindow,
                maximumRecordAgeInSeconds: seconds.recordAge,
                maximumRetryAttempts: props.retryAttempts.map(Double.init),
                parallelizationFactor: props.parallelizationFactor.map(Double.init),
                scalingConfig: props.maxConcurrency.map { .init(maximumConcurrency: Double($0)) },
                startingPosition: props.startingPosition?.rawValue,
                startingPositionTimestamp: props.startingPositionTimestamp,
                tumblingWindowInSeconds: seconds.tumblingWindow)
            try super.init(this)
        }

        /// The mapping's id.
        public var eventSourceMappingId: String { cfnEventSourceMapping.ref }

        /// Checks the options as the AWS CDK does and returns the durations in seconds.
        private static func validatedSeconds(_ options: EventSourceMappingOptions, at this: ConstructScope) throws
            -> (batchingWindow: Double?, recordAge: Double?, tumblingWindow: Double?) {
            let batchingWindow = try options.maxBatchingWindow?.toSeconds()
            if let batchingWindow, !Token.isUnresolved(batchingWindow), batchingWindow > 300 {
                throw CDKError("InvalidMaxBatchingWindow", "maxBatchingWindow cannot be over 300 seconds, got \(JSONWriter.formatNumber(batchingWindow))", at: this)
            }
            if let concurrency = options.maxConcurrency, !(2...1000).contains(concurrency) {
                throw CDKError("InvalidMaxConcurrency", "maxConcurrency must be between 2 and 1000 concurrent instances, got \(concurrency)", at: this)
            }
            let recordAge = try options.maxRecordAge?.toSeconds()
            if let recordAge, !Token.isUnresolved(recordAge), !(60...604_800).contains(recordAge) {
                throw CDKError("InvalidMaxRecordAge", "maxRecordAge must be between 60 seconds and 7 days inclusive, got \(options.maxRecordAge?.description ?? "")", at: this)
            }
            if let attempts = options.retryAttempts, !(0...10_000).contains(attempts) {
                throw CDKError("InvalidRetryAttempts", "retryAttempts must be between 0 and 10000 inclusive, got \(attempts)", at: this)
            }
            if let factor = options.parallelizationFactor, !(1...10).contains(factor) {
                throw CDKError("InvalidParallelizationFactor", "parallelizationFactor must be between 1 and 10 inclusive, got \(factor)", at: this)
            }
            let tumblingWindow = try options.tumblingWindow?.toSeconds()
            if let tumblingWindow, !Token.isUnresolved(tumblingWindow), tumblingWindow > 900 {
                throw CDKError("InvalidTumblingWindow", "tumblingWindow cannot be over 900 seconds, got \(JSONWriter.formatNumber(tumblingWindow))", at: this)
            }
            if options.startingPosition == .atTimestamp && options.startingPositionTimestamp == nil {
                throw CDKError("StartingPositionTimestampRequired", "startingPositionTimestamp must be provided when startingPosition is AT_TIMESTAMP", at: this)
            }
            if options.startingPosition != .atTimestamp && options.startingPositionTimestamp != nil {
                throw CDKError("StartingPositionTimestampNotAllowed", "startingPositionTimestamp can only be used when startingPosition is AT_TIMESTAMP", at: this)
            }
            return (batchingWindow, recordAge, tumblingWindow)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKLambda.Lambda.EventSourceMapping") }
    }
}

extension Lambda.FunctionRef {
    /// Adds a mapping from `options.eventSourceArn` to this function (child `id`).
    @discardableResult
    public func addEventSourceMapping(_ id: String, _ options: Lambda.EventSourceMappingOptions) throws -> Lambda.EventSourceMapping {
        try Lambda.EventSourceMapping(self, id, .init(target: self, options: options))
    }
}
