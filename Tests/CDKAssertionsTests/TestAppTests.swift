import CDK
import CDKAssertions
import Foundation
import Testing

/// `App.forTesting()`: the context of the project's cdk.json and cdk.context.json.
@Suite struct TestAppTests {
    /// A package folder with these files; returns the path of a test file inside it.
    private func package(_ files: [String: String]) throws -> String {
        let root = NSTemporaryDirectory() + "swift-cdk-testapp-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root + "/Tests/AppTests", withIntermediateDirectories: true)
        try "// swift-tools-version: 6.0\n".write(toFile: root + "/Package.swift", atomically: true, encoding: .utf8)
        for (name, text) in files { try text.write(toFile: root + "/" + name, atomically: true, encoding: .utf8) }
        return root + "/Tests/AppTests/AppTests.swift"
    }

    @Test func readsTheContextOfCdkJsonAndCdkContextJson() throws {
        let file = try package([
            "cdk.json": #"{"app": "swift run App", "context": {"@aws-cdk/core:defaultCrossStackReferences": "strong", "both": "json"}}"#,
            "cdk.context.json": #"{"both": "cache", "cached": 1}"#,
        ])
        defer { try? FileManager.default.removeItem(atPath: URL(fileURLWithPath: file).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path) }
        let app = try App.forTesting(context: ["extra": true], filePath: file)
        #expect(app.node.tryGetContext(ContextKeys.defaultCrossStackReferences) == "strong")
        #expect(app.node.tryGetContext("both") == "json")
        #expect(app.node.tryGetContext("cached") == 1)
        #expect(app.node.tryGetContext("extra") == true)
    }

    @Test func theFlagChangesWhatTheTestSynthesizes() throws {
        func twoStacks(_ app: App) throws -> App {
            let bucket = try CfnResource(try Stack(app, "Producer"), "Data", type: "AWS::S3::Bucket")
            _ = try CfnOutput(try Stack(app, "Consumer"), "Name", value: bucket.ref)
            return app
        }
        // Without cdk.json, the app is warned that no reference strength is configured...
        try expectError(message: "No cross-stack-reference strength configured") { _ = try expectNoWarnings(try twoStacks(try App.forTesting(filePath: try package([:])))) }
        // ...with the flag in cdk.json, the test's app sees it, as swift-cdk synth's would.
        let file = try package(["cdk.json": #"{"context": {"@aws-cdk/core:defaultCrossStackReferences": "strong"}}"#])
        _ = try expectNoWarnings(try twoStacks(try App.forTesting(filePath: file)))
    }

    @Test func withoutCdkJsonTheAppHasNoContext() throws {
        let app = try App.forTesting(filePath: try package([:]))
        #expect(app.node.tryGetContext(ContextKeys.defaultCrossStackReferences) == nil)
    }

    @Test func aBrokenCdkJsonIsAClearError() throws {
        let file = try package(["cdk.json": #"{"context": ["not", "an", "object"]}"#])
        try expectError(message: "\"context\" in ") { try App.forTesting(filePath: file) }
        let invalid = try package(["cdk.json": "{"])
        try expectError(message: "is not valid JSON") { try App.forTesting(filePath: invalid) }
    }
}
