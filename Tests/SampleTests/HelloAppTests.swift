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

    @Test func theBucketIsVersionedPrivateAndKept() throws {
        let (_, stacks) = try build()
        let template = try Template(stacks.storage)
        try template.hasResourceProperties("AWS::S3::Bucket", [
            "VersioningConfiguration": ["Status": "Enabled"],
            "PublicAccessBlockConfiguration": Match.objectEquals([
                "BlockPublicAcls": true, "BlockPublicPolicy": true, "IgnorePublicAcls": true, "RestrictPublicBuckets": true,
            ]),
        ])
        try template.hasResource("AWS::S3::Bucket", ["DeletionPolicy": "Retain", "UpdateReplacePolicy": "Retain"])
        try template.hasResourceProperties("AWS::S3::BucketPolicy", [
            "PolicyDocument": ["Statement": [Match.objectLike(["Effect": "Deny", "Condition": ["Bool": ["aws:SecureTransport": "false"]]])]],
        ])
    }

    @Test func theReaderGetsTheBucketFromTheOtherStack() throws {
        let (_, stacks) = try build()
        let storage = try Template(stacks.storage)
        let processing = try Template(stacks.processing)
        let bucketName = Capture()
        try storage.hasOutput("*", ["Value": ["Ref": .json(.string(try storage.logicalId(of: stacks.uploads)))], "Export": ["Name": bucketName]])
        try processing.hasResourceProperties("AWS::Lambda::Function", [
            "Runtime": "python3.12",
            "Environment": ["Variables": ["BUCKET": ["Fn::ImportValue": .json(.string(try bucketName.asString()))]]],
        ])
        #expect(stacks.processing.dependencies.map(\.stackName) == ["HelloStorage"])
    }

    @Test func theGrantAllowsReadingOnly() throws {
        let (_, stacks) = try build()
        let processing = try Template(stacks.processing)
        try processing.hasResourceProperties("AWS::IAM::Policy", [
            "PolicyDocument": ["Statement": [Match.objectLike([
                "Action": ["s3:GetObject*", "s3:GetBucket*", "s3:List*"],
                "Effect": "Allow",
            ])]],
        ])
        #expect(try processing.findResources("AWS::IAM::Policy").count == 1)
    }

    @Test func theReaderNameIsAnOutput() throws {
        let (_, stacks) = try build()
        try Template(stacks.processing).hasOutput("ReaderName", ["Value": ["Ref": .json(.string(try Template(stacks.processing).logicalId(of: stacks.reader)))], "Description": Match.anyValue()])
    }

    // MARK: Validation

    @Test func synthesizesWithoutWarnings() throws {
        let (app, _) = try build()
        _ = try expectNoWarnings(app)
    }

    @Test func templatesPassCfnLint() throws {
        let (_, stacks) = try build()
        // W3005: cfn-lint finds the function's DependsOn on its role redundant; the AWS CDK writes it so.
        for stack in [stacks.storage, stacks.processing] {
            let result = try lint(stack, ignoreChecks: ["W3005"])
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
