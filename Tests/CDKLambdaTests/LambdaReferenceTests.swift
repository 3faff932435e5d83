import CDK
import CDKAssertions
import CDKIAM
import CDKLambda
import CDKLambdaEventSources
import CDKSNS
import CDKSQS
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/lambda-reference/app.py must synthesize the AWS CDK's
/// template and asset manifest.
@Suite struct LambdaReferenceTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/lambda-reference")

    @Test func templateEqualsTheAWSCDKs() throws {
        let outdir = FileManager.default.temporaryDirectory.appendingPathComponent("lambda-ref-\(UUID())")
        defer { try? FileManager.default.removeItem(at: outdir) }
        let app = try App(outdir: outdir.path, environment: [:])
        let stack = try Stack(app, "Functions")
        let queue = try SQS.Queue(stack, "Jobs")
        let topic = try SNS.Topic(stack, "Events")
        let fn = try Lambda.Function(stack, "Worker", .init(runtime: .python312, handler: "index.handler", code: .fromInline("def handler(event, context):\n    return {}"))) {
            $0.memorySize = 512
            $0.timeout = .seconds(30)
            $0.environment = ["STAGE": "prod", "A_FIRST": "1"]
            $0.description = "Processes jobs"
            $0.functionName = "worker-fn"
            $0.tracing = .passThrough
            $0.reservedConcurrentExecutions = 5
            $0.deadLetterQueueEnabled = true
            $0.architecture = .arm64
            $0.initialPolicy = [IAM.PolicyStatement(actions: ["s3:ListAllMyBuckets"], resources: ["*"])]
        }
        try fn.addEnvironment("ADDED", "later")
        try fn.addEventSource(try LambdaEventSources.SqsEventSource(queue) { $0.batchSize = 5 })
        try fn.addEventSource(LambdaEventSources.SnsEventSource(topic))
        let caller = try IAM.Role(stack, "Caller", .init(assumedBy: IAM.AccountPrincipal(Aws.accountId)))
        try fn.grantInvoke(caller)
        try fn.grantInvoke(IAM.ServicePrincipal("apigateway.amazonaws.com"))
        try fn.addPermission("AllowS3", Lambda.Permission(principal: IAM.ServicePrincipal("s3.amazonaws.com"), sourceAccount: "123456789012"))
        let role = try IAM.Role(stack, "Given", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        let assetFn = try Lambda.Function(stack, "FromAsset", .init(runtime: .nodejs22X, handler: "index.handler", code: .fromAsset(Self.fixtures.appendingPathComponent("handler").path))) {
            $0.role = role
        }
        let version = try Lambda.Version(stack, "V1", .init(lambda: assetFn))
        _ = try Lambda.Alias(stack, "Live", .init(aliasName: "live", version: version))

        let expectedText = try String(contentsOf: Self.fixtures.appendingPathComponent("expected/Functions.template.json"), encoding: .utf8)
        let assembly = try app.synth()
        let actual = assembly.files.first { $0.name == "Functions.template.json" }?.contents
        #expect(assembly.stack("Functions")?.template == (try JSONParser.parse(expectedText)))
        #expect(actual == expectedText)
        // The asset (its hash, packaging and destination) and the template's own entry.
        let expectedAssets = try String(contentsOf: Self.fixtures.appendingPathComponent("expected/Functions.assets.json"), encoding: .utf8)
        let actualAssets = assembly.files.first { $0.name == "Functions.assets.json" }?.contents
        #expect(actualAssets.map { try? JSONParser.parse($0) } == (try JSONParser.parse(expectedAssets)))
    }
}
