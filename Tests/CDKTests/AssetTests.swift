import Foundation
import Testing
@testable import CDK

/// The port of Tests/Fixtures/asset-reference/app.py must give the AWS CDK's asset hashes,
/// asset manifest and template.
@Suite struct AssetTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/asset-reference")

    private func build(outdir: String? = nil) throws -> App {
        let app = try App(outdir: outdir, environment: [:])
        let stack = try Stack(app, "Assets")
        let fn = try CfnResource(stack, "Fn", type: "AWS::Lambda::Function", properties: [
            "Code": ["S3Bucket": "placeholder", "S3Key": "placeholder"],
            "Handler": "index.handler", "Role": "arn:aws:iam::123456789012:role/r", "Runtime": "python3.12",
        ])
        let code = try FileAsset(stack, "Code", path: Self.fixture.appendingPathComponent("handler").path)
        let config = try FileAsset(stack, "Config", path: Self.fixture.appendingPathComponent("config.json").path)
        fn.addPropertyOverride("Code.S3Bucket", code.bucketName)
        fn.addPropertyOverride("Code.S3Key", code.objectKey)
        _ = try CfnOutput(stack, "ConfigUrl", value: config.s3ObjectUrl)
        _ = try CfnOutput(stack, "CodeHash", value: code.assetHash)
        return app
    }

    private func expected(_ name: String) throws -> String {
        try String(contentsOf: Self.fixture.appendingPathComponent("expected/\(name)"), encoding: .utf8)
    }

    @Test func hashesManifestAndTemplateEqualTheAWSCDKs() throws {
        let assembly = try build().synth()
        let files = Dictionary(uniqueKeysWithValues: assembly.files.map { ($0.name, $0.contents) })
        #expect(files["Assets.template.json"] == (try expected("Assets.template.json")))
        #expect(files["Assets.assets.json"] == (try expected("Assets.assets.json")))
    }

    @Test func assetsAreStagedIntoTheAssembly() throws {
        let outdir = FileManager.default.temporaryDirectory.appendingPathComponent("cdk-assets-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: outdir) }
        try build(outdir: outdir.path).synth()
        let staged = outdir.appendingPathComponent("asset.26868d51b593e7e558bc7629c3b9df124effb8e2df0b4b83d44c70e62b41bb88/lib/util.py")
        #expect(FileManager.default.fileExists(atPath: staged.path))
        #expect(FileManager.default.fileExists(atPath: outdir.appendingPathComponent("asset.ae228670225779cd2f80eeda38de6a1c8c0ff8dca637603a2cdffa2f83d3ec1b.json").path))
    }

    @Test func missingPathsAndBootstraplessStacksAreErrors() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        let missing = #expect(throws: CDKError.self) { try FileAsset(stack, "Nope", path: "/no/such/path") }
        #expect(missing?.message.hasPrefix("Cannot find asset at /no/such/path") == true)
        let bare = try Stack(app, "Bare", synthesizer: BootstraplessSynthesizer())
        let error = #expect(throws: CDKError.self) { try FileAsset(bare, "Code", path: Self.fixture.appendingPathComponent("config.json").path) }
        #expect(error?.message.hasPrefix("Cannot add assets to a Stack that uses BootstraplessSynthesizer") == true)
    }
}
