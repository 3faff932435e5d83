import CDK
import CDKAssertions
import CDKIAM
import CDKSNS
import CDKSNSSubscriptions
import CDKSQS
import Testing

@Suite struct TopicTests {
    func stack() throws -> Stack { try Stack(try App(environment: [:]), "S") }

    @Test func defaultsToATopicWithoutProperties() throws {
        let stack = try stack()
        let topic = try SNS.Topic(stack, "T")
        try Template(stack).templateMatches(["Resources": ["TD925BC7E": ["Type": "AWS::SNS::Topic"]]])
        #expect(topic.fifo == false)
        #expect(topic.masterKey == nil)
    }

    @Test func fifoTopicNamesGetTheSuffix() throws {
        let stack = try stack()
        _ = try SNS.Topic(stack, "T") { $0.topicName = "orders"; $0.fifo = true }
        try Template(stack).hasResourceProperties("AWS::SNS::Topic", ["TopicName": "orders.fifo", "FifoTopic": true])
    }

    @Test func policyStatementsGetIndexSids() throws {
        let stack = try stack()
        let topic = try SNS.Topic(stack, "T")
        for service in ["events.amazonaws.com", "s3.amazonaws.com"] {
            _ = try topic.addToResourcePolicy(IAM.PolicyStatement(actions: ["sns:Publish"], resources: [topic.topicArn],
                                                                  principals: [IAM.ServicePrincipal(service)]))
        }
        let policies = try Template(stack).findResources("AWS::SNS::TopicPolicy")
        #expect(policies.count == 1)
        try Template(stack).hasResourceProperties("AWS::SNS::TopicPolicy", ["PolicyDocument": ["Statement": [
            ["Sid": "0", "Principal": ["Service": "events.amazonaws.com"]],
            ["Sid": "1", "Principal": ["Service": "s3.amazonaws.com"]],
        ]]])
    }

    @Test func enforceSSLDeniesPublishingWithoutTLS() throws {
        let stack = try stack()
        _ = try SNS.Topic(stack, "T") { $0.enforceSSL = true }
        try Template(stack).hasResourceProperties("AWS::SNS::TopicPolicy", ["PolicyDocument": ["Statement": [[
            "Action": "sns:Publish", "Effect": "Deny", "Sid": "AllowPublishThroughSSLOnly", "Principal": "*",
            "Condition": ["Bool": ["aws:SecureTransport": "false"]],
        ]]]])
    }

    @Test func grantPublishIsAScalarStatement() throws {
        let stack = try stack()
        let topic = try SNS.Topic(stack, "T")
        let role = try IAM.Role(stack, "R", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        try topic.grantPublish(role)
        try Template(stack).hasResourceProperties("AWS::IAM::Policy", ["PolicyDocument": ["Statement": [[
            "Action": "sns:Publish", "Effect": "Allow", "Resource": ["Ref": "TD925BC7E"],
        ]]]])
    }

    @Test func sqsSubscriptionGoesUnderTheQueueAndDependsOnItsPolicy() throws {
        let stack = try stack()
        let topic = try SNS.Topic(stack, "T")
        let queue = try SQS.Queue(stack, "Q")
        let subscription = try topic.addSubscription(SNSSubscriptions.SqsSubscription(queue))
        #expect(subscription.node.path == "S/Q/STE7DEDF33")
        try Template(stack).hasResource("AWS::SNS::Subscription", ["DependsOn": ["QPolicy70C80277"]])
        try expectError(message: "A subscription with id \"STE7DEDF33\" already exists under the scope S/Q") {
            try topic.addSubscription(SNSSubscriptions.SqsSubscription(queue))
        }
    }

    @Test func importedTopicsTakeTheirNameFromTheArn() throws {
        let stack = try stack()
        let topic = try SNS.Topic.fromTopicArn(stack, "I", topicArn: "arn:aws:sns:eu-west-1:111111111111:alerts")
        #expect(topic.topicName == "alerts")
        let role = try IAM.Role(stack, "R", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        try topic.grantPublish(role)
        try Template(stack).resourceCountIs("AWS::SNS::TopicPolicy", 0)
    }

    @Test func invalidPropsAreErrorsWithThePath() throws {
        let stack = try stack()
        try expectError(path: "/S/A", message: "Content based deduplication can only be enabled for FIFO SNS topics.") {
            try SNS.Topic(stack, "A") { $0.contentBasedDeduplication = true }
        }
        try expectError(path: "/S/B", message: "displayName must be less than or equal to 100 characters, got 101") {
            try SNS.Topic(stack, "B") { $0.displayName = String(repeating: "x", count: 101) }
        }
        try expectError(path: "/S/C", message: "signatureVersion must be \"1\" or \"2\", received: \"3\"") {
            try SNS.Topic(stack, "C") { $0.signatureVersion = "3" }
        }
        let topic = try SNS.Topic(stack, "T")
        try expectError(message: "Raw message delivery can only be enabled for HTTP, HTTPS, SQS, and Firehose subscriptions.") {
            try SNS.Subscription(stack, "Sub", .init(topic: topic, endpoint: "a@example.com", protocol: .email)) {
                $0.rawMessageDelivery = true
            }
        }
        try expectError(message: "URL must start with either http:// or https://") {
            try SNSSubscriptions.UrlSubscription("ftp://example.com")
        }
    }
}
