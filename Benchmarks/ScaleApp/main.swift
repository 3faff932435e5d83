// The scale benchmark app: STACKS stacks of UNITS units each. A unit is an SQS queue, a
// DynamoDB table, a Lambda function with inline code granted send on the queue, read/write on
// the table and read on the previous stack's last bucket (a cross-stack reference), and a
// versioned S3 bucket. The same app for the AWS CDK is ../shared/bench/scale_app.js / .py.
//
//     STACKS=10 UNITS=40 CDK_OUTDIR=/tmp/out .build/release/ScaleApp
//
// Prints the time spent building the tree and synthesizing to standard error.
import CDK
import CDKDynamoDB
import CDKLambda
import CDKS3
import CDKSQS
import Foundation

let environment = ProcessInfo.processInfo.environment
let stacks = Int(environment["STACKS"] ?? "10") ?? 10
let units = Int(environment["UNITS"] ?? "10") ?? 10

let start = Date()
let app = try App()
var previousBucket: S3.Bucket?
for s in 0..<stacks {
    let stack = try Stack(app, "Stack\(s)")
    var bucket: S3.Bucket?
    for u in 0..<units {
        let queue = try SQS.Queue(stack, "Queue\(u)")
        let table = try DynamoDB.Table(stack, "Table\(u)", partitionKey: DynamoDB.Attribute(name: "pk", type: .string))
        let function = try Lambda.Function(stack, "Fn\(u)", runtime: .python312, handler: "index.handler",
                                           code: .fromInline("def handler(e, c): pass"),
                                           environment: ["QUEUE": queue.queueUrl, "TABLE": table.tableName])
        try queue.grantSendMessages(function)
        try table.grantReadWriteData(function)
        if let previousBucket { try previousBucket.grantRead(function) }
        bucket = try S3.Bucket(stack, "Bucket\(u)", versioned: true)
    }
    previousBucket = bucket
}
let built = Date()
let assembly = try app.synth()
let done = Date()
let resources = assembly.stacks.reduce(0) { $0 + ($1.template["Resources"]?.objectValue?.count ?? 0) }
FileHandle.standardError.write(Data(String(format: "ScaleApp STACKS=%d UNITS=%d: %d resources, construction %.3f s, synthesis %.3f s\n",
                                           stacks, units, resources, built.timeIntervalSince(start), done.timeIntervalSince(built)).utf8))
