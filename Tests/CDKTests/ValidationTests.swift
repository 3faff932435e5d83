import Testing
@testable import CDK

@Suite struct ValidationTests {
    @Test func allErrorsAreReportedTogetherWithTheirPaths() throws {
        let app = try makeApp()
        let stack = try bareStack(app, "S")
        let b = try Construct(stack, "B")
        let stack2 = try bareStack(app, "S2")
        stack.node.addValidation { ["stack problem"] }
        b.node.addValidation { ["first problem", "second problem"] }
        stack2.node.addValidation { ["other stack problem"] }
        let error = #expect(throws: ValidationError.self) { try app.synth() }
        #expect(error?.description == """
            Validation failed with the following errors:
              [S] stack problem
              [S/B] first problem
              [S/B] second problem
              [S2] other stack problem
            """)
    }

    @Test func annotationsAreRecordedButDoNotFailSynthesis() throws {
        let app = try makeApp()
        let stack = try bareStack(app, "S")
        let r = try CfnResource(stack, "R", type: "AWS::SNS::Topic")
        Annotations.of(r).addError("broken")
        Annotations.of(r).addWarning("careful")
        Annotations.of(r).addInfo("fyi")
        Annotations.of(r).addWarningV2("lib:w1", "acknowledge me")
        Annotations.of(r).addWarningV2("lib:w2", "keep me")
        Annotations.of(stack).acknowledgeWarning("lib:w1", "known")
        Annotations.of(stack).acknowledgeWarning("lib:w3")
        Annotations.of(r).addWarningV2("lib:w3", "acknowledged in advance")
        let messages = try app.synth().messages
        #expect(messages.map(\.description) == [
            "[Error at /S/R] broken", "[Warning at /S/R] careful", "[Info at /S/R] fyi",
            "[Warning at /S/R] keep me [ack: lib:w2]",
        ])
    }

    @Test func removalPoliciesMapToDeletionPolicies() throws {
        let app = try makeApp()
        let stack = try bareStack(app, "S")
        let cases: [(RemovalPolicy?, String, String)] = [
            (.destroy, "Delete", "Delete"), (.retain, "Retain", "Retain"), (nil, "Retain", "Retain"),
            (.retainOnUpdateOrDelete, "RetainExceptOnCreate", "Retain"),
        ]
        for (i, (policy, deletion, replace)) in cases.enumerated() {
            let r = try CfnResource(stack, "R\(i)", type: "AWS::S3::Bucket")
            r.applyRemovalPolicy(policy)
            #expect(r.cfnOptions.deletionPolicy?.rawValue == deletion)
            #expect(r.cfnOptions.updateReplacePolicy?.rawValue == replace)
        }
        let db = try CfnResource(stack, "Db", type: "AWS::RDS::DBInstance")
        db.applyRemovalPolicy(.snapshot)
        #expect(db.cfnOptions.deletionPolicy == .snapshot)
        let topic = try CfnResource(stack, "T", type: "AWS::SNS::Topic")
        topic.applyRemovalPolicy(.snapshot, applyToUpdateReplacePolicy: false)
        #expect(topic.cfnOptions.updateReplacePolicy == nil)
        #expect(try app.synth().messages.contains { $0.path == "/S/T" && $0.message.contains("SNAPSHOT is not supported by resource type AWS::SNS::Topic") })
    }

    @Test func stackNamesAreValidated() throws {
        let app = try makeApp()
        let error = #expect(throws: CDKError.self) { try Stack(app, "S", stackName: "bad_name!") }
        #expect(error?.message == "Stack name must match the regular expression: /^[A-Za-z][A-Za-z0-9-]*$/, got 'bad_name!'")
        #expect(throws: CDKError.self) { try Stack(app, "T", stackName: String(repeating: "a", count: 129)) }
        #expect(throws: CDKError.self) { try Stage(app, "9lives") }
    }

    @Test func mappingLookupsAreChecked() throws {
        let app = try makeApp()
        let stack = try bareStack(app, "S")
        let mapping = try CfnMapping(stack, "M", mapping: ["dev": ["Size": 1]])
        #expect(throws: CDKError.self) { try mapping.findInMap("prod", "Size") }
        #expect(throws: CDKError.self) { try mapping.findInMap("dev", "Other") }
        #expect(try stack.resolve(.string(try mapping.findInMap("dev", "Size"))) == ["Fn::FindInMap": ["M", "dev", "Size"]])
        #expect(throws: CDKError.self) { try CfnMapping(stack, "Bad", mapping: ["k": "not an object"]) }
        let lazyMapping = try CfnMapping(stack, "Lazy", mapping: ["a": ["b": "c"]], lazy: true)
        #expect(try lazyMapping.findInMap("a", "b") == "c")
        #expect(try template(of: stack)["Mappings"]?["Lazy"] == nil)
    }

    @Test func templateLimitsAreChecked() throws {
        let app = try makeApp()
        let stack = try bareStack(app, "Big")
        for i in 0...TemplateLimits.maxResources {
            _ = try CfnResource(stack, "Topic\(i)", type: "AWS::SNS::Topic")
        }
        let error = #expect(throws: CDKError.self) { try app.synth() }
        #expect(error?.message.hasPrefix("Number of resources in stack 'Big': 501 is greater than allowed maximum of 500.") == true)
        #expect(error?.path == "Big")

        // Over the 51,200 bytes CloudFormation takes inline: no warning, as in the AWS CDK (the
        // default synthesizer deploys from S3). Over 1,000,000 bytes: an error.
        let app2 = try makeApp()
        let large = try bareStack(app2, "Large")
        _ = try CfnResource(large, "T", type: "AWS::SNS::Topic", properties: ["Blob": .string(String(repeating: "x", count: 60_000))])
        #expect(try app2.synth().messages.isEmpty)

        let app3 = try makeApp()
        let huge = try bareStack(app3, "Huge")
        _ = try CfnResource(huge, "T", type: "AWS::SNS::Topic", properties: ["Blob": .string(String(repeating: "x", count: 1_000_001))])
        let tooLarge = #expect(throws: CDKError.self) { try app3.synth() }
        #expect(tooLarge?.code == "TemplateTooLarge")
        #expect(tooLarge?.path == "Huge")
    }
}
