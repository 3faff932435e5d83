import CDK
import CDKAssertions
import HelloApp
import Testing

/// The hello sample, tested the three ways docs/testing.md describes.
@Suite struct HelloAppTests {
    private func build() throws -> (App, HelloApp.Stacks) {
        let app = try App(context: [ContextKeys.defaultCrossStackReferences: "strong"], environment: [:])
        return (app, try HelloApp.build(in: app))
    }

    // MARK: Snapshot

    @Test func snapshot() throws {
        let (app, _) = try build()
        try assertSnapshot(of: app)
    }

    // MARK: Fine-grained

    @Test func bucketVersioningFollowsTheStageParameter() throws {
        let (_, stacks) = try build()
        let template = try Template(stacks.storage)
        try template.hasParameter("Stage", ["AllowedValues": ["dev", "prod"], "Default": "dev"])
        try template.hasCondition("IsProd", ["Fn::Equals": [["Ref": "Stage"], "prod"]])
        try template.hasResourceProperties("AWS::S3::Bucket", [
            "VersioningConfiguration": ["Status": ["Fn::If": ["IsProd", "Enabled", "Suspended"]]],
        ])
        try template.hasResource("AWS::S3::Bucket", ["DeletionPolicy": "Retain", "UpdateReplacePolicy": "Retain"])
    }

    @Test func theQueueSubscribesToTheTopicOfTheOtherStack() throws {
        let (_, stacks) = try build()
        let storage = try Template(stacks.storage)
        let processing = try Template(stacks.processing)
        let exportName = Capture()
        try storage.hasOutput("*", ["Value": ["Ref": "NewUploads"], "Export": ["Name": exportName]])
        try processing.hasResourceProperties("AWS::SNS::Subscription", [
            "Protocol": "sqs",
            "TopicArn": ["Fn::ImportValue": .json(.string(try exportName.asString()))],
            "Endpoint": ["Fn::GetAtt": ["Work", "Arn"]],
        ])
        #expect(stacks.processing.dependencies.map(\.stackName) == ["HelloStorage"])
    }

    @Test func theQueueUrlIsAnOutput() throws {
        let (_, stacks) = try build()
        try Template(stacks.processing).hasOutput("QueueUrl", ["Value": ["Ref": "Work"], "Description": Match.anyValue()])
    }

    // MARK: Validation

    @Test func synthesizesWithoutWarnings() throws {
        let (app, _) = try build()
        _ = try expectNoWarnings(app)
    }

    @Test func templatesPassCfnLint() throws {
        let (_, stacks) = try build()
        for stack in [stacks.storage, stacks.processing] {
            let result = try lint(stack)
            if case .skipped(let reason) = result { print("cfn-lint skipped: \(reason)") }
        }
    }

    @Test func buildingTheSampleTwiceInOneAppIsAnError() throws {
        let (app, _) = try build()
        try expectError(message: "There is already a Construct with name 'HelloStorage'") {
            try HelloApp.build(in: app)
        }
    }
}
