import Foundation
import Testing
@testable import CDK

/// The port of Tests/Fixtures/nested-reference/app.py must give the AWS CDK's templates,
/// nested templates and asset manifest.
@Suite struct NestedStackTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/nested-reference/expected")

    private func build() throws -> App {
        let app = try App(environment: [:])
        let parent = try Stack(app, "Parent")
        let topic = try CfnResource(parent, "T", type: "AWS::SNS::Topic")
        let child = try NestedStack(parent, "Child", parameters: ["Given": "value"], timeout: .minutes(10))
        _ = try CfnParameter(child, "Given")
        let queue = try CfnResource(child, "Q", type: "AWS::SQS::Queue", properties: ["QueueName": .string(topic.ref)])
        let grandchild = try NestedStack(child, "Grand")
        _ = try CfnResource(grandchild, "G", type: "AWS::SQS::Queue", properties: [
            "QueueName": .string(Fn.join("-", [topic.ref, queue.getAtt("Arn").toString()])),
        ])
        let nt = try CfnResource(child, "NT", type: "AWS::SNS::Topic")
        _ = try CfnOutput(parent, "FromChild", value: nt.ref)
        try Tags.of(child).add("layer", "child")
        return app
    }

    @Test(arguments: ["Parent.template.json", "ParentChild8B49BB45.nested.template.json",
                      "ParentChildGrandFE51BAE9.nested.template.json", "Parent.assets.json"])
    func filesEqualTheAWSCDKs(name: String) throws {
        let assembly = try build().synth()
        let expected = try String(contentsOf: Self.fixture.appendingPathComponent(name), encoding: .utf8)
        let actual = try #require(assembly.files.first { $0.name == name }?.contents)
        #expect(try JSONParser.parse(actual) == JSONParser.parse(expected))
        #expect(actual == expected)
    }

    @Test func metadataCoversNestedStacks() throws {
        let assembly = try build().synth()
        let artifact = try #require(assembly.stack("Parent"))
        #expect(artifact.path(ofLogicalId: "ParentChildNT6BA8600ARef") == "/Parent/Child/ParentChildNT6BA8600ARef")
        #expect(artifact.metadata.contains { $0.path == "/Parent/Child/Grand" && $0.entries == [MetadataEntry(type: "aws:cdk:templateFile", data: "ParentChildGrandFE51BAE9.nested.template.json")] })
        #expect(assembly.stacks.map(\.id) == ["Parent"])
    }

    @Test func nestedStacksNeedAParentAndCannotDependOnIt() throws {
        let app = try App(environment: [:])
        #expect(throws: CDKError.self) { try NestedStack(app, "Orphan") }
        let parent = try Stack(app, "P")
        let child = try NestedStack(parent, "C")
        let error = #expect(throws: CDKError.self) { try child.addDependency(parent) }
        #expect(error?.message.hasPrefix("Nested stack 'P/C' cannot depend on a parent stack 'P'") == true)
    }

    @Test func resourcesInTheParentCanDependOnNestedResources() throws {
        let app = try App(environment: [:])
        let parent = try Stack(app, "P")
        let child = try NestedStack(parent, "C")
        let inner = try CfnResource(child, "Inner", type: "AWS::SNS::Topic")
        let outer = try CfnResource(parent, "Outer", type: "AWS::SQS::Queue")
        try outer.addDependency(inner)
        let template = try #require(try app.synth().stack("P")?.template)
        let stackResource = try parent.getLogicalId(try #require(child.nestedStackResource))
        #expect(stackResource.hasPrefix("CNestedStackCNestedStackResource"))
        #expect(template["Resources"]?["Outer"]?["DependsOn"] == [.string(stackResource)])
    }
}
