import Testing
@testable import CDK

@Suite struct TemplateLayoutTests {
    @Test func sectionsAppearInTreeOrder() throws {
        let app = try makeApp()
        let stack = try bareStack(app, "S")
        let topic = try CfnResource(stack, "Topic", type: "AWS::SNS::Topic")
        _ = try CfnOutput(stack, "Arn", value: topic.ref)
        let text = try templateText(of: stack)
        #expect(try template(of: stack).objectValue?.keys == ["Resources", "Outputs"])
        let early = try bareStack(try makeApp(), "Early")
        _ = try CfnOutput(early, "Out", value: "x")
        _ = try CfnResource(early, "Q", type: "AWS::SQS::Queue")
        #expect(try template(of: early).objectValue?.keys == ["Outputs", "Resources"])
        #expect(text == "{\n \"Resources\": {\n  \"Topic\": {\n   \"Type\": \"AWS::SNS::Topic\"\n  }\n },\n \"Outputs\": {\n  \"Arn\": {\n   \"Value\": {\n    \"Ref\": \"Topic\"\n   }\n  }\n }\n}")
    }

    @Test func resourceKeysFollowTheAWSCDKOrder() throws {
        let app = try makeApp()
        let stack = try bareStack(app, "S")
        let condition = try CfnCondition(stack, "C", expression: Fn.conditionEquals(Aws.region, "eu-west-1"))
        let other = try CfnResource(stack, "Other", type: "AWS::SQS::Queue")
        let r = try CfnResource(stack, "R", type: "AWS::SQS::Queue", properties: ["Z": 1, "A": 2])
        r.cfnOptions.condition = condition
        r.cfnOptions.metadata["note"] = "m"
        r.cfnOptions.description = "d"
        r.cfnOptions.version = "1"
        r.cfnOptions.creationPolicy = ["ResourceSignal": ["Count": 1]]
        r.cfnOptions.updatePolicy = ["AutoScalingReplacingUpdate": ["WillReplace": true]]
        r.applyRemovalPolicy(.retainOnUpdateOrDelete)
        try r.addDependency(other)
        let resource = try template(of: stack)["Resources"]?["R"]?.objectValue
        #expect(resource?.keys == ["Type", "Properties", "DependsOn", "CreationPolicy", "UpdatePolicy", "UpdateReplacePolicy", "DeletionPolicy", "Version", "Description", "Metadata", "Condition"])
        #expect(resource?["Properties"]?.objectValue?.keys == ["Z", "A"])
        #expect(resource?["DeletionPolicy"] == "RetainExceptOnCreate")
        #expect(resource?["UpdateReplacePolicy"] == "Retain")
        #expect(resource?["Condition"] == "C")
        #expect(try template(of: stack)["Resources"]?["Other"]?.objectValue?.keys == ["Type"])
    }

    @Test func dependsOnIsDeduplicatedAndSortedByPath() throws {
        let app = try makeApp()
        let stack = try bareStack(app, "S")
        let ids = ["a", "B", "_x", "A2", "a-b", "zed", "Zed"]
        var targets: [CfnResource] = []
        for id in ids {
            targets.append(try CfnResource(try Construct(stack, id), "Resource", type: "AWS::SQS::Queue"))
        }
        let r = try CfnResource(stack, "R", type: "AWS::SQS::Queue")
        for target in targets + targets { try r.addDependency(target) }
        let dependsOn = try template(of: stack)["Resources"]?["R"]?["DependsOn"]?.arrayValue?.compactMap(\.stringValue)
        let byId = Dictionary(uniqueKeysWithValues: try targets.map { (try stack.getLogicalId($0), $0.node.scope!.node.id) })
        #expect(dependsOn?.map { byId[$0]! } == ["_x", "a-b", "a", "A2", "B", "zed", "Zed"])
    }

