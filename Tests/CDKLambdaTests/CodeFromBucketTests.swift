import CDK
import CDKAssertions
import CDKKMS
import CDKLambda
import CDKS3
import Foundation
import Testing

/// `Lambda.Code.fromBucket` and `fromBucketV2` take a bucket, as in the AWS CDK: the port of
/// Tests/Fixtures/lambda-code-bucket-reference/app.py gives its template and its warning.
@Suite struct CodeFromBucketTests {
    static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/lambda-code-bucket-reference/expected")

    static func port() throws -> App {
        let app = try App(environment: [:])
        let stack = try Stack(app, "CodeFromBucket")
        let bucket = try S3.Bucket(stack, "Artifacts")
        _ = try Lambda.Function(stack, "Versioned", .init(runtime: .python312, handler: "index.handler", code: .fromBucket(bucket, key: "functions/versioned.zip", objectVersion: "v1")))
        let imported = try S3.Bucket.fromBucketName(stack, "Shared", bucketName: "shared-artifacts")
        _ = try Lambda.Function(stack, "Latest", .init(runtime: .python312, handler: "index.handler", code: .fromBucket(imported, key: "functions/latest.zip")))
        let key = try KMS.Key(stack, "CodeKey")
        _ = try Lambda.Function(stack, "Encrypted", .init(runtime: .python312, handler: "index.handler", code: .fromBucketV2(bucket, key: "functions/encrypted.zip", objectVersion: "v2", sourceKMSKey: key)))
        return app
    }

    @Test func templateAndWarningEqualTheAWSCDKs() throws {
        let assembly = try Self.port().synth()
        let expectedText = try String(contentsOf: Self.expected.appendingPathComponent("CodeFromBucket.template.json"), encoding: .utf8)
        #expect(assembly.files.first { $0.name == "CodeFromBucket.template.json" }?.contents == expectedText)
        let expectedMetadata = try JSONParser.parse(try String(contentsOf: Self.expected.appendingPathComponent("CodeFromBucket.metadata.json"), encoding: .utf8))
        let warnings = assembly.stack("CodeFromBucket")?.messages.filter { $0.level == .warning } ?? []
        #expect(warnings.map(\.path) == ["/CodeFromBucket/Shared"])
        #expect(expectedMetadata["/CodeFromBucket/Shared"]?[0]?["data"]?.stringValue == warnings.first?.message)
    }

    @Test func fromBucketV2WithoutAVersionWarnsToo() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        let bucket = try S3.Bucket(stack, "B")
        _ = try Lambda.Function(stack, "F", .init(runtime: .python312, handler: "index.handler", code: .fromBucketV2(bucket, key: "f.zip")))
        let warnings = try app.synth().stack("S")?.messages.filter { $0.level == .warning } ?? []
        #expect(warnings.map(\.path) == ["/S/B"])
        #expect(warnings.first?.message.hasPrefix("options.objectVersion is not defined for S3Code.fromBucketV2().") == true)
    }
}
