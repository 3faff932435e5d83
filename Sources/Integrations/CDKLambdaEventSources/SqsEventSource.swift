import CDK
import CDKLambda
import CDKSQS

/// Sources that trigger Lambda functions (the AWS CDK's `aws-lambda-event-sources`).
///
/// ```swift
/// try fn.addEventSource(LambdaEventSources.SqsEventSource(queue, batchSize: 5))
/// ```
public enum LambdaEventSources {}

extension LambdaEventSources {
    /// Polls a queue: an `AWS::Lambda::EventSourceMapping` named `SqsEventSource:<queue unique id>`
    /// under the function, and the consume grant on the queue for the function's role.
    public final class SqsEventSource: Lambda.EventSource {
        /// The queue.
        public let queue: any SQS.QueueRef
        private let batchSize: Double?
        private let maxBatchingWindow: Duration?
        private let reportBatchItemFailures: Bool
        private let enabled: Bool?
        private let maxConcurrency: Double?

        /// A source for `queue`; `batchSize` is 1 to 10 (up to 10,000 with a batching window).
        public init(_ queue: any SQS.QueueRef, batchSize: Double? = nil, maxBatchingWindow: Duration? = nil,
                    reportBatchItemFailures: Bool = false, enabled: Bool? = nil, maxConcurrency: Double? = nil) throws {
            if let maxBatchingWindow {
                if queue.fifo {
                    throw CDKError(code: "BatchingWindowSupportedQueues", message: "Batching window is not supported for FIFO queues", path: queue.node.path)
                }
                let seconds = try maxBatchingWindow.toSeconds()
                if !Token.isUnresolved(seconds) && seconds > 300 {
                    throw CDKError(code: "MaximumBatchingWindowSecondsLess", message: "Maximum batching window must be 300 seconds or less (given \(maxBatchingWindow))", path: queue.node.path)
                }
            }
            if let batchSize, !Token.isUnresolved(batchSize) {
                let text = JSONWriter.formatNumber(batchSize)
                if maxBatchingWindow != nil && !(1...10_000).contains(batchSize) {
                    throw CDKError(code: "MaximumBatchSizeInclusive", message: "Maximum batch size must be between 1 and 10000 inclusive (given \(text))", path: queue.node.path)
                }
                if maxBatchingWindow == nil && !(1...10).contains(batchSize) {
                    throw CDKError(code: "MaximumBatchSizeInclusiveGiven", message: "Maximum batch size must be between 1 and 10 inclusive (given \(text)) when batching window is not specified.", path: queue.node.path)
                }
            }
            self.queue = queue
            self.batchSize = batchSize
            self.maxBatchingWindow = maxBatchingWindow
            self.reportBatchItemFailures = reportBatchItemFailures
            self.enabled = enabled
            self.maxConcurrency = maxConcurrency
        }

        public func bind(_ target: any Lambda.FunctionRef) throws {
            let mapping = try Lambda.CfnEventSourceMapping(
                try Construct(target, "SqsEventSource:\(try Names.nodeUniqueId(queue))"), "Resource",
                batchSize: batchSize, enabled: enabled, eventSourceArn: queue.queueArn, functionName: target.functionName,
                functionResponseTypes: reportBatchItemFailures ? ["ReportBatchItemFailures"] : nil,
                maximumBatchingWindowInSeconds: try maxBatchingWindow?.toSeconds(),
                scalingConfig: maxConcurrency.map { Lambda.CfnEventSourceMapping.ScalingConfigProperty(maximumConcurrency: $0) })
            _ = mapping
            if target.role != nil { try queue.grantConsumeMessages(target) }
        }
    }
}
