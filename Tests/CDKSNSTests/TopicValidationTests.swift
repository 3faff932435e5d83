import CDK
import CDKAssertions
import CDKIAM
import CDKKMS
import CDKSNS
import Testing

/// The errors and the smaller behaviours of topics that the AWS CDK's sns.test.ts checks.
@Suite struct TopicValidationTests {
    func stack() throws -> (App, Stack) {
        let app = try App(environment: [:])
        return (app, try Stack(app, "S"))
    }

    @Test func archivingAndThroughputScopeNeedAFifoTopic() throws {
        let (_, stack) = try stack()
        try expectError(path: "/S/A", message: "`messageRetentionPeriodInDays` is only valid for FIFO SNS topics.") {
            try SNS.Topic(stack, "A") { $0.messageRetentionPeriodInDays = 12 }
        }
        try expectError(path: "/S/B", message: "`fifoThroughputScope` can only be set for FIFO SNS topics.") {
            try SNS.Topic(stack, "B") { $0.fifoThroughputScope = .messageGroup }
        }
    }

    @Test(arguments: [0, 366, -1])
    func retentionOutsideOneToThreeHundredSixtyFiveDaysIsAnError(days: Int) throws {
        let (_, stack) = try stack()
        try expectError(path: "/S/T", message: "`messageRetentionPeriodInDays` must be an integer between 1 and 365") {
            try SNS.Topic(stack, "T") { $0.fifo = true; $0.messageRetentionPeriodInDays = days }
        }
    }

    @Test(arguments: [101, -1])
    func aSampleRateOutsideZeroToHundredFailsSynthesis(rate: Int) throws {
        let (app, stack) = try stack()
        let role = try IAM.Role(stack, "Feedback", .init(assumedBy: IAM.ServicePrincipal("sns.amazonaws.com")))
        let topic = try SNS.Topic(stack, "T")
        topic.addLoggingConfig(SNS.LoggingConfig(protocol: .sqs, failureFeedbackRole: role, successFeedbackRole: role,
                                                 successFeedbackSampleRate: rate))
        try expectSynthesisError(app, path: "/S/T", message: "Success feedback sample rate must be an integer between 0 and 100")
    }

    @Test func fifoNamesGetTheSuffixOnce() throws {
        let (_, stack) = try stack()
        _ = try SNS.Topic(stack, "Plain") { $0.fifo = true; $0.topicName = "topicName" }
        _ = try SNS.Topic(stack, "Suffixed") { $0.fifo = true; $0.topicName = "other.fifo"; $0.contentBasedDeduplication = true }
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::SNS::Topic", ["FifoTopic": true, "TopicName": "topicName.fifo"])
        try template.hasResourceProperties("AWS::SNS::Topic", ["FifoTopic": true, "TopicName": "other.fifo", "ContentBasedDeduplication": true])
    }

    @Test func anUnnamedFifoTopicInAnUnnamedStackIsNamedAfterItsId() throws {
        let stack = try Stack(try App(environment: [:]), "Default")
        _ = try SNS.Topic(stack, "MyTopic") { $0.fifo = true }
        try Template(stack).hasResourceProperties("AWS::SNS::Topic", ["FifoTopic": true, "TopicName": "MyTopic.fifo"])
    }

    @Test func importedTopicsTakeNameFifoKeyAndEnvironmentFromTheArn() throws {
        let (_, stack) = try stack()
        let topic = try SNS.Topic.fromTopicArn(stack, "A", topicArn: "arn:aws:sns:*:123456789012:my_corporate_topic")
        #expect(topic.topicName == "my_corporate_topic" && !topic.fifo && !topic.contentBasedDeduplication)
        let fifo = try SNS.Topic.fromTopicAttributes(stack, "B", .init(topicArn: "arn:aws:sns:*:123456789012:mytopic.fifo")) {
            $0.contentBasedDeduplication = true
        }
        #expect(fifo.fifo && fifo.contentBasedDeduplication && fifo.topicName == "mytopic.fifo")
        try expectError(path: "/S", message: "Cannot import topic; contentBasedDeduplication is only available for FIFO SNS topics.") {
            try SNS.Topic.fromTopicAttributes(stack, "C", .init(topicArn: "arn:aws:sns:*:123456789012:mytopic")) { $0.contentBasedDeduplication = true }
        }
        let regional = try SNS.Topic.fromTopicArn(stack, "D", topicArn: "arn:aws:sns:us-west-2:123456789012:my-topic")
        #expect(regional.environment.account == "123456789012" && regional.environment.region == "us-west-2")
    }

    @Test func theTopicKeepsItsKeyAndPublishGrantsCoverIt() throws {
        let (_, stack) = try stack()
        let key = try KMS.Key(stack, "CustomKey")
        let topic = try SNS.Topic(stack, "Topic") { $0.masterKey = key }
        #expect(topic.masterKey === key)
        let user = try IAM.User(stack, "User")
        try topic.grantPublish(user)
        try Template(stack).hasResourceProperties("AWS::IAM::Policy", ["PolicyDocument": ["Statement": [
            ["Action": "sns:Publish", "Effect": "Allow", "Resource": ["Ref": "TopicBFC7AF6E"]],
            ["Action": ["kms:Decrypt", "kms:GenerateDataKey*"], "Effect": "Allow", "Resource": ["Fn::GetAtt": ["CustomKey1E6D0D07", "Arn"]]],
        ]]])
    }

    @Test func aTopicPolicyWithoutActionsOrPrincipalsFailsSynthesis() throws {
        let (app, stack) = try stack()
        let topic = try SNS.Topic(stack, "Topic")
        _ = try topic.addToResourcePolicy(IAM.PolicyStatement(resources: ["*"], principals: [IAM.ArnPrincipal("arn")]))
        try expectSynthesisError(app, path: "/S/Topic", message: "A PolicyStatement must specify at least one 'action' or 'notAction'")

        let (app2, stack2) = try self.stack()
        let topic2 = try SNS.Topic(stack2, "Topic")
        _ = try topic2.addToResourcePolicy(IAM.PolicyStatement(actions: ["sns:*"], resources: ["*"]))
        try expectSynthesisError(app2, path: "/S/Topic", message: "A PolicyStatement used in a resource-based policy must specify at least one IAM principal")
    }

    @Test func metricsHaveTheAWSCDKsDefaults() throws {
        let (_, stack) = try stack()
        let topic = try SNS.Topic(stack, "Topic")
        let published = topic.metricNumberOfMessagesPublished()
        #expect(published.namespace == "AWS/SNS" && published.statistic == "Sum" && published.period == .minutes(5))
        #expect(try stack.resolve(.string(published.dimensions[0].value)) == ["Fn::GetAtt": ["TopicBFC7AF6E", "TopicName"]])
        let size = topic.metricPublishSize()
        #expect(size.metricName == "PublishSize" && size.statistic == "Average")
    }
}
