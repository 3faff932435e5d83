import Testing
@testable import CDK

@Suite struct TagTests {
    private func taggable(_ scope: Construct, _ id: String, type: String = "AWS::S3::Bucket", tags: [CfnTag] = []) throws -> CfnResource {
        try CfnResource(scope, id, type: type, tags: TagManager(.standard, resourceType: type, initialTags: tags))
    }

    @Test func tagsAreSortedLikeLocaleCompare() throws {
        let app = try makeApp()
        let stack = try bareStack(app, "S")
        _ = try taggable(stack, "B")
        try Tags.of(stack).add("b", "1")
        try Tags.of(stack).add("A", "2")
        try Tags.of(stack).add("a", "3")
        #expect(try template(of: stack)["Resources"]?["B"]?["Properties"]?["Tags"] == [
            ["Key": "a", "Value": "3"], ["Key": "A", "Value": "2"], ["Key": "b", "Value": "1"],
        ])
    }

    @Test func priorityDecidesAndLaterOrDeeperWinsTies() throws {
        let app = try makeApp()
        let stack = try bareStack(app, "S")
        let group = try Construct(stack, "G")
        let bucket = try taggable(group, "B", tags: [CfnTag(key: "own", value: "props")])
        try Tags.of(stack).add("env", "stack")
        try Tags.of(group).add("env", "group")
        try Tags.of(stack).add("own", "aspect")
        try Tags.of(stack).add("low", "x", priority: 10)
        try Tags.of(group).add("low", "y", priority: 5)
        let tags = try template(of: stack)["Resources"]?[try stack.getLogicalId(bucket)]?["Properties"]?["Tags"]
        #expect(tags == [["Key": "env", "Value": "group"], ["Key": "low", "Value": "x"], ["Key": "own", "Value": "aspect"]])
    }

    @Test func removeAndResourceTypeFilters() throws {
        let app = try makeApp()
        let stack = try bareStack(app, "S")
        _ = try taggable(stack, "Bucket")
        _ = try taggable(stack, "Queue", type: "AWS::SQS::Queue")
        _ = try CfnResource(stack, "Untaggable", type: "AWS::SNS::Subscription")
        try Tags.of(stack).add("team", "core")
        try Tags.of(stack).add("only", "queue", includeResourceTypes: ["AWS::SQS::Queue"])
        try Tags.of(stack).remove("team", excludeResourceTypes: ["AWS::S3::Bucket"])
        let t = try template(of: stack)
        #expect(t["Resources"]?["Bucket"]?["Properties"]?["Tags"] == [["Key": "team", "Value": "core"]])
        #expect(t["Resources"]?["Queue"]?["Properties"]?["Tags"] == [["Key": "only", "Value": "queue"]])
        #expect(t["Resources"]?["Untaggable"]?["Properties"] == nil)
        #expect(throws: CDKError.self) { try Tags.of(stack).add("", "x") }
    }

    @Test func mapTagsAndStackTags() throws {
        let app = try makeApp()
        let stack = try Stack(app, "S", tags: ["owner": "me"])
        _ = try CfnResource(stack, "P", type: "AWS::SSM::Parameter",
                            tags: TagManager(.map, resourceType: "AWS::SSM::Parameter", initialTagValues: ["z": "1"]))
        try Tags.of(app).add("app", "demo")
        let assembly = try app.synth()
        #expect(assembly.stack("S")?.template["Resources"]?["P"]?["Properties"]?["Tags"] == ["app": "demo", "z": "1"])
        #expect(assembly.manifest["artifacts"]?["S"]?["properties"]?["tags"] == ["app": "demo", "owner": "me"])
        #expect(assembly.stack("S")?.tags == ["app": "demo", "owner": "me"])
    }
}
