import CDK
import CDKAssertions
import Foundation
import Testing
@testable import CDKS3

/// S3's auto-delete objects against the AWS CDK: the port of the S3 stacks of
/// Tests/Fixtures/custom-resource-provider-reference/app.py gives the AWS CDK's templates, byte
/// for byte, but for the provider function's code (swift-cdk's own handler, so its asset hash).
@Suite struct AutoDeleteObjectsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let expected = root.appendingPathComponent("Tests/Fixtures/custom-resource-provider-reference/expected")
    static let handlerId = "CustomS3AutoDeleteObjectsCustomResourceProviderHandler9D90184F"

    static func port() throws -> App {
        let app = try App(environment: [:])
        let agnostic = try Stack(app, "AutoDelete")
        _ = try S3.Bucket(agnostic, "Uploads") { $0.removalPolicy = .destroy; $0.autoDeleteObjects = true }
        _ = try S3.Bucket(agnostic, "Logs") {
            $0.enforceSSL = true
            $0.removalPolicy = .destroy
            $0.autoDeleteObjects = true
        }
        let regional = try Stack(app, "Regional", env: Environment(account: "111111111111", region: "eu-west-1"))
        _ = try S3.Bucket(regional, "Data") { $0.removalPolicy = .destroy; $0.autoDeleteObjects = true }
        return app
    }

    private func expectedText(_ name: String) throws -> String {
        try String(contentsOf: Self.expected.appendingPathComponent(name), encoding: .utf8)
    }

    /// `manifest` with the hash suffix of each destination id (`current_account-current_region-<8 hex>`) removed.
    private func withoutDestinationHashes(_ manifest: String) -> String {
        manifest.replacingOccurrences(of: #"(current_account-current_region|\d{12}-[a-z0-9-]+)-[0-9a-f]{8}""#, with: "$1\"",
                                      options: .regularExpression)
    }

    /// The S3 key (`<hash>.zip`) of the handler's code in `template`.
    private func codeHash(_ template: JSONValue?) -> String? {
        template?["Resources"]?[Self.handlerId]?["Properties"]?["Code"]?["S3Key"]?.stringValue.map { String($0.dropLast(".zip".count)) }
    }

    @Test(arguments: ["AutoDelete", "Regional"])
    func templateAndAssetManifestEqualTheAWSCDKsButForTheHandlerCode(stackName: String) throws {
        let assembly = try Self.port().synth()
        let files = Dictionary(uniqueKeysWithValues: assembly.files.map { ($0.name, $0.contents) })
        let expectedTemplate = try expectedText("\(stackName).template.json")
        let ours = try #require(codeHash(assembly.stack(stackName)?.template))
        let theirs = try #require(codeHash(try JSONParser.parse(expectedTemplate)))
        #expect(ours != theirs, "the handler is swift-cdk's own, so its asset differs")
        let template = try #require(files["\(stackName).template.json"])
        #expect(template.replacingOccurrences(of: ours, with: theirs) == expectedTemplate)

        // The asset manifest: the same entries, but for the hashes that follow from the code (the
        // asset's and the template's, and the destination ids made from them).
        let ourTemplateHash = SHA256.hex(Array(template.utf8))
        let theirTemplateHash = SHA256.hex(Array(expectedTemplate.utf8))
        let manifest = try #require(files["\(stackName).assets.json"])
        #expect(withoutDestinationHashes(manifest.replacingOccurrences(of: ours, with: theirs)
                    .replacingOccurrences(of: ourTemplateHash, with: theirTemplateHash))
                == withoutDestinationHashes(try expectedText("\(stackName).assets.json")))
    }

    @Test func providerIsMarkedInTheMetadataAsTheAWSCDKDoes() throws {
        let assembly = try Self.port().synth()
        let metadata = try #require(assembly.stack("AutoDelete")?.metadata)
        let entries = metadata.first { $0.path == "/AutoDelete/Custom::S3AutoDeleteObjectsCustomResourceProvider" }?.entries
        #expect(entries?.map(\.type) == ["aws:cdk:is-custom-resource-handler-customResourceProvider"])
        #expect(entries?.first?.data == true)
        let expectedMetadata = try JSONParser.parse(try expectedText("AutoDelete.metadata.json"))
        #expect(expectedMetadata["/AutoDelete/Custom::S3AutoDeleteObjectsCustomResourceProvider"]
                == [["type": "aws:cdk:is-custom-resource-handler-customResourceProvider", "data": true]])
    }

    @Test func uploadedHandlerIsTheProjectsOwn() throws {
        let app = try Self.port()
        let assembly = try app.synth()
        let hash = try #require(codeHash(assembly.stack("AutoDelete")?.template))
        let folder = try #require(assembly.stagedAssets.first { $0.name == "asset.\(hash)" }?.sourcePath)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["cloudformation-response.js", "index.js"])
        let source = try String(contentsOf: Self.root.appendingPathComponent("Handlers/s3-auto-delete-objects/index.js"), encoding: .utf8)
        #expect(try String(contentsOfFile: folder + "/index.js", encoding: .utf8) == source)
        #expect(S3.autoDeleteObjectsHandlerSource == source)
        let template = try #require(assembly.stack("AutoDelete")?.template)
        #expect(template["Resources"]?[Self.handlerId]?["Properties"]?["Handler"] == "index.handler")
    }

    @Test func aBucketThatIsKeptCannotDeleteItsObjects() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        try expectError(path: "/S/Kept", message: "Cannot use 'autoDeleteObjects' property on a bucket without setting removal policy to 'DESTROY'.") {
            try S3.Bucket(stack, "Kept") { $0.autoDeleteObjects = true }
        }
        // A removal policy changed after the objects were set to be deleted fails at synthesis.
        let later = try S3.Bucket(stack, "Later") { $0.removalPolicy = .destroy; $0.autoDeleteObjects = true }
        later.cfnBucket.applyRemovalPolicy(.retain)
        let error = #expect(throws: (any Error).self) { try app.synth() }
        #expect("\(error.map { "\($0)" } ?? "")".contains("Cannot use 'AutoDeleteObjects' on a Bucket without setting removal policy to 'DESTROY'."))
    }

    @Test func attachingTwiceAddsNothing() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        let bucket = try S3.Bucket(stack, "B") { $0.removalPolicy = .destroy }
        let first = try S3.AutoDeleteObjects.attach(to: bucket)
        #expect(try S3.AutoDeleteObjects.attach(to: bucket) === first)
        let template = try Template(stack)
        try template.resourceCountIs("Custom::S3AutoDeleteObjects", 1)
        try template.hasResourceProperties("AWS::S3::Bucket", ["Tags": [["Key": "aws-cdk:auto-delete-objects", "Value": "true"]]])
        try template.hasResourceProperties("AWS::S3::BucketPolicy", ["PolicyDocument": ["Statement": [[
            "Action": ["s3:PutBucketPolicy", "s3:GetBucket*", "s3:List*", "s3:DeleteObject*"],
        ]]]])
    }
}
