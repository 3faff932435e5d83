import CDK
import CDKAssertions
import CDKEvents
import CDKIAM
import CDKS3
import Testing

/// Events of a bucket: EventBridge notifications, notifications of imported buckets, the
/// handler's role, and the CloudTrail event rules.
@Suite struct BucketEventsTests {
    func stack() throws -> Stack { try Stack(try App(environment: [:]), "S") }

    @Test func eventBridgeCanBeEnabledLater() throws {
        let stack = try stack()
        let bucket = try S3.Bucket(stack, "MyBucket")
        try bucket.enableEventBridgeNotification()
        try Template(stack).hasResourceProperties("Custom::S3BucketNotifications", [
            "NotificationConfiguration": Match.objectEquals(["EventBridgeConfiguration": [:]]), "Managed": true, "SkipDestinationValidation": false,
        ])
    }

    @Test func importedBucketsMergeTheirNotifications() throws {
        let stack = try stack()
        let bucket = try S3.Bucket.fromBucketName(stack, "Outside", bucketName: "outside-bucket")
        try bucket.addObjectRemovedNotification(QueueArnDestination(arn: "arn:aws:sqs:us-east-1:123456789012:q"))
        let template = try Template(stack)
        try template.hasResourceProperties("Custom::S3BucketNotifications", ["BucketName": "outside-bucket", "Managed": false])
        try template.hasResourceProperties("AWS::IAM::Policy", ["PolicyDocument": ["Statement": [
            ["Action": "s3:PutBucketNotification"], ["Action": "s3:GetBucketNotification"],
        ]]])
    }

    @Test func withTheFlagNoNotificationIsManaged() throws {
        let stack = try Stack(try App(context: ["@aws-cdk/aws-s3:keepNotificationInImportedBucket": true], environment: [:]), "S")
        let bucket = try S3.Bucket(stack, "Own")
        try bucket.addObjectCreatedNotification(QueueArnDestination(arn: "arn:aws:sqs:us-east-1:123456789012:q"))
        try Template(stack).hasResourceProperties("Custom::S3BucketNotifications", ["Managed": false])
    }

    @Test func theHandlerRunsWithTheGivenRole() throws {
        let stack = try stack()
        let role = try IAM.Role(stack, "HandlerRole", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        let bucket = try S3.Bucket(stack, "Own") { $0.notificationsHandlerRole = role; $0.notificationsSkipDestinationValidation = true }
        try bucket.addObjectCreatedNotification(QueueArnDestination(arn: "arn:aws:sqs:us-east-1:123456789012:q"))
        let template = try Template(stack)
        try template.resourceCountIs("AWS::IAM::Role", 1)
        let roleId = try template.logicalId(of: role.cfnRole)
        try template.hasResourceProperties("AWS::Lambda::Function", ["Role": ["Fn::GetAtt": [.json(.string(roleId)), "Arn"]]])
        try template.hasResourceProperties("AWS::IAM::Role", ["ManagedPolicyArns": [
            ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"]]],
        ]])
        try template.hasResourceProperties("Custom::S3BucketNotifications", ["SkipDestinationValidation": true])
    }

    @Test func cloudTrailRulesMatchCallsOnTheBucketOrItsObjects() throws {
        let stack = try stack()
        let bucket = try S3.Bucket(stack, "Watched")
        try bucket.onCloudTrailEvent("Any") { $0.description = "every call" }
        try bucket.onCloudTrailPutObject("Put") { $0.paths = ["uploads/*"] }
        let write = try bucket.onCloudTrailWriteObject("Write") { $0.paths = ["a/*"]; $0.ruleName = "writes" }
        #expect(write.node.path == "S/Watched/Write")
        let arn: JSONValue = ["Fn::GetAtt": ["Watched949350FC", "Arn"]]
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::Events::Rule", ["Description": "every call", "EventPattern": Match.objectEquals([
            "source": ["aws.s3"], "detail-type": ["AWS API Call via CloudTrail"], "detail": ["resources": ["ARN": [.json(arn)]]],
        ])])
        try template.hasResourceProperties("AWS::Events::Rule", ["EventPattern": ["detail": Match.objectEquals([
            "resources": ["ARN": [["Fn::Join": ["", [.json(arn), "/uploads/*"]]]]], "eventName": ["PutObject"],
        ])]])
        try template.hasResourceProperties("AWS::Events::Rule", ["Name": "writes", "EventPattern": ["detail": Match.objectEquals([
            "resources": ["ARN": [["Fn::Join": ["", [.json(arn), "/a/*"]]]]],
            "eventName": ["CompleteMultipartUpload", "CopyObject", "PutObject"],
            "requestParameters": ["bucketName": [["Ref": "Watched949350FC"]], "key": ["a/*"]],
        ])]])
    }

    @Test func cloudTrailRulesSendToTheirTarget() throws {
        final class Target: Events.RuleTarget {
            func bind(_ rule: Events.Rule, id: String) throws -> Events.RuleTargetConfig { .init(arn: "arn:aws:sqs:us-east-1:123456789012:q") }
        }
        let stack = try stack()
        let bucket = try S3.Bucket.fromBucketName(stack, "Imported", bucketName: "imported-bucket")
        try bucket.onCloudTrailEvent("Any") { $0.target = Target() }
        try Template(stack).hasResourceProperties("AWS::Events::Rule", ["Targets": [["Arn": "arn:aws:sqs:us-east-1:123456789012:q", "Id": "Target0"]]])
    }
}
