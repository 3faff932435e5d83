import CDK
import CDKLambda

/// The ingest service in two environments, built from one set of props changed per environment.
public enum IngestApp {
    /// Adds the `Dev` and `Prod` stacks to `app`.
    public static func build(in app: App) throws {
        var handler = Lambda.FunctionOptions()
        handler.timeout = .seconds(30)

        for (name, memorySize) in [("Dev", 256), ("Prod", 1024)] {
            let stack = try Stack(app, name)
            let storage = try Storage(stack, "Storage") { $0.versioned = name == "Prod" }
            let ingest = try Ingest(stack, "Ingest", .init(storage: storage)) {
                $0.options = handler
                $0.memorySize = memorySize
            }
            _ = try CfnOutput(stack, "QueueUrl", value: ingest.queue.queueUrl)
        }
    }
}
