import CDK
import CDKLambda
import CDKLambdaEventSources
import CDKSQS

/// A queue of jobs and the function that processes them into a ``Storage``.
public final class Ingest: Construct {
    /// The queue of jobs.
    public let queue: SQS.Queue
    /// The function that processes them.
    public let handler: Lambda.Function

    /// The props of an ``Ingest``: the storage to write to, and the options of the function,
    /// which are the function's own option group (set `$0.memorySize`, `$0.timeout`, ...).
    public struct Props: ConstructProps, ExtendingOptions {
        /// Where the function writes.
        public var storage: Storage
        /// How the function runs.
        public var options = Lambda.FunctionOptions()

        /// Props of an ingest into `storage`.
        public init(storage: Storage) {
            self.storage = storage
        }
    }

    /// A queue (`Jobs`) and a function (`Handler`) reading it, under `id`.
    public init(_ scope: Construct, _ id: String, _ props: Props, configure: (inout Props) throws -> Void = { _ in }) throws {
        let props = try props.with(configure)
        let this = try ConstructScope(scope, id)
        queue = try SQS.Queue(this, "Jobs") { $0.visibilityTimeout = .seconds(60) }
        let code = Lambda.Code.fromInline("def handler(event, context):\n    return {}")
        handler = try Lambda.Function(this, "Handler", .init(runtime: .python312, handler: "index.handler", code: code,
                                                             options: props.options)) {
            $0.environment = ["TABLE": props.storage.table.tableName, "BUCKET": props.storage.bucket.bucketName]
        }
        try super.init(this)

        try handler.addEventSource(LambdaEventSources.SqsEventSource(queue) { $0.batchSize = 5 })
        try props.storage.bucket.grantRead(handler)
        try props.storage.table.grantReadWriteData(handler)
    }
}
