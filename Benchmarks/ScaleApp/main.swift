// The scale benchmark app: STACKS stacks of UNITS units each. A unit is an SQS queue, a
// DynamoDB table, a Lambda function with inline code granted send on the queue, read/write on
// the table and read on the previous stack's last bucket (a cross-stack reference), and a
// versioned S3 bucket. The same app for the AWS CDK is ../shared/bench/scale_app.js / .py.
// With NETWORK=1 every stack also gets a VPC (the AWS CDK's default layout) and a function in
// it: the network variant, whose AWS CDK version is Benchmarks/reference/scale_app.js.
//
//     STACKS=10 UNITS=40 CDK_OUTDIR=/tmp/out .build/release/ScaleApp
//     NETWORK=1 STACKS=10 UNITS=40 CDK_OUTDIR=/tmp/out .build/release/ScaleApp
//
// Prints the time spent building the tree and synthesizing to standard error.
import CDK
import CDKDynamoDB
import CDKEC2
import CDKLambda
import CDKS3
import CDKSQS
// Only what the app needs: FoundationEssentials (not all of Foundation) for the environment,
// the C library's write(2) for standard error.
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let environment = ProcessInfo.processInfo.environment
let stacks = Int(environment["STACKS"] ?? "10") ?? 10
let units = Int(environment["UNITS"] ?? "10") ?? 10
let network = environment["NETWORK"] == "1"

let clock = ContinuousClock()
let start = clock.now
let app = try App()
var previousBucket: S3.Bucket?
for s in 0..<stacks {
    let stack = try Stack(app, "Stack\(s)")
    var bucket: S3.Bucket?
    for u in 0..<units {
        let queue = try SQS.Queue(stack, "Queue\(u)")
        let table = try DynamoDB.Table(stack, "Table\(u)", .init(partitionKey: DynamoDB.Attribute(name: "pk", type: .string)))
        let function = try Lambda.Function(stack, "Fn\(u)", .init(runtime: .python312, handler: "index.handler", code: .fromInline("def handler(e, c): pass"))) {
            $0.environment = ["QUEUE": queue.queueUrl, "TABLE": table.tableName]
        }
        try queue.grantSendMessages(function)
        try table.grantReadWriteData(function)
        if let previousBucket { try previousBucket.grantRead(function) }
        bucket = try S3.Bucket(stack, "Bucket\(u)") { $0.versioned = true }
    }
    previousBucket = bucket
    if network {
        let vpc = try EC2.Vpc(stack, "Vpc")
        _ = try Lambda.Function(stack, "VpcFn", .init(runtime: .python312, handler: "index.handler", code: .fromInline("def handler(e, c): pass"))) {
            $0.vpc = vpc
        }
    }
}
let built = clock.now
let assembly = try app.synth()
let done = clock.now
let resources = assembly.stacks.reduce(0) { $0 + ($1.template["Resources"]?.objectValue?.count ?? 0) }
/// A duration in seconds with three decimals.
func seconds(_ duration: Swift.Duration) -> String {
    let milliseconds = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
    return "\(milliseconds / 1000).\(String(repeating: "0", count: 3 - String(milliseconds % 1000).count))\(milliseconds % 1000)"
}
var report = "ScaleApp STACKS=\(stacks) UNITS=\(units)\(network ? " NETWORK=1" : ""): \(resources) resources, construction \(seconds(built - start)) s, synthesis \(seconds(done - built)) s\n"
report.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
