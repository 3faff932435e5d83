import CDK
import CDKCloudWatch
import CDKIAM
import CDKKMS
import CDKSQS
import Testing

/// The Swift port of Tests/Fixtures/sqs-features/app.py: redrive allow policies, a retention
/// period from a parameter, a key given with another encryption, queue policies and every metric.
@Suite struct SQSFeaturesReferenceTests {
    @Test func templateAndWarningsEqualTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Features")
        let retention = try CfnParameter(stack, "RetentionSeconds", type: "Number", default: 30)
        let source = try SQS.Queue(stack, "Source")
        _ = try SQS.Queue(stack, "AllowAll") { $0.redriveAllowPolicy = SQS.RedriveAllowPolicy() }
        _ = try SQS.Queue(stack, "DenyAll") { $0.redriveAllowPolicy = SQS.RedriveAllowPolicy(redrivePermission: .denyAll) }
        _ = try SQS.Queue(stack, "BySource") { $0.redriveAllowPolicy = SQS.RedriveAllowPolicy(sourceQueues: [source]) }
        _ = try SQS.Queue(stack, "ExplicitAllowAll") { $0.redriveAllowPolicy = SQS.RedriveAllowPolicy(redrivePermission: .allowAll) }
        _ = try SQS.Queue(stack, "FromParameter") { $0.retentionPeriod = .seconds(retention.valueAsNumber) }
        let key = try KMS.Key(stack, "Key")
        let keyWithManaged = try SQS.Queue(stack, "KeyWithManaged") { $0.encryption = .kmsManaged; $0.encryptionMasterKey = key }
        _ = try SQS.Queue(stack, "KeyWithUnencrypted") {
            $0.encryption = .unencrypted
            $0.encryptionMasterKey = key
            $0.dataKeyReuse = .minutes(2)
        }
        _ = try SQS.Queue(stack, "KeyOnly") { $0.encryptionMasterKey = key }
        _ = try SQS.Queue(stack, "ExplicitFifoFalse") { $0.fifo = false; $0.queueName = "plain-queue" }
        let withPolicy = try SQS.Queue(stack, "WithPolicy") { $0.enforceSSL = true }
        _ = try withPolicy.addToResourcePolicy(IAM.PolicyStatement(actions: ["sqs:*"], resources: ["*"], principals: [IAM.ArnPrincipal("arn")]))
        let policy = try SQS.QueuePolicy(stack, "SharedPolicy", .init(queues: [source, withPolicy]))
        policy.document.addStatements(IAM.PolicyStatement(actions: ["sqs:SendMessage"], resources: ["*"],
                                                          principals: [IAM.ServicePrincipal("sns.amazonaws.com")]))

        let queue = try SQS.Queue(stack, "Measured")
        let metrics: [(String, CloudWatch.Metric)] = [
            ("Visible", queue.metricApproximateNumberOfMessagesVisible()),
            ("NotVisible", queue.metricApproximateNumberOfMessagesNotVisible()),
            ("Delayed", queue.metricApproximateNumberOfMessagesDelayed()),
            ("OldestAge", queue.metricApproximateAgeOfOldestMessage()),
            ("EmptyReceives", queue.metricNumberOfEmptyReceives()),
            ("Deleted", queue.metricNumberOfMessagesDeleted()),
            ("Received", queue.metricNumberOfMessagesReceived()),
            ("Sent", queue.metricNumberOfMessagesSent()),
            ("SentSize", queue.metricSentMessageSize()),
            ("Custom", queue.metric("Custom", .init(period: .minutes(1), statistic: "p99"))),
        ]
        for (name, metric) in metrics {
            _ = try metric.createAlarm(stack, name + "Alarm", .init(threshold: 1, evaluationPeriods: 1))
        }
        _ = try queue.metricApproximateNumberOfMessagesOutstanding()
            .createAlarm(stack, "OutstandingAlarm", .init(threshold: 1, evaluationPeriods: 1))
        _ = try queue.metricApproximateNumberOfMessagesOutstanding(.init(period: .minutes(1), label: "Backlog"))
            .createAlarm(stack, "OutstandingLabelledAlarm", .init(threshold: 1, evaluationPeriods: 1))

        #expect(keyWithManaged.encryptionType == .kms && keyWithManaged.encryptionMasterKey === key)
        let assembly = try app.synth()
        try FixtureFiles.expectTemplates(assembly, fixture: "sqs-features", stacks: ["Features"])
        let warnings = assembly.messages.filter { $0.level == .warning }
        #expect(warnings.map(\.path) == ["/Features/KeyWithManaged", "/Features/KeyWithUnencrypted"])
        #expect(warnings.first?.message == "encryption: Automatically changed to QueueEncryption.KMS, was: QueueEncryption.KMS_MANAGED\n"
                + "When encryptionMasterKey is provided, always set `encryption: QueueEncryption.KMS` [ack: @aws-cdk/aws-sqs:queueEncryptionChangedToKMS]")
    }
}
