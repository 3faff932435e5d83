import CDK
import CDKAssertions
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
        // Compared as JSON: the text differs only in the key order of the notification handler
        // function, which CDKS3 writes (its `Description` comes later than in the AWS CDK).
        #expect(assembly.stack("Notifications")?.template == (try JSONParser.parse(expectedText)))
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
