import CDK
import Foundation
import Testing
@testable import CDKEC2

/// The VPC's default security group restriction against the AWS CDK: the Network stack of
/// Tests/Fixtures/custom-resource-provider-reference/app.py (a VPC with
/// `restrict_default_security_group`), byte for byte but for the provider function's code
/// (swift-cdk's own handler, so its asset hash). The VPC itself is written here as a generated
/// `CfnVPC` under a construct `Vpc` until the VPC construct exists.
///
/// This suite lives in GeneratedL1Tests because that is the test target that depends on CDKEC2;
/// it moves to the EC2 construct's tests when they have a target.
@Suite struct RestrictDefaultSecurityGroupTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let expected = root.appendingPathComponent("Tests/Fixtures/custom-resource-provider-reference/expected")
    static let handlerId = "CustomVpcRestrictDefaultSGCustomResourceProviderHandlerDC833E5E"

    static func port() throws -> App {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Network")
        let vpc = try Construct(stack, "Vpc")
        let resource = try EC2.CfnVPC(vpc, "Resource", cidrBlock: "10.0.0.0/16", enableDnsHostnames: true, enableDnsSupport: true,
                                      instanceTenancy: "default", tags: [CfnTag(key: "Name", value: "Network/Vpc")])
        try EC2.RestrictDefaultSecurityGroup.attach(to: vpc, defaultSecurityGroupId: resource.attrDefaultSecurityGroup)
        return app
    }

    private func codeHash(_ template: JSONValue?) -> String? {
        template?["Resources"]?[Self.handlerId]?["Properties"]?["Code"]?["S3Key"]?.stringValue.map { String($0.dropLast(".zip".count)) }
    }

    @Test func templateEqualsTheAWSCDKsButForTheHandlerCode() throws {
        let assembly = try Self.port().synth()
        let expectedText = try String(contentsOf: Self.expected.appendingPathComponent("Network.template.json"), encoding: .utf8)
        let ours = try #require(codeHash(assembly.stack("Network")?.template))
        let theirs = try #require(codeHash(try JSONParser.parse(expectedText)))
        #expect(ours != theirs, "the handler is swift-cdk's own, so its asset differs")
        let text = try #require(assembly.files.first { $0.name == "Network.template.json" }?.contents)
        #expect(text.replacingOccurrences(of: ours, with: theirs) == expectedText)
        let metadata = assembly.stack("Network")?.metadata.first { $0.path == "/Network/Custom::VpcRestrictDefaultSGCustomResourceProvider" }
        #expect(metadata?.entries.map(\.type) == ["aws:cdk:is-custom-resource-handler-customResourceProvider"])
    }

    @Test func uploadedHandlerIsTheProjectsOwnBehindTheEntryPoint() throws {
        let assembly = try Self.port().synth()
        let hash = try #require(codeHash(assembly.stack("Network")?.template))
        let folder = try #require(assembly.stagedAssets.first { $0.name == "asset.\(hash)" }?.sourcePath)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["__entrypoint__.js", "cloudformation-response.js", "index.js"])
        let source = try String(contentsOf: Self.root.appendingPathComponent("Handlers/vpc-restrict-default-security-group/index.js"), encoding: .utf8)
        #expect(try String(contentsOfFile: folder + "/index.js", encoding: .utf8) == source)
        #expect(EC2.restrictDefaultSecurityGroupHandlerSource == source)
    }

    @Test func everyRestrictedGroupOfAStackSharesOneProvider() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        for name in ["A", "B"] {
            let vpc = try Construct(stack, name)
            let resource = try EC2.CfnVPC(vpc, "Resource", cidrBlock: "10.0.0.0/16")
            try EC2.RestrictDefaultSecurityGroup.attach(to: vpc, defaultSecurityGroupId: resource.attrDefaultSecurityGroup)
        }
        let template = try #require(try app.synth().stack("S")?.template)
        guard case .object(let resources)? = template["Resources"] else { Issue.record("no resources"); return }
        #expect(resources.members.filter { $0.value["Type"] == "AWS::Lambda::Function" }.count == 1)
        #expect(resources.members.filter { $0.value["Type"] == "Custom::VpcRestrictDefaultSG" }.count == 2)
        let role = resources["CustomVpcRestrictDefaultSGCustomResourceProviderRole26592FE0"]
        #expect(role?["Properties"]?["Policies"]?[0]?["PolicyDocument"]?["Statement"]?.arrayValue?.count == 2,
                "one statement for each group, in the role's inline policy")
    }
}
