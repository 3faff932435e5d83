import CDK
import CDKDynamoDB
import CDKLambda
import CDKS3
import CDKSNS

/// Port of ../shared/conformance/02-cross-stack-grants/app.py: resources in one stack, a function
/// in another that is granted access to them (exports, Fn::ImportValue, stack dependencies, grants).
enum CrossStackGrants {
    static func synthesize(to outdir: String) throws {
        let app = try App(outdir: outdir)
        let storage = try Stack(app, "Storage")
        let bucket = try S3.Bucket(storage, "Data") { $0.versioned = true }
        let table = try DynamoDB.Table(storage, "Table", .init(partitionKey: DynamoDB.Attribute(name: "pk", type: .string), sortKey: DynamoDB.Attribute(name: "sk", type: .number))) {
            $0.billingMode = .payPerRequest
        }
        let topic = try SNS.Topic(storage, "Events")

        let compute = try Stack(app, "Compute")
        let fn = try Lambda.Function(compute, "Worker", .init(runtime: .python312, handler: "index.handler", code: .fromInline("def handler(event, context):\n    return {}"))) {
            $0.memorySize = 256
            $0.timeout = .seconds(10)
            $0.environment = ["TABLE_NAME": table.tableName, "BUCKET": bucket.bucketName]
        }
        try bucket.grantRead(fn)
        try table.grantReadWriteData(fn)
        try topic.grantPublish(fn)
        _ = try CfnOutput(compute, "WorkerArn", value: fn.functionArn)
        try app.synth()
    }
}
