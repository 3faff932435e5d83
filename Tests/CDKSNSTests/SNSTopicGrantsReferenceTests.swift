import CDK
import CDKIAM
import CDKKMS
import CDKSNS
import Testing

/// The Swift port of Tests/Fixtures/sns-topic-grants/app.py: TopicGrants on CfnTopics (topic
/// policy and key policy) and on a topic construct.
@Suite struct SNSTopicGrantsReferenceTests {
    @Test func templateEqualsTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Grants")
        let user = try IAM.User(stack, "User")
        let service = IAM.ServicePrincipal("some.service.amazonaws.com")

        let plain = try SNS.CfnTopic(stack, "Topic")
        try SNS.TopicGrants.fromCfnTopic(plain).publish(user)
        try SNS.TopicGrants.fromCfnTopic(plain).publish(service)
        try SNS.TopicGrants.fromCfnTopic(plain).subscribe(IAM.ServicePrincipal("other.service.amazonaws.com"))

        let key = try KMS.CfnKey(stack, "CustomKey", keyPolicy: ["Statement": []])
        let encrypted = try SNS.CfnTopic(stack, "Encrypted", kmsMasterKeyId: key.attrKeyId)
        try SNS.TopicGrants.fromCfnTopic(encrypted).publish(service)
        try SNS.TopicGrants.fromCfnTopic(encrypted).publish(user)

        let l2Key = try KMS.Key(stack, "L2Key")
        let withL2Key = try SNS.CfnTopic(stack, "WithL2Key", kmsMasterKeyId: l2Key.keyArn)
        try SNS.TopicGrants.fromCfnTopic(withL2Key).publish(user)

        let topic = try SNS.Topic(stack, "L2")
        try topic.grants.publish(user)
        try SNS.TopicGrants.fromTopic(topic).subscribe(user)
        try topic.grants.actions(user, ["sns:GetTopicAttributes"])
        try topic.grants.actions(user, ["sns:ListTopics"], resourceArns: ["*"])
        try SNS.TopicGrants.fromCfnTopic(plain).actions(service, ["sns:GetTopicAttributes"], resourceArns: ["*"])

        try FixtureFiles.expectTemplates(try app.synth(), fixture: "sns-topic-grants", stacks: ["Grants"])
    }
}
