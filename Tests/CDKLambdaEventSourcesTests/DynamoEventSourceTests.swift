import CDK
import CDKAssertions
import CDKDynamoDB
import CDKLambda
import CDKLambdaEventSources
import Foundation
import Testing

/// The DynamoDB stream event source against Tests/Fixtures/dynamo-event-source-reference.
@Suite struct DynamoEventSourceTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/dynamo-event-source-reference/expected/Streams.template.json")

    @Test func templateEqualsTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Streams")
        let table = try DynamoDB.Table(stack, "Orders", .init(partitionKey: DynamoDB.Attribute(name: "id", type: .string))) {
            $0.stream = .newAndOldImages
        }
        let fn = try Lambda.Function(stack, "OnChange", .init(runtime: .python312, handler: "index.handler", code: .fromInline("def handler(event, context):\n    return None")))
        try fn.addEventSource(try LambdaEventSources.DynamoEventSource(table, .init(startingPosition: .trimHorizon)) {
            $0.bisectBatchOnError = true
            $0.retryAttempts = 3
        })
        let expectedText = try String(contentsOf: Self.fixture, encoding: .utf8)
        let assembly = try app.synth()
        let actual = assembly.files.first { $0.name == "Streams.template.json" }?.contents
        #expect(assembly.stack("Streams")?.template == (try JSONParser.parse(expectedText)))
        #expect(actual == expectedText)
    }

    @Test func tablesWithoutStreamsAreErrors() throws {
        let stack = try Stack(try App(environment: [:]), "S")
        let table = try DynamoDB.Table(stack, "T", .init(partitionKey: DynamoDB.Attribute(name: "id", type: .string)))
        let fn = try Lambda.Function(stack, "Fn", .init(runtime: .python312, handler: "h", code: .fromInline("x")))
        try expectError(path: "/S/T", message: "DynamoDB Streams must be enabled on the table S/T") {
            try fn.addEventSource(try LambdaEventSources.DynamoEventSource(table, .init(startingPosition: .latest)))
        }
        try expectError(path: "/S/T", message: "Maximum batch size must be between 1 and 10000 inclusive (given 20000)") {
            try LambdaEventSources.DynamoEventSource(table, .init(startingPosition: .latest)) { $0.batchSize = 20_000 }
        }
    }
}
