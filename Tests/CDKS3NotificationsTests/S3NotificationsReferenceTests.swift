import CDK
import CDKAssertions
import CDKKMS
import CDKLambda
import CDKS3
import CDKS3Notifications
import CDKSNS
import CDKSQS
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/s3-notifications-reference/app.py must synthesize the AWS CDK's template.
@Suite struct S3NotificationsReferenceTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/s3-notifications-reference/expected/Notifications.template.json")

    @Test func templateEqualsTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Notifications")
        let bucket = try S3.Bucket(stack, "Uploads")
        let fn = try Lambda.Function(stack, "OnUpload", .init(runtime: .python312, handler: "index.handler", code: .fromInline("def handler(event, context):\n    return None")))
        let queue = try SQS.Queue(stack, "Inbox")
        let topic = try SNS.Topic(stack, "Uploaded")
        try bucket.addEventNotification(.objectCreated, S3Notifications.LambdaDestination(fn), filters: S3.NotificationKeyFilter(prefix: "images/"))
        try bucket.addEventNotification(.objectRemoved, S3Notifications.SqsDestination(queue))
        try bucket.addEventNotification(.objectCreatedPut, S3Notifications.SnsDestination(topic), filters: S3.NotificationKeyFilter(suffix: ".csv"))
        try bucket.addEventNotification(.objectRestoreCompleted, S3Notifications.LambdaDestination(fn))

        let expectedText = try String(contentsOf: Self.fixture, encoding: .utf8)
        let assembly = try app.synth()
        // Byte for byte but for the handler function's code, which is swift-cdk's own.
        let text = try #require(assembly.files.first { $0.name == "Notifications.template.json" }?.contents)
        let ours = try #require(Self.handlerCode(try JSONParser.parse(text)))
        let theirs = try #require(Self.handlerCode(try JSONParser.parse(expectedText)))
        #expect(ours != theirs)
        #expect(text.replacingOccurrences(of: JSONWriter.compact(.string(ours)), with: JSONWriter.compact(.string(theirs))) == expectedText)
    }

    static let encryptedFixture = fixture.deletingLastPathComponent().appendingPathComponent("EncryptedTopics.template.json")

    @Test func encryptedTopicsLetS3UseTheirKeyWithTheFlag() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "EncryptedTopics")
        try stack.node.setContext(S3Notifications.SnsDestination.trustKeyPolicyFlag, true)
        let watched = try S3.Bucket(stack, "Watched")
        let ownKey = try SNS.Topic(stack, "OwnKey") { $0.masterKey = try KMS.Key(stack, "TopicKey") }
        let importedKey = try SNS.Topic(stack, "ImportedKey") {
            $0.masterKey = try KMS.Key.fromKeyArn(stack, "Imported", keyArn: "arn:aws:kms:us-east-1:123456789012:key/12345678-1234-1234-1234-123456789012")
        }
        try watched.addObjectCreatedNotification(S3Notifications.SnsDestination(ownKey))
        try watched.addObjectRemovedNotification(S3Notifications.SnsDestination(importedKey))

        let assembly = try app.synth()
        let expectedText = try String(contentsOf: Self.encryptedFixture, encoding: .utf8)
        let text = try #require(assembly.files.first { $0.name == "EncryptedTopics.template.json" }?.contents)
        let ours = try #require(Self.handlerCode(try JSONParser.parse(text)))
        let theirs = try #require(Self.handlerCode(try JSONParser.parse(expectedText)))
        #expect(text.replacingOccurrences(of: JSONWriter.compact(.string(ours)), with: JSONWriter.compact(.string(theirs))) == expectedText)
        let warning = try #require(assembly.messages.first { $0.path == "/EncryptedTopics/Imported" })
        #expect(warning.message.hasPrefix("Can not change key policy of imported kms key. Ensure that your key policy contains the following permissions: \n{\n  \"Action\": [\n    \"kms:GenerateDataKey\","))
        #expect(warning.message.hasSuffix("\"Resource\": \"*\"\n} [ack: @aws-cdk/aws-s3-notifications:snsKMSPermissionsNotAdded]"))
    }

    static let handlerId = "BucketNotificationsHandler050a0587b7544547bf325f094a3db8347ECC3691"

    /// The inline code of the notifications handler function in `template`.
    static func handlerCode(_ template: JSONValue) -> String? {
        template["Resources"]?[handlerId]?["Properties"]?["Code"]?["ZipFile"]?.stringValue
    }

    @Test func handlerCodeIsTheProjectsOwnWithoutCommentLines() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        let queue = try SQS.Queue(stack, "Q")
        try S3.Bucket(stack, "B").addEventNotification(.objectCreated, S3Notifications.SqsDestination(queue))
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Handlers/s3-bucket-notifications/index.py"), encoding: .utf8)
        let withoutComments = source.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("#") }
            .joined(separator: "\n")
        let deployed = try #require(Self.handlerCode(try app.synth().stack("S")!.template))
        #expect(deployed == withoutComments)
        #expect(deployed.contains("def handler(event, context):"))
        #expect(!deployed.contains("\n#"))
    }
}

@Suite struct S3NotificationsTests {
    @Test func lambdaPermissionIsSharedByNotificationsOfOneBucket() throws {
        let stack = try Stack(try App(environment: [:]), "S")
        let bucket = try S3.Bucket(stack, "B")
        let fn = try Lambda.Function(stack, "Fn", .init(runtime: .python312, handler: "h", code: .fromInline("x")))
        try bucket.addEventNotification(.objectCreated, S3Notifications.LambdaDestination(fn))
        try bucket.addEventNotification(.objectRemoved, S3Notifications.LambdaDestination(fn))
        try Template(stack).resourceCountIs("AWS::Lambda::Permission", 1)
        try Template(stack).hasResourceProperties("AWS::Lambda::Permission", [
            "Principal": "s3.amazonaws.com", "SourceAccount": ["Ref": "AWS::AccountId"],
        ])
        #expect(bucket.node.tryFindChild("AllowBucketNotificationsToSFn8C14A72D") != nil)
    }

    @Test func queueAndTopicPoliciesNameTheBucket() throws {
        let stack = try Stack(try App(environment: [:]), "S")
        let bucket = try S3.Bucket(stack, "B")
        let queue = try SQS.Queue(stack, "Q")
        let topic = try SNS.Topic(stack, "T")
        try bucket.addEventNotification(.objectCreated, S3Notifications.SqsDestination(queue))
        try bucket.addEventNotification(.objectCreated, S3Notifications.SnsDestination(topic))
        try Template(stack).hasResourceProperties("AWS::SQS::QueuePolicy", ["PolicyDocument": ["Statement": [[
            "Principal": ["Service": "s3.amazonaws.com"], "Condition": ["ArnLike": ["aws:SourceArn": ["Fn::GetAtt": ["B08E7C7AF", "Arn"]]]],
        ]]]])
        try Template(stack).hasResourceProperties("AWS::SNS::TopicPolicy", ["PolicyDocument": ["Statement": [[
            "Action": "sns:Publish", "Sid": "0", "Principal": ["Service": "s3.amazonaws.com"],
        ]]]])
    }
}
