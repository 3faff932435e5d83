import CDK
import CDKAssertions
import XCTest

/// The helpers work from XCTest too: a thrown AssertionFailure fails the test with its report.
final class XCTestCompatibilityTests: XCTestCase {
    func testFineGrainedAssertions() throws {
        let (_, stack, bucket) = try sampleBucketStack()
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::S3::Bucket", ["VersioningConfiguration": ["Status": "Enabled"]])
        try template.resourceCountIs("AWS::S3::Bucket", 1)
        XCTAssertEqual(try template.logicalId(of: bucket), "Bucket83908E77")
        try Annotations.fromStack(stack).hasNoWarning()
    }

    func testFailuresCarryTheReport() throws {
        let (_, stack, _) = try sampleBucketStack()
        let template = try Template(stack)
        XCTAssertThrowsError(try template.hasResourceProperties("AWS::S3::Bucket", ["BucketName": "other"])) { error in
            XCTAssertTrue("\(error)".contains("!!   Expected other but received my-bucket"))
        }
    }

    func testValidationHelpers() throws {
        let app = try makeApp()
        let stack = try Stack(app, "S")
        try expectError(path: "/S/B", message: "type") { try CfnResource(stack, "B", type: "") }
        try expectNoWarnings(app)
    }

    func testSnapshot() throws {
        let (app, _, _) = try sampleBucketStack()
        try assertSnapshot(of: app, named: "xctestSampleBucket")
    }
}
