import CDK
import CDKLambda
import CDKSQS

/// Sources that trigger Lambda functions (the AWS CDK's `aws-lambda-event-sources`).
///
/// ```swift
/// try fn.addEventSource(LambdaEventSources.SqsEventSource(queue) { $0.batchSize = 5 })
/// ```
public enum LambdaEventSources {}

extension LambdaEventSources {
    /// The props of an ``SqsEventSource``.
    public struct SqsEventSourceProps: ConstructProps {
        /// The largest number of messages in one invocation: 1 to 10, or up to 10,000 with a
        /// `maxBatchingWindow`.
        ///
        /// Default: no `BatchSize` property (10).
        public var batchSize: Int?
        /// How long messages are gathered before an invocation, up to 5 minutes (not for FIFO queues).
        ///
        /// Default: none.
        public var maxBatchingWindow: Duration?
        /// Whether the function reports which messages of a batch failed.
        ///
        /// Default: `false`.
        public var reportBatchItemFailures = false
        /// Whether the mapping is enabled.
        ///
        /// Default: no `Enabled` property (enabled).
        public var enabled: Bool?
        /// The largest number of concurrent invocations, 2 to 1,000.
        ///
        /// Default: no limit.
        public var maxConcurrency: Int?
        /// Filter criteria: each filter is a pattern object.
        ///
        /// Default: no filtering.
        public var filters: [JSONObject] = []

        /// Props with every member at its default.
        public init() {}
    }

    /// Polls a queue: an event source mapping named `SqsEventSource:<queue unique id>` under the
    /// function, and the consume grant on the queue for the function's role.
    public final class SqsEventSource: Lambda.EventSource {
        /// The queue.
        public let queue: any SQS.QueueRef
        private let props: SqsEventSourceProps

        /// A source for `queue`.
        public init(_ queue: any SQS.QueueRef, _ props: SqsEventSourceProps = SqsEventSourceProps(),
                    configure: (inout SqsEventSourceProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            if let maxBatchingWindow = props.maxBatchingWindow {
                if queue.fifo {
                    throw CDKError("BatchingWindowSupportedQueues", "Batching window is not supported for FIFO queues", at: queue)
                }
                let seconds = try maxBatchingWindow.toSeconds()
                if !Token.isUnresolved(seconds) && seconds > 300 {
                    throw CDKError("MaximumBatchingWindowSecondsLess", "Maximum batching window must be 300 seconds or less (given \(maxBatchingWindow))", at: queue)
                }
            }
            if let batchSize = props.batchSize {
                if props.maxBatchingWindow != nil && !(1...10_000).contains(batchSize) {
                    throw CDKError("MaximumBatchSizeInclusive", "Maximum batch size must be between 1 and 10000 inclusive (given \(batchSize))", at: queue)
                }
                if props.maxBatchingWindow == nil && !(1...10).contains(batchSize) {
                    throw CDKError("MaximumBatchSizeInclusiveGiven", "Maximum batch size must be between 1 and 10 inclusive (given \(batchSize)) when batching window is not specified.", at: queue)
                }
            }
            self.queue = queue
            self.props = props
        }

        public func bind(_ target: any Lambda.FunctionRef) throws {
            var options = Lambda.EventSourceMappingOptions(eventSourceArn: queue.queueArn)
            options.batchSize = props.batchSize
            options.maxBatchingWindow = props.maxBatchingWindow
            options.reportBatchItemFailures = props.reportBatchItemFailures
            options.enabled = props.enabled
            options.maxConcurrency = props.maxConcurrency
            options.filters = props.filters
            try target.addEventSourceMapping("SqsEventSource:\(try Names.nodeUniqueId(queue))", options)
            if target.role != nil { try queue.grantConsumeMessages(target) }
        }
    }
}
