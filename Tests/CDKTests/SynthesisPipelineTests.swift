import Testing
@testable import CDK

/// The order of the steps of `Synthesis.run`: a template is rendered from what the constructs
/// hold after every step that may change them, references resolved before.
@Suite struct SynthesisPipelineTests {
    /// Overrides a property of `queue` in `prepare`, after references are resolved.
    private final class OverridingSynthesizer: StackSynthesizer {
        let change: () -> Void
        init(_ change: @escaping () -> Void) { self.change = change }
        func bind(_ stack: Stack) {}
        func prepare(_ stack: Stack) throws { change() }
        func synthesize(_ stack: Stack, into session: SynthesisSession) throws {
            let written = try session.writeTemplate(of: stack)
            try session.addStackArtifact(stack, template: written.template, properties: [:], additionalDependencies: [])
        }
    }

    @Test func anOverrideMadeInPrepareIsInTheTemplate() throws {
        let app = try makeApp()
        let producer = try bareStack(app, "Producer")
        let bucket = try CfnResource(producer, "Bucket", type: "AWS::S3::Bucket")
        var queue: CfnResource?
        let consumer = try Stack(app, "Consumer", synthesizer: OverridingSynthesizer { queue?.addPropertyOverride("VisibilityTimeout", 99) })
        queue = try CfnResource(consumer, "Queue", type: "AWS::SQS::Queue", properties: [
            "QueueName": .string(bucket.getAtt("Arn").toString()),
        ])
        let template = try #require(try app.synth().stack("Consumer")?.template)
        #expect(template["Resources"]?["Queue"]?["Properties"] == [
            "QueueName": ["Fn::ImportValue": "Producer:ExportsOutputFnGetAttBucketArn436138FE"],
            "VisibilityTimeout": 99,
        ])
    }

    @Test func aLazyValueReadsTheStateOfWhenTheTemplateIsRendered() throws {
        let app = try makeApp()
        let producer = try bareStack(app, "Producer")
        let bucket = try CfnResource(producer, "Bucket", type: "AWS::S3::Bucket")
        var retention = 60
        let consumer = try Stack(app, "Consumer", synthesizer: OverridingSynthesizer { retention = 120 })
        _ = try CfnResource(consumer, "Queue", type: "AWS::SQS::Queue", properties: [
            "QueueName": .string(bucket.getAtt("Arn").toString()),
            "MessageRetentionPeriod": .number(Lazy.uncachedNumber { Double(retention) }),
        ])
        let template = try #require(try app.synth().stack("Consumer")?.template)
        #expect(template["Resources"]?["Queue"]?["Properties"]?["MessageRetentionPeriod"] == 120)
    }

    @Test func aLogicalIdOverriddenInPrepareIsUsedByTheReferencesInTheStack() throws {
        let app = try makeApp()
        var bucket: CfnResource?
        let stack = try Stack(app, "S", synthesizer: OverridingSynthesizer { try? bucket?.overrideLogicalId("Renamed") })
        bucket = try CfnResource(stack, "Bucket", type: "AWS::S3::Bucket")
        let arn = try #require(bucket).getAtt("Arn").toString()
        _ = try CfnResource(stack, "Queue", type: "AWS::SQS::Queue", properties: ["QueueName": .string(arn)])
        let template = try #require(try app.synth().stack("S")?.template)
        #expect(template["Resources"]?["Renamed"] != nil)
        #expect(template["Resources"]?["Queue"]?["Properties"]?["QueueName"] == ["Fn::GetAtt": ["Renamed", "Arn"]])
    }
}
