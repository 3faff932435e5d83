import Testing
@testable import CDK

@Suite struct LogicalIdTests {
    @Test func idsComeFromThePathBelowTheStack() throws {
        let app = try makeApp()
        let stage = try Stage(app, "Prod")
        let stack = try bareStack(app, "S")
        let nestedStack = try Stack(stage, "Inner", synthesizer: BootstraplessSynthesizer())
        let top = try CfnResource(stack, "Top", type: "AWS::SNS::Topic")
        let data = try CfnResource(try Construct(stack, "Data"), "Resource", type: "AWS::S3::Bucket")
        let inStage = try CfnResource(try Construct(nestedStack, "Data"), "Resource", type: "AWS::S3::Bucket")
        let hidden = try CfnResource(try Construct(try Construct(stack, "E"), "Default"), "Resource", type: "AWS::S3::Bucket")
        #expect(try stack.getLogicalId(top) == "Top")
        #expect(try stack.getLogicalId(data) == "Data666C94C7")
        #expect(try nestedStack.getLogicalId(inStage) == "Data666C94C7")
        #expect(try stack.getLogicalId(hidden) == "E80549084")
        #expect(try stack.resolve(.string(data.logicalId)) == "Data666C94C7")
    }

    @Test func overridesAreVerbatimAndResolveLazily() throws {
        let app = try makeApp()
        let stack = try bareStack(app, "S")
        let r = try CfnResource(stack, "R", type: "AWS::SNS::Topic")
        let ref = r.ref
        try r.overrideLogicalId("MyCustomId")
        #expect(try stack.resolve(.string(ref)) == ["Ref": "MyCustomId"])
        #expect(try template(of: stack)["Resources"]?["MyCustomId"] != nil)
    }

    @Test func twoElementsWithOneLogicalIdFailNamingTheSecond() throws {
        let app = try makeApp()
        let stack = try bareStack(app, "S")
        let first = try CfnResource(stack, "First", type: "AWS::SNS::Topic")
        let second = try CfnResource(stack, "Second", type: "AWS::SNS::Topic")
        try first.overrideLogicalId("Shared")
        try second.overrideLogicalId("Shared")
        let error = #expect(throws: CDKError.self) { try app.synth() }
        #expect(error?.code == "DuplicateLogicalId")
        #expect(error?.message.contains("section 'Resources' already contains 'Shared'") == true)
        #expect(error?.message.contains("(the second is 'S/Second')") == true)
    }

    @Test func renamesApplyAfterAllocationAndUnusedRenamesFail() throws {
        let app = try makeApp()
        let stack = try bareStack(app, "S")
        _ = try CfnResource(try Construct(stack, "Data"), "Resource", type: "AWS::S3::Bucket")
        stack.renameLogicalId("Data666C94C7", "LegacyBucket")
        #expect(try template(of: stack)["Resources"]?["LegacyBucket"] != nil)

        let app2 = try makeApp()
        let stack2 = try bareStack(app2, "S")
        _ = try CfnResource(stack2, "R", type: "AWS::SNS::Topic")
        stack2.renameLogicalId("Nope", "Other")
        let error = #expect(throws: CDKError.self) { try app2.synth() }
        #expect(error?.message.hasPrefix("The following Logical IDs were attempted to be renamed, but not found: Nope") == true)
    }

    @Test func overridingAnExportedIdIsAnError() throws {
        let app = try makeApp()
        let producer = try bareStack(app, "P")
        let consumer = try bareStack(app, "C")
        let topic = try CfnResource(producer, "T", type: "AWS::SNS::Topic")
        _ = try CfnResource(consumer, "Sub", type: "AWS::SNS::Subscription", properties: ["TopicArn": .string(topic.ref)])
        try app.synth()
        #expect(throws: CDKError.self) { try topic.overrideLogicalId("Other") }
    }

    @Test func invalidLogicalIdsAreReportedAtSynthesis() throws {
        let app = try makeApp()
        let stack = try bareStack(app, "S")
        let r = try CfnResource(stack, "R", type: "AWS::SNS::Topic")
        try r.overrideLogicalId("not-valid")
        let error = #expect(throws: CDKError.self) { try app.synth() }
        #expect(error?.code == "InvalidLogicalId")
        #expect(error?.message.contains("'not-valid'") == true)
    }
}
