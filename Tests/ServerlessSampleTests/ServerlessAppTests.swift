import CDK
import CDKAssertions
import ServerlessApp
import Testing

/// The serverless sample, tested the three ways docs/testing.md describes.
@Suite struct ServerlessAppTests {
    private func build() throws -> (App, ServerlessApp.Service) {
        let app = try App(environment: [:])
        return (app, try ServerlessApp.build(in: app))
    }

    // MARK: Snapshot

    @Test func snapshot() throws {
        let (_, service) = try build()
        try assertSnapshot(of: service.stack)
    }

    // MARK: Fine-grained

    @Test func theFunctionIsGrantedExactlyWhatItUses() throws {
        let (_, service) = try build()
        let template = try Template(service.stack)
        let table = try template.logicalId(of: service.orders)
        let topic = try template.logicalId(of: service.orderEvents)
        try template.hasResourceProperties("AWS::IAM::Policy", ["PolicyDocument": ["Statement": Match.arrayWith([
            Match.objectLike(["Action": "sns:Publish", "Effect": "Allow", "Resource": ["Ref": .json(.string(topic))]]),
        ])]])
        try template.hasResourceProperties("AWS::IAM::Policy", ["PolicyDocument": ["Statement": Match.arrayWith([
            Match.objectLike(["Resource": [["Fn::GetAtt": [.json(.string(table)), "Arn"]]]]),
        ])]])
        try template.hasResourceProperties("AWS::Lambda::Function", [
            "Environment": ["Variables": ["TABLE": ["Ref": .json(.string(table))], "TOPIC": ["Ref": .json(.string(topic))], "RECEIPTS": Match.anyValue()]],
            "TracingConfig": ["Mode": "Active"], "MemorySize": 256, "Timeout": 10,
        ])
    }

    @Test func ordersFlowFromTheTopicThroughTheQueue() throws {
        let (_, service) = try build()
        let template = try Template(service.stack)
        try template.resourceCountIs("AWS::SQS::Queue", 2)
        try template.hasResourceProperties("AWS::SNS::Subscription", ["Protocol": "sqs"])
        try template.hasResourceProperties("AWS::SQS::Queue", ["VisibilityTimeout": 60, "RedrivePolicy": ["maxReceiveCount": 3]])
        try template.hasResourceProperties("AWS::Lambda::EventSourceMapping", ["BatchSize": 10])
    }

    @Test func errorsRaiseAnAlarmOnTheAlertsTopic() throws {
        let (_, service) = try build()
        try Template(service.stack).hasResourceProperties("AWS::CloudWatch::Alarm", [
            "MetricName": "Errors", "Namespace": "AWS/Lambda", "Threshold": 1, "EvaluationPeriods": 1,
            "TreatMissingData": "notBreaching", "AlarmActions": [Match.objectLike(["Ref": Match.anyValue()])],
        ])
    }

    @Test func dataIsPrivateAndDeletedWithTheStack() throws {
        let (_, service) = try build()
        let template = try Template(service.stack)
        try template.hasResource("AWS::S3::Bucket", ["DeletionPolicy": "Delete", "UpdateReplacePolicy": "Delete"])
        try template.hasResource("AWS::DynamoDB::Table", ["DeletionPolicy": "Delete"])
        try template.hasResourceProperties("AWS::S3::BucketPolicy", ["PolicyDocument": ["Statement": Match.arrayWith([
            Match.objectLike(["Effect": "Deny", "Condition": ["Bool": ["aws:SecureTransport": "false"]]]),
        ])]])
    }

    // MARK: Validation

    @Test func synthesizesWithoutWarnings() throws {
        let (app, _) = try build()
        _ = try expectNoWarnings(app)
    }

    @Test func templatePassesCfnLint() throws {
        let (_, service) = try build()
        // W3005: the function's DependsOn on its role, which the AWS CDK writes too (the role's
        // GetAtt already orders them).
        if case .skipped(let reason) = try lint(service.stack, ignoreChecks: ["W3005"]) { print("cfn-lint skipped: \(reason)") }
    }

    @Test func theServiceCanOnlyBeAddedOncePerApp() throws {
        let (app, _) = try build()
        try expectError(message: "There is already a Construct with name 'ServerlessOrders'") {
            try ServerlessApp.build(in: app)
        }
    }
}
