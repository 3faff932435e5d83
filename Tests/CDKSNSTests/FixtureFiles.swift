import CDK
import Foundation
import Testing

/// The expected output of a reference app under Tests/Fixtures (made by the real AWS CDK).
enum FixtureFiles {
    static func text(_ fixture: String, _ file: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/\(fixture)/expected/\(file)")
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// Checks that `assembly` holds each stack's template exactly as the AWS CDK wrote it.
    static func expectTemplates(_ assembly: CloudAssembly, fixture: String, stacks: [String]) throws {
        for stack in stacks {
            let expected = try text(fixture, "\(stack).template.json")
            #expect(assembly.stack(stack)?.template == (try JSONParser.parse(expected)), "template of \(stack)")
            #expect(assembly.files.first { $0.name == "\(stack).template.json" }?.contents == expected, "bytes of \(stack)")
        }
    }
}
