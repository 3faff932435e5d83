import CDK
import Foundation
import Testing

/// The assembly the AWS CDK synthesized for a reference app of Tests/Fixtures (`expected/`,
/// made with ../shared/tools/reference-synth), compared with what this library writes.
struct ReferenceFixture {
    let directory: URL

    init(_ name: String) {
        directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/\(name)/expected")
    }

    /// The text of `file` (`Stack.template.json`, `assembly-Stage/Stack.template.json`).
    func text(_ file: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
    }

    /// Expects `assembly` to hold `file` with the AWS CDK's exact text (`assembly-X/` files in
    /// the nested assembly `assembly-X`).
    func expectSameFile(_ file: String, in assembly: CloudAssembly, sourceLocation: SourceLocation = #_sourceLocation) throws {
        var current = assembly
        var parts = file.split(separator: "/").map(String.init)
        while parts.count > 1 {
            let id = parts.removeFirst()
            let nested = current.nestedAssemblies.first(where: { $0.artifactId == id })
            current = try #require(nested, "no nested assembly \(id)", sourceLocation: sourceLocation)
        }
        let name = parts[0]
        let contents = current.files.first(where: { $0.name == name })?.contents
        let actual = try #require(contents, "no file \(file)", sourceLocation: sourceLocation)
        let expected = try text(file)
        if actual != expected {
            // The parsed templates first: a structural difference reads better than text.
            #expect(try JSONParser.parse(actual) == JSONParser.parse(expected), "\(file) differs", sourceLocation: sourceLocation)
        }
        #expect(actual == expected, "\(file) differs in its text", sourceLocation: sourceLocation)
    }

    /// The warnings and errors the AWS CDK recorded in `Stack.metadata.json` files, as
    /// `[path: [message]]` (creation stacks and logical ids left out).
    func messages(_ file: String) throws -> [String: [String]] {
        guard case .object(let metadata) = try JSONParser.parse(try text(file)) else { return [:] }
        var result: [String: [String]] = [:]
        for (path, entries) in metadata {
            for entry in entries.arrayValue ?? [] {
                guard let type = entry["type"]?.stringValue, type == "aws:cdk:warning" || type == "aws:cdk:error",
                      let message = entry["data"]?.stringValue else { continue }
                result[path, default: []].append(message)
            }
        }
        return result
    }
}

extension CloudAssembly {
    /// The warnings and errors of every stack, as `[path: [message]]`.
    var warningsAndErrors: [String: [String]] {
        var result: [String: [String]] = [:]
        for message in messages where message.level != .info {
            result[message.path, default: []].append(message.message)
        }
        return result
    }
}
