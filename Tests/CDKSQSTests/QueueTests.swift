import CDK
import CDKAssertions
import CDKIAM
import CDKKMS
import CDKSQS
import Testing

@Suite struct QueueTests {
    func stack() throws -> Stack { try Stack(try App(environment: [:]), "S") }

    @Test func defaultsToAnEmptyQueueDeletedWithTheStack() throws {
        let stack = try stack()
        let queue = try SQS.Queue(stack, "Q")
        try Template(stack).templateMatches(["Resources": ["Q63C6E3AB": [
            "Type": "AWS::SQS::Queue", "UpdateReplacePolicy": "Delete", "DeletionPolicy": "Delete",
        ]]])
        #expect(queue.fifo == false)
        #expect(queue.encryptionType == nil)
        #expect(queue.encryptionMasterKey == nil)
    }

    @Test func fifoIsImpliedByNameAndOptions() throws {
        let stack = try stack()
        #expect(try SQS.Queue(stack, "A") { $0.queueName = "a.fifo" }.fifo)
        #expect(try SQS.Queue(stack, "B") { $0.contentBasedDeduplication = true }.fifo)
        #expect(try SQS.Queue(stack, "C") { $0.deduplicationScope = .queue }.fifo)
        try Template(stack).hasResourceProperties("AWS::SQS::Queue", ["QueueName": "a.fifo", "FifoQueue": true])
    }

    @Test func customerKeyIsCreatedOrUsed() throws {
        let stack = try stack()
        let created = try SQS.Queue(stack, "Created") { $0.encryption = .kms }
        #expect(created.encryptionMasterKey != nil)
        let key = try KMS.Key(stack, "Key")
        let given = try SQS.Queue(stack, "Given") { $0.encryptionMasterKey = key }
        #expect(given.encryptionType == .kms)
        try Template(stack).hasResourceProperties("AWS::KMS::Key", ["Description": "Created by S/Created"])
        try Template(stack).hasResourceProperties("AWS::SQS::Queue", ["KmsMasterKeyId": ["Fn::GetAtt": ["CreatedKeyDE349444", "Arn"]]])
        #expect(given.cfnQueue.kmsMasterKeyId == key.keyArn)
    }

    @Test func grantsUseTheAWSCDKActionLists() throws {
        let stack = try stack()
        let queue = try SQS.Queue(stack, "Q")
        let role = try IAM.Role(stack, "R", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        try queue.grantSendMessages(role)
        try Template(stack).hasResourceProperties("AWS::IAM::Policy", ["PolicyDocument": ["Statement": [[
            "Action": ["sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"], "Effect": "Allow",
            "Resource": ["Fn::GetAtt": ["Q63C6E3AB", "Arn"]],
        ]]]])
        #expect(SQS.Actions.consume.count == 5)
        #expect(SQS.Actions.purge.first == "sqs:PurgeQueue")
    }

    @Test func resourcePolicyIsCreatedOnce() throws {
        let stack = try stack()
        let queue = try SQS.Queue(stack, "Q") { $0.enforceSSL = true }
        _ = try queue.addToResourcePolicy(IAM.PolicyStatement(actions: ["sqs:SendMessage"], resources: [queue.queueArn],
                                                              principals: [IAM.ServicePrincipal("sns.amazonaws.com")]))
        try Template(stack).resourceCountIs("AWS::SQS::QueuePolicy", 1)
    }

    @Test func importedQueuesDeriveNameAndUrl() throws {
        let stack = try stack()
        let queue = try SQS.Queue.fromQueueArn(stack, "I", queueArn: "arn:aws:sqs:eu-west-1:111111111111:jobs.fifo")
        #expect(queue.queueName == "jobs.fifo")
        #expect(queue.fifo)
        #expect(queue.queueUrl.hasPrefix("https://sqs.eu-west-1."))
        #expect(queue.queueUrl.hasSuffix("/111111111111/jobs.fifo"))
    }

    @Test func invalidPropsAreErrorsWithThePath() throws {
        let stack = try stack()
        try expectError(path: "/S/A", message: "Queue initialization failed due to the following validation error(s):\n- visibility timeout must be between 0 and 43,200 seconds, but 50000 was provided") {
            try SQS.Queue(stack, "A") { $0.visibilityTimeout = .seconds(50_000) }
        }
        try expectError(path: "/S/B", message: "- message retention period must be between 60 and 1,209,600 seconds, but 30 was provided") {
            try SQS.Queue(stack, "B") { $0.retentionPeriod = .seconds(30) }
        }
        try expectError(path: "/S/C", message: "- delivery delay must be between 0 and 900 seconds, but 901 was provided") {
            try SQS.Queue(stack, "C") { $0.deliveryDelay = .seconds(901) }
        }
        try expectError(path: "/S/D", message: "- receive wait time must be between 0 and 20 seconds, but 21 was provided") {
            try SQS.Queue(stack, "D") { $0.receiveMessageWaitTime = .seconds(21) }
        }
        try expectError(path: "/S/E", message: "- maximum message size must be between 1,024 and 1,048,576 bytes, but 100 was provided") {
            try SQS.Queue(stack, "E") { $0.maxMessageSizeBytes = 100 }
        }
        let dlq = try SQS.Queue(stack, "Dlq")
        try expectError(path: "/S/F", message: "- dead letter target maximum receive count must be 1 or more, but 0 was provided") {
            try SQS.Queue(stack, "F") { $0.deadLetterQueue = SQS.DeadLetterQueue(queue: dlq, maxReceiveCount: 0) }
        }
        try expectError(path: "/S/G", message: "FIFO queue names must end in '.fifo'") {
            try SQS.Queue(stack, "G") { $0.queueName = "plain"; $0.fifo = true }
        }
        try expectError(path: "/S/H", message: "Non-FIFO queue name may not end in '.fifo'") {
            try SQS.Queue(stack, "H") { $0.queueName = "x.fifo"; $0.fifo = false }
        }
        try expectError(path: "/S/Long", message: .containing("Queue name '\(String(repeating: "q", count: 81))' is not a name SQS accepts: 1 to 80 characters (it has 81)")) {
            try SQS.Queue(stack, "Long") { $0.queueName = String(repeating: "q", count: 81) }
        }
        try expectError(path: "/S/Spaces", message: .containing("'jobs queue' is not a name SQS accepts")) {
            try SQS.Queue(stack, "Spaces") { $0.queueName = "jobs queue" }
        }
        try expectError(path: "/S/OnlyFifo", message: .containing("ending in '.fifo'")) {
            try SQS.Queue(stack, "OnlyFifo") { $0.queueName = ".fifo" }
        }
        try expectError(path: "/S/I", message: "Content-based deduplication can only be defined for FIFO queues") {
            try SQS.Queue(stack, "I") { $0.fifo = false; $0.contentBasedDeduplication = true }
        }
        try expectError(path: "/S/J", message: "'encryptionMasterKey' is not supported if encryption type 'SQS_MANAGED' is used") {
            try SQS.Queue(stack, "J") { $0.encryption = .sqsManaged; $0.encryptionMasterKey = try KMS.Key(stack, "K") }
        }
    }
}
