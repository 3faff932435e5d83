import CDK
import CDKAssertions
import CDKLambda
import CDKS3
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/lambda-layers-reference/app.py: a layer version with every
/// option, its permissions, an imported layer, and functions using layers from their props and
/// from addLayers; the template equals the AWS CDK's.
@Suite struct LambdaLayersReferenceTests {
    static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/lambda-layers-reference/expected")

    static func synth() throws -> (App, CloudAssembly) {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Layers")
        let bucket = try S3.Bucket.fromBucketName(stack, "Bucket", bucketName: "my-layers")
        let layer = try Lambda.LayerVersion(stack, "Deps", .init(code: .fromBucket(bucket, key: "deps.zip", objectVersion: "v1"))) {
            $0.compatibleRuntimes = [.python312, .python313]
            $0.compatibleArchitectures = [.x86_64, .arm64]
            $0.description = "shared dependencies"
            $0.license = "Apache-2.0"
            $0.layerVersionName = "deps"
            $0.removalPolicy = .retain
        }
        try layer.addPermission("Account", .init(accountId: "123456789012"))
        try layer.addPermission("Org", .init(accountId: "*", organizationId: "o-123456"))
        let plain = try Lambda.LayerVersion(stack, "Plain", .init(code: .fromBucket(bucket, key: "plain.zip", objectVersion: "v2")))
        let imported = try Lambda.LayerVersion.fromLayerVersionArn(stack, "Imported", layerVersionArn: "arn:aws:lambda:us-east-1:123456789012:layer:shared:3")
        _ = try CfnOutput(stack, "LayerArn", value: layer.layerVersionArn)

        let fn = try Lambda.Function(stack, "Fn", .init(runtime: .python312, handler: "index.handler",
                                                        code: .fromInline("def handler(event, context):\n    return {}"))) {
            $0.layers = [layer, imported]
        }
        try fn.addLayers(plain)
        let other = try Lambda.Function(stack, "Other", .init(runtime: .nodejs22X, handler: "index.handler",
                                                              code: .fromInline("exports.handler = async () => ({})")))
        try other.addLayers(imported, plain)
        return (app, try app.synth())
    }

    @Test func templateEqualsTheAWSCDKs() throws {
        let (_, assembly) = try Self.synth()
        let file = "Layers.template.json"
        let expectedText = try String(contentsOf: Self.expected.appendingPathComponent(file), encoding: .utf8)
        #expect(assembly.stack("Layers")?.template == (try JSONParser.parse(expectedText)))
        #expect(assembly.files.first { $0.name == file }?.contents == expectedText)
    }
}
