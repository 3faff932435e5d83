import CDK
import CDKAssertions
import CDKCloudWatch
import CDKIAM
import CDKKMS
import CDKSQS
import Testing

/// Imports, redrive allow policies, policy validation and metrics of queues: the behaviours of
/// the AWS CDK's sqs.test.ts that the reference apps do not show.
@Suite struct QueueImportAndPolicyTests {
    func stack() throws -> (App, Stack) {
        let app = try App(environment: [:])
        return (app, try Stack(app, "S"))
    }

    @Test func aFifoFlagThatContradictsTheImportedNameIsAnError() throws {
        let (_, stack) = try stack()
        try expectError(path: "/S/Standard", message: "FIFO queue names must end in '.fifo'") {
            try SQS.Queue.fromQueueAttributes(stack, "Standard", .init(queueArn: "arn:aws:sqs:us-west-2:123456789012:queue1")) { $0.fifo = true }
        }
        try expectError(path: "/S/Fifo", message: "Non-FIFO queue name may not end in '.fifo'") {
            try SQS.Queue.fromQueueAttributes(stack, "Fifo", .init(queueArn: "arn:aws:sqs:us-west-2:123456789012:queue1.fifo")) { $0.fifo = false }
        }
    }

    @Test func aTokenArnIsFifoOnlyWhenSaidSo() throws {
        let (_, stack) = try stack()
        let arn = try CfnParameter(stack, "Arn").valueAsString
        #expect(try !SQS.Queue.fromQueueAttributes(stack, "A", .init(queueArn: arn)).fifo)
        #expect(try !SQS.Queue.fromQueueAttributes(stack, "B", .init(queueArn: arn)) { $0.fifo = false }.fifo)
        #expect(try SQS.Queue.fromQueueAttributes(stack, "C", .init(queueArn: arn)) { $0.fifo = true }.fifo)
    }

    @Test func anImportedKeyMeansKmsEncryption() throws {
        let (_, stack) = try stack()
        let queue = try SQS.Queue.fromQueueAttributes(stack, "Q", .init(queueArn: "arn:aws:sqs:us-east-1:123456789012:queue1")) {
            $0.keyArn = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
        }
        #expect(queue.encryptionType == .kms)
        #expect(queue.encryptionMasterKey?.keyArn == "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")
    }

    @Test func fifoOnlyOptionsOnAStandardQueueAreErrors() throws {
        let (_, stack) = try stack()
        try expectError(path: "/S/A", message: "FIFO throughput limit can only be defined for FIFO queues") {
            try SQS.Queue(stack, "A") { $0.fifo = false; $0.fifoThroughputLimit = .perMessageGroupId }
        }
        try expectError(path: "/S/B", message: "Deduplication scope can only be defined for FIFO queues") {
            try SQS.Queue(stack, "B") { $0.fifo = false; $0.deduplicationScope = .messageGroup }
        }
    }

    @Test func retentionOutOfRangeIsAnErrorOnEitherSide() throws {
        let (_, stack) = try stack()
        try expectError(path: "/S/Long", message: "- message retention period must be between 60 and 1,209,600 seconds, but 1296000 was provided") {
            try SQS.Queue(stack, "Long") { $0.retentionPeriod = .days(15) }
        }
    }

    @Test func invalidRedriveAllowPoliciesAreErrors() throws {
        let (_, stack) = try stack()
        let sources = try (0..<11).map { try SQS.Queue(stack, "Source\($0)") }
        try expectError(path: "/S/NoSource", message: "- At least one source queue must be specified when RedrivePermission is set to 'byQueue'") {
            try SQS.Queue(stack, "NoSource") { $0.redriveAllowPolicy = .init(redrivePermission: .byQueue) }
        }
        try expectError(path: "/S/TooMany", message: "- Up to 10 sourceQueues can be specified. Set RedrivePermission to 'allowAll' to specify more") {
            try SQS.Queue(stack, "TooMany") { $0.redriveAllowPolicy = .init(redrivePermission: .byQueue, sourceQueues: sources) }
        }
        try expectError(path: "/S/DenyWithSources", message: "- sourceQueues cannot be configured when RedrivePermission is set to 'allowAll' or 'denyAll'") {
            try SQS.Queue(stack, "DenyWithSources") { $0.redriveAllowPolicy = .init(redrivePermission: .denyAll, sourceQueues: [sources[0]]) }
        }
    }

    @Test func aQueuePolicyWithoutActionsOrPrincipalsFailsSynthesis() throws {
        let (app, stack) = try stack()
        let queue = try SQS.Queue(stack, "Queue")
        _ = try queue.addToResourcePolicy(IAM.PolicyStatement(resources: ["*"], principals: [IAM.ArnPrincipal("arn")]))
        try expectSynthesisError(app, message: "A PolicyStatement must specify at least one 'action' or 'notAction'")

        let (app2, stack2) = try self.stack()
        let queue2 = try SQS.Queue(stack2, "Queue")
        _ = try queue2.addToResourcePolicy(IAM.PolicyStatement(actions: ["sqs:*"], resources: ["*"]))
        try expectSynthesisError(app2, message: "A PolicyStatement used in a resource-based policy must specify at least one IAM principal")
    }

    @Test func grantsOnAKmsQueueAlsoGrantTheKey() throws {
        let (_, stack) = try stack()
        let queue = try SQS.Queue(stack, "Queue") { $0.encryption = .kms }
        let user = try IAM.User(stack, "User")
        try queue.grantConsumeMessages(user)
        try Template(stack).hasResourceProperties("AWS::IAM::Policy", ["PolicyDocument": ["Statement": [
            ["Action": ["sqs:ReceiveMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueUrl", "sqs:DeleteMessage", "sqs:GetQueueAttributes"],
             "Effect": "Allow", "Resource": ["Fn::GetAtt": ["Queue4A7E3555", "Arn"]]],
            ["Action": "kms:Decrypt", "Effect": "Allow", "Resource": ["Fn::GetAtt": ["QueueKey39FCBAE6", "Arn"]]],
        ]]])
    }

    @Test func metricsHaveTheAWSCDKsDefaults() throws {
        let (_, stack) = try stack()
        let queue = try SQS.Queue(stack, "Queue")
        let sent = queue.metricNumberOfMessagesSent()
        #expect(sent.namespace == "AWS/SQS" && sent.metricName == "NumberOfMessagesSent" && sent.statistic == "Sum")
        #expect(sent.period == .minutes(5))
        #expect(try stack.resolve(.string(sent.dimensions[0].value)) == ["Fn::GetAtt": ["Queue4A7E3555", "QueueName"]])
        let size = queue.metricSentMessageSize(.init(period: .minutes(1)))
        #expect(size.metricName == "SentMessageSize" && size.statistic == "Average" && size.period == .minutes(1))
    }

    @Test func theQueueWithAKeyAndOtherEncryptionCanBeAcknowledged() throws {
        let (app, stack) = try stack()
        Annotations.of(stack).acknowledgeWarning("@aws-cdk/aws-sqs:queueEncryptionChangedToKMS", "intended")
        _ = try SQS.Queue(stack, "Queue") { $0.encryption = .kmsManaged; $0.encryptionMasterKey = try KMS.Key(stack, "Key") }
        #expect(try app.synth().messages.filter { $0.level == .warning }.isEmpty)
    }
}
