import CDK
import CDKCloudWatch
import CDKIAM
import CDKKMS
import CDKSNS
import Testing

/// The Swift port of Tests/Fixtures/sns-topics/app.py: every topic prop, delivery status
/// logging, SSL enforcement next to other statements, topic policies, grants with keys,
/// imports and every metric, as the AWS CDK renders them.
@Suite struct SNSTopicsReferenceTests {
    @Test func templateEqualsTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Topics")
        let arn = try CfnParameter(stack, "TopicArn", type: "String")
        let user = try IAM.User(stack, "User")
        let key = try KMS.Key(stack, "CustomKey")
        let feedback = try IAM.Role(stack, "FeedbackRole", .init(assumedBy: IAM.ServicePrincipal("sns.amazonaws.com")))

        _ = try SNS.Topic(stack, "Signed") { $0.signatureVersion = "2"; $0.tracingConfig = .active }
        _ = try SNS.Topic(stack, "PassThrough") { $0.tracingConfig = .passThrough }
        _ = try SNS.Topic(stack, "Archived") {
            $0.fifo = true
            $0.messageRetentionPeriodInDays = 10
            $0.fifoThroughputScope = .messageGroup
        }
        _ = try SNS.Topic(stack, "TopicScope") { $0.fifo = true; $0.topicName = "scoped.fifo"; $0.fifoThroughputScope = .topic }
        _ = try SNS.Topic(stack, "ExplicitFalse") { $0.fifo = false; $0.contentBasedDeduplication = false }

        let logged = try SNS.Topic(stack, "Logged") {
            $0.loggingConfigs = [SNS.LoggingConfig(protocol: .sqs, failureFeedbackRole: feedback, successFeedbackRole: feedback,
                                                   successFeedbackSampleRate: 50)]
        }
        logged.addLoggingConfig(SNS.LoggingConfig(protocol: .http, successFeedbackRole: feedback))
        logged.addLoggingConfig(SNS.LoggingConfig(protocol: .lambda, failureFeedbackRole: feedback, successFeedbackSampleRate: 0))
        logged.addLoggingConfig(SNS.LoggingConfig(protocol: .firehose))
        logged.addLoggingConfig(SNS.LoggingConfig(protocol: .application, successFeedbackSampleRate: 100))

        let encrypted = try SNS.Topic(stack, "Encrypted") { $0.masterKey = key; $0.enforceSSL = true }
        _ = try encrypted.addToResourcePolicy(IAM.PolicyStatement(actions: ["sns:*"], resources: ["*"], principals: [IAM.ArnPrincipal("arn")]))
        try encrypted.grantPublish(user)
        try encrypted.grantSubscribe(user)

        let plain = try SNS.Topic(stack, "Plain")
        for action in ["service:statement0", "service:statement1"] {
            _ = try plain.addToResourcePolicy(IAM.PolicyStatement(actions: [action], resources: ["*"], principals: [IAM.ArnPrincipal("arn")]))
        }
        _ = try SNS.TopicPolicy(stack, "PassedDocument", .init(topics: [plain])) {
            $0.policyDocument = IAM.PolicyDocument(statements: [
                IAM.PolicyStatement(actions: ["service:statement0"], principals: [IAM.ArnPrincipal("arn")]),
            ], assignSids: true)
        }
        _ = try SNS.TopicPolicy(stack, "Enforced", .init(topics: [plain])) { $0.enforceSSL = true }
        let added = try SNS.TopicPolicy(stack, "Added", .init(topics: [plain]))
        added.document.addStatements(IAM.PolicyStatement(actions: ["service:statement0"], principals: [IAM.ArnPrincipal("arn")]))

        let imported = try SNS.Topic.fromTopicArn(stack, "Imported", topicArn: "arn:aws:sns:us-west-2:123456789012:my-topic")
        let importedFifo = try SNS.Topic.fromTopicAttributes(stack, "ImportedFifo", .init(topicArn: "arn:aws:sns:*:123456789012:mytopic.fifo")) {
            $0.contentBasedDeduplication = true
        }
        let importedKey = try SNS.Topic.fromTopicAttributes(stack, "ImportedKey", .init(topicArn: "arn:aws:sns:us-east-1:123456789012:keyed")) {
            $0.keyArn = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
        }
        let fromToken = try SNS.Topic.fromTopicArn(stack, "FromToken", topicArn: arn.valueAsString)
        try importedKey.grantPublish(user)
        try fromToken.grantSubscribe(user)
        let topics: [(String, any SNS.TopicRef)] = [("Imported", imported), ("ImportedFifo", importedFifo), ("ImportedKey", importedKey),
                                                    ("FromToken", fromToken)]
        for (id, topic) in topics {
            _ = try CfnOutput(stack, id + "Arn", value: topic.topicArn)
            _ = try CfnOutput(stack, id + "Name", value: topic.topicName)
        }

        let metrics: [(String, CloudWatch.Metric)] = [
            ("PublishSize", plain.metricPublishSize()),
            ("Published", plain.metricNumberOfMessagesPublished()),
            ("Delivered", plain.metricNumberOfNotificationsDelivered()),
            ("Failed", plain.metricNumberOfNotificationsFailed()),
            ("FilteredOut", plain.metricNumberOfNotificationsFilteredOut()),
            ("FilteredOutNoAttributes", plain.metricNumberOfNotificationsFilteredOutNoMessageAttributes()),
            ("FilteredOutInvalid", plain.metricNumberOfNotificationsFilteredOutInvalidAttributes()),
            ("SmsSpent", plain.metricSMSMonthToDateSpentUSD()),
            ("SmsSuccess", plain.metricSMSSuccessRate()),
            ("Custom", plain.metric("Custom", .init(period: .minutes(1), statistic: "Minimum"))),
        ]
        for (name, metric) in metrics {
            _ = try metric.createAlarm(stack, name + "Alarm", .init(threshold: 1, evaluationPeriods: 1))
        }

        #expect(imported.environment == ResourceEnvironment(account: "123456789012", region: "us-west-2"))
        #expect(importedFifo.fifo && importedFifo.contentBasedDeduplication && !imported.fifo && !fromToken.fifo)
        #expect(importedKey.masterKey?.keyArn == "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab")
        try FixtureFiles.expectTemplates(try app.synth(), fixture: "sns-topics", stacks: ["Topics"])
    }
}
