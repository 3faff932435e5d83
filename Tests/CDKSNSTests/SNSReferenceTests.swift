import CDK
import CDKAssertions
import CDKIAM
import CDKKMS
import CDKLambda
import CDKSNS
import CDKSNSSubscriptions
import CDKSQS
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/sns-reference/app.py must synthesize the AWS CDK's template.
@Suite struct SNSReferenceTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/sns-reference/expected/Topics.template.json")

    @Test func templateEqualsTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Topics")
        let role = try IAM.Role(stack, "Publisher", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        let key = try KMS.Key(stack, "Key")
        let plain = try SNS.Topic(stack, "Plain")
        let named = try SNS.Topic(stack, "Named") {
            $0.topicName = "named-topic"
            $0.displayName = "Named"
            $0.masterKey = key
        }
        _ = try SNS.Topic(stack, "Fifo") {
            $0.topicName = "orders"
            $0.fifo = true
            $0.contentBasedDeduplication = true
        }
        _ = try SNS.Topic(stack, "UnnamedFifo") { $0.fifo = true }
        try plain.grantPublish(role)
        try named.grantPublish(role)
        try plain.grantSubscribe(role)
        _ = try plain.addToResourcePolicy(IAM.PolicyStatement(actions: ["sns:Publish"], resources: [plain.topicArn],
                                                              principals: [IAM.ServicePrincipal("events.amazonaws.com")]))
        let queue = try SQS.Queue(stack, "Queue")
        let dlq = try SQS.Queue(stack, "SubscriptionDlq")
        try plain.addSubscription(SNSSubscriptions.SqsSubscription(queue) { $0.rawMessageDelivery = true; $0.deadLetterQueue = dlq })
        let fn = try Lambda.Function(stack, "Handler", .init(runtime: .python312, handler: "index.handler", code: .fromInline("def handler(event, context):\n    return None")))
        try plain.addSubscription(SNSSubscriptions.LambdaSubscription(fn))
        try plain.addSubscription(SNSSubscriptions.EmailSubscription("ops@example.com"))
        try plain.addSubscription(try SNSSubscriptions.UrlSubscription("https://example.com/hook"))

        let expectedText = try String(contentsOf: Self.fixture, encoding: .utf8)
        let assembly = try app.synth()
        #expect(assembly.stack("Topics")?.template == (try JSONParser.parse(expectedText)))
        #expect(assembly.files.first { $0.name == "Topics.template.json" }?.contents == expectedText)
    }
}