    @Test func emptyPropertiesAreOmittedAndEmptyValuesKept() throws {
        let app = try makeApp()
        let stack = try bareStack(app, "S")
        _ = try CfnResource(stack, "Empty", type: "AWS::SNS::Topic")
        _ = try CfnResource(stack, "Kept", type: "AWS::SNS::Topic", properties: ["List": [], "Map": [:], "Null": nil])
        let t = try template(of: stack)
        #expect(t["Resources"]?["Empty"]?["Properties"] == nil)
        #expect(t["Resources"]?["Kept"]?["Properties"] == ["List": [], "Map": [:], "Null": nil])
    }

    @Test func overridesMergeDeleteAndKeepKnownPropertiesInOrder() throws {
        let app = try makeApp()
        let stack = try bareStack(app, "S")
        let r = try CfnResource(stack, "R", type: "AWS::SQS::Queue", properties: ["A": ["Keep": 1, "Drop": 2], "B": "b"])
        r.addPropertyOverride("A.New", 3)
        r.addPropertyDeletionOverride("A.Drop")
        r.addOverride("Properties.C\\.D", "escaped")
        r.addDeletionOverride("Properties.B")
        r.addOverride("UpdatePolicy", ["X": true])
        let resource = try template(of: stack)["Resources"]?["R"]
        #expect(resource?["Properties"] == ["A": ["Keep": 1, "New": 3], "C.D": "escaped"])
        #expect(resource?["UpdatePolicy"] == ["X": true])
    }

    @Test func duplicateLogicalIdsAreErrors() throws {
        let app = try makeApp()
        let stack = try bareStack(app, "S")
        _ = try CfnResource(stack, "A-B", type: "AWS::SNS::Topic")
        _ = try CfnResource(stack, "AB", type: "AWS::SNS::Topic")
        let error = #expect(throws: CDKError.self) { try app.synth() }
        #expect(error?.message.hasPrefix("section 'Resources' already contains 'AB'") == true)
        #expect(error?.path == "S/AB")
    }

    @Test func theSameIdMayAppearInDifferentSections() throws {
        let app = try makeApp()
        let stack = try bareStack(app, "S")
        _ = try CfnResource(stack, "X", type: "AWS::SNS::Topic")
        try CfnOutput(stack, "Out", value: "v").overrideLogicalId("X")
        #expect(throws: Never.self) { try app.synth() }
    }

    @Test func stackDescriptionAndTransforms() throws {
        let app = try makeApp()
        let stack = try Stack(app, "S", description: "My stack", synthesizer: BootstraplessSynthesizer())
        stack.addTransform("AWS::Serverless-2016-10-31")
        _ = try CfnResource(stack, "T", type: "AWS::SNS::Topic")
        let t = try template(of: stack)
        #expect(t.objectValue?.keys == ["Description", "Transform", "Resources"])
        #expect(t["Transform"] == "AWS::Serverless-2016-10-31")
    }

    @Test func aTransformAddedTwiceIsAListOfOne() throws {
        // As in the AWS CDK: every call is kept, and more than one becomes the list of the
        // distinct transforms (two hosted secret rotations add theirs once each).
        let app = try makeApp()
        let stack = try Stack(app, "S", synthesizer: BootstraplessSynthesizer())
        stack.addTransform("AWS::SecretsManager-2024-09-16")
        stack.addTransform("AWS::SecretsManager-2024-09-16")
        _ = try CfnResource(stack, "T", type: "AWS::SNS::Topic")
        #expect(try template(of: stack)["Transform"] == ["AWS::SecretsManager-2024-09-16"])
        let other = try Stack(try makeApp(), "Other", synthesizer: BootstraplessSynthesizer())
        other.addTransform("AWS::Serverless-2016-10-31")
        other.addTransform("AWS::LanguageExtensions")
        other.addTransform("AWS::Serverless-2016-10-31")
        _ = try CfnResource(other, "T", type: "AWS::SNS::Topic")
        #expect(try template(of: other)["Transform"] == ["AWS::Serverless-2016-10-31", "AWS::LanguageExtensions"])
    }
}
