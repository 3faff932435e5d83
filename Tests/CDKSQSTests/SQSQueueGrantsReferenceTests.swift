import CDK
import CDKIAM
import CDKKMS
import CDKSQS
import Testing

/// The Swift port of Tests/Fixtures/sqs-queue-grants/app.py: QueueGrants on CfnQueues (queue
/// policy, key policy of the key found by id, ARN or reference, no key for an alias), on queue
/// constructs and on an imported queue.
@Suite struct SQSQueueGrantsReferenceTests {
    @Test func templateEqualsTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Grants")
        let user = try IAM.User(stack, "User")
        let role = try IAM.Role(stack, "Role", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        let service = IAM.ServicePrincipal("some.service.amazonaws.com")

        let plain = try SQS.CfnQueue(stack, "Queue")
        try SQS.QueueGrants.fromCfnQueue(plain).sendMessages(user)
        try SQS.QueueGrants.fromCfnQueue(plain).sendMessages(service)
        try SQS.QueueGrants.fromCfnQueue(plain).consumeMessages(IAM.ServicePrincipal("other.service.amazonaws.com"))
        try SQS.QueueGrants.fromCfnQueue(plain).purge(role)

        let key = try KMS.CfnKey(stack, "CustomKey", keyPolicy: ["Statement": []])
        let byId = try SQS.CfnQueue(stack, "ById", kmsMasterKeyId: key.attrKeyId)
        try SQS.QueueGrants.fromCfnQueue(byId).sendMessages(role)
        try SQS.QueueGrants.fromCfnQueue(byId).consumeMessages(service)
        let byArn = try SQS.CfnQueue(stack, "ByArn", kmsMasterKeyId: key.attrArn)
        try SQS.QueueGrants.fromCfnQueue(byArn).consumeMessages(user)
        let otherKey = try KMS.CfnKey(stack, "OtherKey")
        let byRef = try SQS.CfnQueue(stack, "ByRef", kmsMasterKeyId: otherKey.ref)
        try SQS.QueueGrants.fromCfnQueue(byRef).sendMessages(user)
        let aliased = try SQS.CfnQueue(stack, "Aliased", kmsMasterKeyId: "alias/aws/sqs")
        try SQS.QueueGrants.fromCfnQueue(aliased).sendMessages(user)
        try SQS.QueueGrants.fromCfnQueue(plain).actions(user, ["sqs:ListQueueTags"], resourceArns: ["*"])
        let l2Key = try KMS.Key(stack, "L2Key")
        let withL2Key = try SQS.CfnQueue(stack, "WithL2Key", kmsMasterKeyId: l2Key.keyArn)
        try SQS.QueueGrants.fromCfnQueue(withL2Key).sendMessages(role)

        let queue = try SQS.Queue(stack, "L2")
        try queue.grants.consumeMessages(user)
        try SQS.QueueGrants.fromQueue(queue).purge(user)
        try queue.grants.sendMessages(service)
        let encrypted = try SQS.Queue(stack, "Encrypted") { $0.encryption = .kms }
        try encrypted.grants.sendMessages(role)
        try encrypted.grants.actions(role, ["sqs:ListQueueTags"], keyActions: ["kms:DescribeKey"])
        let imported = try SQS.Queue.fromQueueArn(stack, "Imported", queueArn: "arn:aws:sqs:us-east-1:123456789012:queue1")
        try imported.grants.sendMessages(role)

        try FixtureFiles.expectTemplates(try app.synth(), fixture: "sqs-queue-grants", stacks: ["Grants"])
    }
}
