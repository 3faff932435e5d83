import CDK
import CDKAssertions
import CDKIAM
import CDKKMS
import CDKS3
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/s3-depth-reference/app.py (lifecycle rule sizes and tag
/// order, empty tag filters and transition lists, grants to a role of another account on a bucket with its own key)
/// must synthesize the AWS CDK's templates, byte for byte.
@Suite struct S3DepthReferenceTests {
    static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/s3-depth-reference/expected")

    static func port() throws -> App {
        let app = try App(environment: [:])

        let lifecycle = try Stack(app, "Lifecycle")
        _ = try S3.Bucket(lifecycle, "Sizes") {
            $0.lifecycleRules = [
                S3.LifecycleRule(expiration: .days(30), objectSizeGreaterThan: 0, objectSizeLessThan: 0),
                S3.LifecycleRule(id: "big", expiration: .days(7), objectSizeGreaterThan: 1_048_576, objectSizeLessThan: 5_368_709_120),
            ]
        }
        let ordered = try S3.Bucket(lifecycle, "TagOrder") {
            $0.lifecycleRules = [S3.LifecycleRule(expiration: .days(30), tagFilters: ["b": "2", "a": "1", "c": "3"])]
        }
        try ordered.addLifecycleRule(S3.LifecycleRule(id: "empty-tags", expiration: .days(1), tagFilters: [:]))
        try ordered.addLifecycleRule(S3.LifecycleRule(id: "retain-only", noncurrentVersionsToRetain: 0))
        try ordered.addLifecycleRule(S3.LifecycleRule(id: "no-transitions", noncurrentVersionTransitions: [], transitions: []))
        _ = try S3.Bucket(lifecycle, "EmptyMetricTags") { $0.metrics = [S3.BucketMetrics(id: "none", tagFilters: [:])] }

        let stackA = try Stack(app, "StackA", env: Environment(account: "123456789012"))
        let key = try KMS.Key(stackA, "MyKey")
        let bucket = try S3.Bucket(stackA, "MyBucket") {
            $0.bucketName = "my-bucket-physical-name"
            $0.encryptionKey = key
            $0.encryption = .kms
        }
        let stackB = try Stack(app, "StackB", env: Environment(account: "234567890123"))
        let role = try IAM.Role(stackB, "MyRole", .init(assumedBy: IAM.AccountPrincipal("234567890123"))) { $0.roleName = "MyRolePhysicalName" }
        try bucket.grantRead(role)
        try bucket.grantPut(role, objectsKeyPattern: "uploads/*")
        return app
    }

    @Test(arguments: ["Lifecycle", "StackA", "StackB"])
    func templateEqualsTheAWSCDKs(stackName: String) throws {
        let assembly = try Self.port().synth()
        let expectedText = try String(contentsOf: Self.expected.appendingPathComponent("\(stackName).template.json"), encoding: .utf8)
        let text = try #require(assembly.files.first { $0.name == "\(stackName).template.json" }?.contents)
        #expect(text == expectedText)
    }
}
