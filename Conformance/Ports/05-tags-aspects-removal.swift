import CDK
import CDKDynamoDB
import CDKLogs
import CDKS3

/// Port of ../shared/conformance/05-tags-aspects-removal/app.py: tags at app and stack level,
/// an aspect that edits every L1 bucket, removal policies and stack options.
enum TagsAspectsRemoval {
    /// Turns on versioning for every `AWS::S3::Bucket` it visits.
    final class EnableVersioning: Aspect {
        func visit(_ node: Construct) throws {
            if let bucket = node as? S3.CfnBucket {
                bucket.versioningConfiguration = .init(status: "Enabled")
            }
        }
    }

    static func synthesize(to outdir: String) throws {
        let app = try App(outdir: outdir)
        let stack = try Stack(app, "Tagged", description: "Tags and aspects", terminationProtection: true)
        try Tags.of(app).add("team", "platform")
        try Tags.of(stack).add("cost-center", "1234")
        _ = try S3.Bucket(stack, "Scratch") { $0.removalPolicy = .destroy }
        _ = try S3.Bucket(stack, "Archive")
        let table = try DynamoDB.Table(stack, "Sessions", .init(partitionKey: .init(name: "id", type: .string))) {
            $0.timeToLiveAttribute = "expires"
            $0.removalPolicy = .destroy
        }
        try Tags.of(table).add("data", "ephemeral")
        _ = try Logs.LogGroup(stack, "AppLogs") { $0.retention = .oneWeek }
        Aspects.of(stack).add(EnableVersioning())
        try app.synth()
    }
}
