import CDKJSON
import Foundation
import Testing
@testable import CDK

/// The Swift port of Tests/Fixtures/cross-account-references/app.py: references across accounts
/// within one region become `Fn::GetStackOutput` through a role the producing stack publishes,
/// as in the AWS CDK; the templates and the stacks' dependencies must be the AWS CDK's.
@Suite struct CrossAccountReferenceTests {
    static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/cross-account-references/expected")
    static let templates = ["Producer", "ProducerTwo", "ConsumerOne", "ConsumerTwo", "ConsumerThree", "SameAccount"]

    static func port() throws -> App {
        let app = try makeApp()
        let home = Environment(account: "111111111111", region: "us-east-1")
        let producer = try Stack(app, "Producer", env: home)
        let bucket = try CfnResource(producer, "Bucket", type: "AWS::S3::Bucket")
        let queue = try CfnResource(producer, "Queue", type: "AWS::SQS::Queue")
        let named = try Stack(app, "ProducerTwo", env: home, stackName: "second-producer")
        let topic = try CfnResource(named, "Topic", type: "AWS::SNS::Topic")

        let one = try Stack(app, "ConsumerOne", env: Environment(account: "222222222222", region: "us-east-1"))
        _ = try CfnOutput(one, "BucketArn", value: bucket.getAtt("Arn").toString())
        _ = try CfnOutput(one, "QueueUrl", value: queue.ref)
        _ = try CfnOutput(one, "TopicArn", value: topic.ref)
        let two = try Stack(app, "ConsumerTwo", env: Environment(account: "333333333333", region: "us-east-1"))
        _ = try CfnOutput(two, "BucketName", value: bucket.ref)
        _ = try CfnOutput(two, "BucketArn", value: bucket.getAtt("Arn").toString())
        let three = try Stack(app, "ConsumerThree", env: Environment(account: "222222222222", region: "us-east-1"), stackName: "third-consumer")
        _ = try CfnOutput(three, "BucketArn", value: bucket.getAtt("Arn").toString())
        let local = try Stack(app, "SameAccount", env: home)
        _ = try CfnOutput(local, "BucketArn", value: bucket.getAtt("Arn").toString())
        return app
    }

    @Test func templatesAndDependenciesEqualTheAWSCDKs() throws {
        let assembly = try Self.port().synth()
        for name in Self.templates {
            let expectedText = try String(contentsOf: Self.expected.appendingPathComponent("\(name).template.json"), encoding: .utf8)
            let text = try #require(assembly.files.first { $0.name == "\(name).template.json" }?.contents, "\(name)")
            #expect(text == expectedText, "\(name)")
        }
        // A reference across accounts is weak: only the consumer in the producer's account
        // depends on it.
        let manifest = try JSONParser.parse(try #require(assembly.files.first { $0.name == "manifest.json" }?.contents))
        let expectedManifest = try JSONParser.parse(try String(contentsOf: Self.expected.appendingPathComponent("manifest.json"), encoding: .utf8))
        for name in Self.templates {
            #expect(manifest["artifacts"]?[name]?["dependencies"] == expectedManifest["artifacts"]?[name]?["dependencies"], "\(name)")
        }
    }

    @Test func referencesAcrossAccountsAndRegionsAreStillErrors() throws {
        let app = try makeApp()
        let topic = try CfnResource(try Stack(app, "A", env: Environment(account: "111111111111", region: "eu-west-1")), "T", type: "AWS::SNS::Topic")
        _ = try CfnOutput(try Stack(app, "B", env: Environment(account: "222222222222", region: "us-east-1")), "Arn", value: topic.ref)
        let error = #expect(throws: CDKError.self) { try app.synth() }
        #expect(error?.code == "CrossEnvironmentReference")
        #expect(error?.message.contains("across regions they are not yet") == true)
    }

    @Test func aConsumerWithAnotherSynthesizerIsAnError() throws {
        let app = try makeApp()
        let topic = try CfnResource(try Stack(app, "A", env: Environment(account: "111111111111", region: "eu-west-1")), "T", type: "AWS::SNS::Topic")
        let consumer = try Stack(app, "B", env: Environment(account: "222222222222", region: "eu-west-1"), synthesizer: BootstraplessSynthesizer())
        _ = try CfnOutput(consumer, "Arn", value: topic.ref)
        let error = #expect(throws: CDKError.self) { try app.synth() }
        #expect(error?.code == "CrossAccountReferenceSynthesizer")
        #expect(error?.path == "B/Arn")
    }
}
