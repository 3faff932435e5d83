import CDK
import CDKIAM
import CDKSQS
import Testing

/// The Swift port of Tests/Fixtures/sqs-imports/app.py: imported queues' ARNs, URLs and names,
/// and grants on them, as the AWS CDK renders them.
@Suite struct SQSImportsReferenceTests {
    @Test func importedQueuesRenderAsTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Imports")
        let arn = try CfnParameter(stack, "QueueArn", type: "String")
        let user = try IAM.User(stack, "User")

        let literal = try SQS.Queue.fromQueueArn(stack, "Literal", queueArn: "arn:aws:sqs:us-east-1:123456789012:queue1")
        let fifo = try SQS.Queue.fromQueueArn(stack, "Fifo", queueArn: "arn:aws:sqs:us-west-2:123456789012:queue2.fifo")
        let token = try SQS.Queue.fromQueueArn(stack, "FromToken", queueArn: arn.valueAsString)
        let tokenFifo = try SQS.Queue.fromQueueAttributes(stack, "TokenFifo", .init(queueArn: arn.valueAsString)) { $0.fifo = true }
        let withUrl = try SQS.Queue.fromQueueAttributes(stack, "WithUrl", .init(queueArn: "arn:aws:sqs:us-east-1:123456789012:queue3")) {
            $0.queueUrl = "https://queue-url"
        }
        let named = try SQS.Queue.fromQueueAttributes(stack, "Named", .init(queueArn: "arn:aws:sqs:eu-west-1:111111111111:queue4")) {
            $0.queueName = "other-name"
        }
        let encrypted = try SQS.Queue.fromQueueAttributes(stack, "Encrypted", .init(queueArn: "arn:aws:sqs:eu-west-1:111111111111:queue5")) {
            $0.keyArn = "arn:aws:kms:eu-west-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab"
        }

        try literal.grantPurge(user)
        try withUrl.grantSendMessages(user)
        try token.grantConsumeMessages(user)
        try encrypted.grantSendMessages(user)
        try encrypted.grantConsumeMessages(user)
        try named.grant(user, actions: ["sqs:ListQueueTags", "sqs:TagQueue"])
        let added = try literal.addToResourcePolicy(IAM.PolicyStatement(actions: ["sqs:SendMessage"], resources: ["*"],
                                                                        principals: [IAM.AccountPrincipal("123456789012")]))
        #expect(!added.statementAdded)

        let queues: [(String, any SQS.QueueRef)] = [("Literal", literal), ("Fifo", fifo), ("FromToken", token), ("TokenFifo", tokenFifo),
                                                    ("WithUrl", withUrl), ("Named", named), ("Encrypted", encrypted)]
        for (id, queue) in queues {
            _ = try CfnOutput(stack, id + "Arn", value: queue.queueArn)
            _ = try CfnOutput(stack, id + "Url", value: queue.queueUrl)
            _ = try CfnOutput(stack, id + "Name", value: queue.queueName)
        }

        let regional = try Stack(app, "Regional", env: Environment(region: "us-east-1"))
        let otherRegion = try SQS.Queue.fromQueueArn(regional, "OtherRegion", queueArn: "arn:aws:sqs:us-west-2:123456789012:queue1")
        _ = try CfnOutput(regional, "OtherRegionUrl", value: otherRegion.queueUrl)
        _ = try CfnOutput(regional, "OtherRegionName", value: otherRegion.queueName)

        #expect(fifo.fifo && tokenFifo.fifo && !token.fifo && !literal.fifo)
        #expect(encrypted.encryptionType == .kms && literal.encryptionType == nil)
        #expect(literal.environment == ResourceEnvironment(account: "123456789012", region: "us-east-1"))
        try FixtureFiles.expectTemplates(try app.synth(), fixture: "sqs-imports", stacks: ["Imports", "Regional"])
    }
}
