import CDK
import CDKAssertions
import CDKLambda
import Foundation
import Testing

/// `currentVersion` against Tests/Fixtures/lambda-version-reference: the version's logical id
/// hashes the function's configuration exactly as the AWS CDK does.
@Suite struct CurrentVersionTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/lambda-version-reference/expected/Versions.template.json")

    @Test func templateEqualsTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Versions")
        let fn = try Lambda.Function(stack, "Api", .init(runtime: .python312, handler: "index.handler", code: .fromInline("def handler(event, context):\n    return 1"))) {
            $0.memorySize = 256
            $0.environment = ["ZED": "z", "ALPHA": "a"]
            $0.reservedConcurrentExecutions = 2
        }
        _ = try Lambda.Alias(stack, "Live", .init(aliasName: "live", version: try fn.currentVersion))
        try fn.addEnvironment("MIDDLE", "m")
        let plain = try Lambda.Function(stack, "Plain", .init(runtime: .nodejs22X, handler: "index.handler", code: .fromInline("exports.handler = async () => 1;")))
        #expect(try plain.currentVersion === (try plain.currentVersion))

        let expectedText = try String(contentsOf: Self.fixture, encoding: .utf8)
        let assembly = try app.synth()
        #expect(assembly.stack("Versions")?.template == (try JSONParser.parse(expectedText)))
        #expect(assembly.files.first { $0.name == "Versions.template.json" }?.contents == expectedText)
    }
}
