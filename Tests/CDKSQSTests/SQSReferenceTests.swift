import CDK
import CDKAssertions
import CDKIAM
import CDKKMS
import CDKSQS
import Testing

/// The Swift port of Tests/Fixtures/sqs-reference/app.py must synthesize the AWS CDK's template.
@Suite struct SQSReferenceTests {
    @Test func templateEqualsTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Queues")
        let role = try IAM.Role(stack, "Consumer", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        let plain = try SQS.Queue(stack, "Plain")
        let dlq = try SQS.Queue(stack, "Dlq") { $0.retentionPeriod = .days(14) }
        let full = try SQS.Queue(stack, "Full") {
            $0.queueName = "full-queue"
            $0.visibilityTimeout = .seconds(120)
            $0.retentionPeriod = .hours(12)
            $0.deliveryDelay = .seconds(5)
            $0.receiveMessageWaitTime = .seconds(20)
            $0.maxMessageSizeBytes = 2048
            $0.deadLetterQueue = SQS.DeadLetterQueue(queue: dlq, maxReceiveCount: 5)
            $0.encryption = .kmsManaged
            $0.dataKeyReuse = .minutes(10)
            $0.enforceSSL = true
            $0.removalPolicy = .retain
        }
        let fifo = try SQS.Queue(stack, "Fifo") {
            $0.fifo = true
            $0.contentBasedDeduplication = true
            $0.deduplicationScope = .messageGroup
            $0.fifoThroughputLimit = .perMessageGroupId
        }
        _ = try SQS.Queue(stack, "Unencrypted") { $0.encryption = .unencrypted }
        let managed = try SQS.Queue(stack, "SqsManaged") { $0.encryption = .sqsManaged }
        let kmsQueue = try SQS.Queue(stack, "Kms") { $0.encryption = .kms }
        try plain.grantConsumeMessages(role)
        try full.grantSendMessages(role)
        try fifo.grantPurge(role)
        try kmsQueue.grantSendMessages(role)
        try kmsQueue.grantConsumeMessages(role)
        try managed.grant(role, actions: ["sqs:ListQueueTags"])
        _ = try plain.addToResourcePolicy(IAM.PolicyStatement(actions: ["sqs:SendMessage"], resources: [plain.queueArn],
                                                              principals: [IAM.AccountPrincipal("123456789012")]))

        let expectedText = try FixtureFiles.text("sqs-reference", "Queues.template.json")
        let assembly = try app.synth()
        #expect(assembly.stack("Queues")?.template == (try JSONParser.parse(expectedText)))
        #expect(assembly.files.first { $0.name == "Queues.template.json" }?.contents == expectedText)
    }
}
