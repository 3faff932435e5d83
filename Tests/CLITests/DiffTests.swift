import CDK
@testable import CDKCLI
import CDKDiff
import Foundation
import Testing

/// `swift-cdk diff`.
@Suite struct DiffTests {
    /// A copy of conformance case 02 whose bucket gets a name and whose table gets another key.
    static func modifiedCopy() throws -> String {
        let copy = try temporaryDirectory() + "/changed"
        try FileManager.default.copyItem(atPath: Paths.conformance("02-cross-stack-grants"), toPath: copy)
        let path = copy + "/Storage.template.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "\"VersioningConfiguration\": {", with: "\"BucketName\": \"uploads-2024\",\n    \"VersioningConfiguration\": {")
            .replacingOccurrences(of: "\"BillingMode\": \"PAY_PER_REQUEST\"", with: "\"BillingMode\": \"PROVISIONED\"")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return copy
    }

    @Test func comparesTwoAssemblies() throws {
        let result = run(["diff", "--baseline", Paths.conformance("02-cross-stack-grants"), "--current", try Self.modifiedCopy()], in: try temporaryDirectory())
        #expect(result.status == 0)
        #expect(result.output.contains("Stack Storage\nResources\n[~] AWS::S3::Bucket Data Data666C94C7 replace\n └─ [+] BucketName (requires replacement)\n     └─ uploads-2024\n"))
        #expect(result.output.contains("[~] AWS::DynamoDB::Table Table TableCD117FA1\n └─ [~] BillingMode\n     ├─ [-] PAY_PER_REQUEST\n     └─ [+] PROVISIONED"))
        #expect(result.output.contains("Stack Compute\nThere were no differences"))
        #expect(result.output.hasSuffix("✨  Number of stacks with differences: 1\n\n"))
    }

    @Test func twoPathsNeedNoOptionsAndFailExitsOne() throws {
        let result = run(["diff", Paths.conformance("02-cross-stack-grants"), try Self.modifiedCopy(), "--fail"], in: try temporaryDirectory())
        #expect(result.status == 1)
        #expect(result.output.contains("replace"))
        let same = run(["diff", Paths.conformance("02-cross-stack-grants"), Paths.conformance("02-cross-stack-grants"), "--fail"], in: try temporaryDirectory())
        #expect(same.status == 0)
        #expect(same.output.contains("Number of stacks with differences: 0"))
    }

    @Test func jsonReport() throws {
        let result = run(["diff", "--json", "--baseline", Paths.conformance("02-cross-stack-grants"), "--current", try Self.modifiedCopy(), "Storage"], in: try temporaryDirectory())
        let report = try JSONParser.parse(result.output)
        #expect(report["stacks"]?.arrayValue?.count == 1)
        let bucket = report["stacks"]?[0]?["resources"]?.arrayValue?.first { $0["logicalId"] == "Data666C94C7" }
        #expect(bucket?["impact"] == "replace")
        let table = report["stacks"]?[0]?["resources"]?.arrayValue?.first { $0["logicalId"] == "TableCD117FA1" }
        #expect(table?["impact"] == "update")
    }

    @Test func comparesWithThePreviousSynthThenReplacesIt() throws {
        let directory = try temporaryDirectory()
        try FileManager.default.copyItem(atPath: Paths.conformance("02-cross-stack-grants"), toPath: directory + "/cdk.out")
        try write(#"{"app": "\#(copyingApp(try Self.modifiedCopy()))"}"#, to: "cdk.json", in: directory)
        let first = run(["diff"], in: directory)
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output.contains("[~] AWS::S3::Bucket Data Data666C94C7 replace"))
        let written = try String(contentsOfFile: directory + "/cdk.out/Storage.template.json", encoding: .utf8)
        #expect(written.contains("uploads-2024"))
        let second = run(["diff", "--fail"], in: directory)
        #expect(second.status == 0)
        #expect(second.output.contains("There were no differences"))
    }

    @Test func templateBaselineForOneStack() throws {
        let changed = try Self.modifiedCopy()
        let baseline = Paths.conformance("02-cross-stack-grants") + "/Storage.template.json"
        let result = run(["diff", "--app", changed, "--baseline", baseline, "Storage"], in: try temporaryDirectory())
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Stack Storage\nResources\n[~] AWS::S3::Bucket Data Data666C94C7 replace"))
        let ambiguous = run(["diff", "--app", changed, "--baseline", baseline], in: try temporaryDirectory())
        #expect(ambiguous.status == 1)
        #expect(ambiguous.error.contains("A template baseline stands for one stack"))
    }

    @Test func yamlTemplatesWithShortFormIntrinsics() throws {
        let directory = try temporaryDirectory()
        try write("Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Sub '${AWS::StackName}-a'\n", to: "old.yaml", in: directory)
        try write("Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Sub '${AWS::StackName}-b'\n", to: "new.yaml", in: directory)
        let result = run(["diff", "old.yaml", "new.yaml"], in: directory)
        #expect(result.output.contains("Stack new\nResources\n[~] AWS::SQS::Queue Q replace\n └─ [~] QueueName (requires replacement)\n     └─ [~] .Fn::Sub:\n"))
    }

    @Test func reportsExportsStillInUse() throws {
        let root = try temporaryDirectory()
        func app(consumerUsesTopic: Bool) -> (App) throws -> Void {
            { app in
                let storage = try Stack(app, "Storage")
                let topic = try CfnResource(storage, "Topic", type: "AWS::SNS::Topic")
                let compute = try Stack(app, "Compute")
                _ = try CfnResource(compute, "Queue", type: "AWS::SQS::Queue", properties: consumerUsesTopic ? ["QueueName": .string(topic.getAtt("TopicName").toString())] : [:])
            }
        }
        try synthesize(into: root + "/v1", app(consumerUsesTopic: true))
        try synthesize(into: root + "/v2", app(consumerUsesTopic: false))
        let result = run(["diff", "v1", "v2"], in: root)
        #expect(result.output.contains("Exports In Use\n[!] Storage no longer exports Storage:ExportsOutputFnGetAttTopic"))
        #expect(result.output.contains("which Compute imports: CloudFormation will refuse to update Storage (export in use)."))
        #expect(result.output.contains("cdk deploy --exclusively Compute"))
    }

    @Test func coloursOnTerminalsUnlessNoColor() throws {
        let arguments = ["diff", Paths.conformance("02-cross-stack-grants"), try Self.modifiedCopy()]
        #expect(run(arguments, in: try temporaryDirectory(), terminal: true).output.contains("\u{1B}[33m[~]\u{1B}[39m"))
        #expect(!run(arguments, in: try temporaryDirectory(), environment: ["NO_COLOR": "1"], terminal: true).output.contains("\u{1B}["))
        #expect(!run(arguments, in: try temporaryDirectory()).output.contains("\u{1B}["))
    }

    @Test func currentNeedsABaseline() throws {
        let result = run(["diff", "--current", Paths.conformance("01-bucket")], in: try temporaryDirectory())
        #expect(result.status != 0)
        #expect(result.error.contains("--current needs --baseline"))
    }

    @Test func readsResourceTypesAtRunTime() throws {
        let directory = try temporaryDirectory()
        try write(#"{"resourceTypes": {"AWS::DynamoDB::Table": {"createOnlyProperties": ["/properties/BillingMode"]}}}"#, to: "types.json", in: directory)
        let result = run(["diff", "--resource-types", "types.json", Paths.conformance("02-cross-stack-grants"), try Self.modifiedCopy()], in: directory)
        #expect(result.output.contains("[~] AWS::DynamoDB::Table Table TableCD117FA1 replace"))
    }
}
