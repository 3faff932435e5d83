import CDK
import CDKAssertions
import Foundation
import IngestApp
import Testing

/// The Ingest sample (docs/writing-a-construct.md) against its AWS CDK twin,
/// Tests/Fixtures/writing-a-construct-reference/app.py.
@Suite struct IngestSampleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let expected = root.appendingPathComponent("Tests/Fixtures/writing-a-construct-reference/expected")

    static func synthesize() throws -> CloudAssembly {
        let app = try App(environment: [:])
        try IngestApp.build(in: app)
        return try app.synth()
    }

    @Test(arguments: ["Dev", "Prod"])
    func templatesEqualTheAWSCDKs(stackName: String) throws {
        let assembly = try Self.synthesize()
        let expectedText = try String(contentsOf: Self.expected.appendingPathComponent("\(stackName).template.json"), encoding: .utf8)
        #expect(assembly.stack(stackName)?.template == (try JSONParser.parse(expectedText)))
        #expect(assembly.files.first { $0.name == "\(stackName).template.json" }?.contents == expectedText)
    }

    @Test func childrenAreUnderTheConstructAndTyped() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        let storage = try Storage(stack, "Storage")
        let ingest = try Ingest(stack, "Ingest", .init(storage: storage)) { $0.memorySize = 512 }
        #expect(storage.bucket.node.path == "S/Storage/Data")
        #expect(storage.table.node.path == "S/Storage/Index")
        #expect(ingest.handler.node.path == "S/Ingest/Handler")
        #expect(stack.node.children.map(\.node.id) == ["Storage", "Ingest"])
        #expect(storage.node.children.map(\.node.id) == ["Data", "Index"])
        #expect(storage.bucket.node.scope === storage)
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::Lambda::Function", ["MemorySize": 512])
        try template.resourceCountIs("AWS::Lambda::EventSourceMapping", 1)
    }

    @Test func everySwiftBlockOfThePageIsPartOfTheSample() throws {
        let page = try String(contentsOf: Self.root.appendingPathComponent("docs/writing-a-construct.md"), encoding: .utf8)
        let folder = Self.root.appendingPathComponent("Samples/Ingest/IngestApp")
        let sources = try ["Storage.swift", "Ingest.swift", "IngestApp.swift"].map {
            try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
        }.joined(separator: "\n")
        let blocks = page.components(separatedBy: "```swift\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
        #expect(blocks.count >= 5)
        for block in blocks {
            #expect(sources.contains(block), "docs/writing-a-construct.md has a Swift block that is not in Samples/Ingest:\n\(block)")
        }
    }
}
