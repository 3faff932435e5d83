import CDK
import CDKAssertions
import Foundation

/// An app that reads nothing from the process environment.
func makeApp() throws -> App {
    try App(environment: [:])
}

/// The stack of the AWS CDK's sample failure: one bucket, `Bucket83908E77`, retained.
func sampleBucketStack() throws -> (App, Stack, CfnResource) {
    let app = try makeApp()
    let stack = try Stack(app, "S")
    let bucket = try CfnResource(stack, "Bucket", type: "AWS::S3::Bucket", properties: [
        "BucketName": "my-bucket",
        "VersioningConfiguration": ["Status": "Enabled"],
    ])
    bucket.cfnOptions.deletionPolicy = .retain
    bucket.cfnOptions.updateReplacePolicy = .retain
    try bucket.overrideLogicalId("Bucket83908E77")
    return (app, stack, bucket)
}

/// The report of the `AssertionFailure` that `body` throws, or `nil` if it throws none.
func failure(_ body: () throws -> Void) -> AssertionFailure? {
    do {
        try body()
        return nil
    } catch let error as AssertionFailure {
        return error
    } catch {
        return AssertionFailure("unexpected error: \(error)")
    }
}

/// A fresh folder for files a test writes, inside a folder of this test run that is removed
/// when the run ends.
func temporaryFolder() throws -> URL {
    let url = TestRunFolder.url.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The folder of this test run, under the system's temporary folder.
enum TestRunFolder {
    static let url: URL = {
        atexit { try? FileManager.default.removeItem(at: TestRunFolder.url) }
        return FileManager.default.temporaryDirectory.appendingPathComponent("cdk-assertions-tests-" + UUID().uuidString)
    }()
}
