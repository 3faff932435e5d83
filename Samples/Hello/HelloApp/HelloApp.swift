import CDK
import CDKLambda
import CDKS3

/// The hello sample: a bucket in one stack, a function in another that reads it. The grant
/// and the function's environment use values of the first stack, which synthesis turns into
/// an export there, an `Fn::ImportValue` here and a deployment order.
public enum HelloApp {
    /// The stacks of the sample and what they hold.
    public struct Stacks {
        /// The storage stack.
        public let storage: Stack
        /// A versioned, private bucket for uploads.
        public let uploads: S3.Bucket
        /// The processing stack.
        public let processing: Stack
        /// A function that reads the uploads.
        public let reader: Lambda.Function
    }

    /// Adds the sample's stacks to `app`.
    @discardableResult
    public static func build(in app: App) throws -> Stacks {
        // Storage: kept when the stack is deleted (the default for buckets), TLS only.
        let storage = try Stack(app, "HelloStorage", description: "The uploads of the hello sample")
        let uploads = try S3.Bucket(storage, "Uploads") {
            $0.versioned = true
            $0.blockPublicAccess = .blockAll
            $0.enforceSSL = true
        }

        // Processing: a function that lists the bucket. Its role may read the bucket and its
        // objects, nothing else; the bucket's name and ARN come from the other stack.
        let processing = try Stack(app, "HelloProcessing", description: "Reads the uploads of the hello sample")
        let code = Lambda.Code.fromInline("""
            import os, boto3
            def handler(event, context):
                listing = boto3.client("s3").list_objects_v2(Bucket=os.environ["BUCKET"])
                return {"objects": listing.get("KeyCount", 0)}
            """)
        let reader = try Lambda.Function(processing, "Reader", .init(runtime: .python312, handler: "index.handler", code: code)) {
            $0.timeout = .seconds(10)
            $0.environment = ["BUCKET": uploads.bucketName]
        }
        try uploads.grantRead(reader)
        _ = try CfnOutput(processing, "ReaderName", value: reader.functionName, description: "Invoke it to count the uploads")

        try Tags.of(app).add("project", "hello")
        return Stacks(storage: storage, uploads: uploads, processing: processing, reader: reader)
    }
}
