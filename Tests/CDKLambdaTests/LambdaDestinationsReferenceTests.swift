import CDK
import CDKAssertions
import CDKEvents
import CDKLambda
import CDKLambdaDestinations
import CDKS3
import CDKSNS
import CDKSQS
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/lambda-destinations-reference/app.py (destinations of
/// asynchronous invocations) must synthesize the AWS CDK's template.
@Suite struct LambdaDestinationsReferenceTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/lambda-destinations-reference/expected/Destinations.template.json")

    @Test func templateEqualsTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Destinations")
        func function(_ id: String, _ configure: (inout Lambda.FunctionProps) throws -> Void = { _ in }) throws -> Lambda.Function {
            try Lambda.Function(stack, id, .init(runtime: .nodejs22X, handler: "index.handler", code: .fromInline("exports.handler = async () => 'ok';")), configure: configure)
        }
        let queue = try SQS.Queue(stack, "Failures")
        let topic = try SNS.Topic(stack, "Successes")
        let bus = try Events.EventBus(stack, "Results")
        let bucket = try S3.Bucket(stack, "Records")
        let receiver = try function("Receiver")
        _ = try function("Worker") {
            $0.onSuccess = LambdaDestinations.SnsDestination(topic)
            $0.onFailure = LambdaDestinations.SqsDestination(queue)
            $0.retryAttempts = 1
            $0.maxEventAge = .hours(1)
        }
        _ = try function("Chained") {
            $0.onSuccess = LambdaDestinations.LambdaDestination(receiver)
            $0.onFailure = LambdaDestinations.EventBridgeDestination()
        }
        _ = try function("ResponseOnly") {
            $0.onSuccess = LambdaDestinations.LambdaDestination(receiver, responseOnly: true)
            $0.onFailure = LambdaDestinations.LambdaDestination(receiver, responseOnly: true)
        }
        _ = try function("ToBus") {
            $0.onFailure = LambdaDestinations.EventBridgeDestination(bus)
            $0.onSuccess = LambdaDestinations.S3Destination(bucket)
        }
        let later = try function("Later")
        try later.configureAsyncInvoke(.init(onFailure: LambdaDestinations.SqsDestination(queue)))

        let expectedText = try String(contentsOf: Self.fixture, encoding: .utf8)
        let assembly = try app.synth()
        #expect(assembly.stack("Destinations")?.template == (try JSONParser.parse(expectedText)))
        #expect(assembly.files.first { $0.name == "Destinations.template.json" }?.contents == expectedText)
    }
}
