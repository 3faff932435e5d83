import CDK
import CDKIAM
import CDKS3
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/policy-from-json-minimized/app.py: documents read from JSON
/// (a `CfnBucketPolicy`'s, through `BucketPolicy.fromCfnBucketPolicy`, and a role's inline
/// policy through `PolicyDocument.fromJson`) are merged under `@aws-cdk/aws-iam:minimizePolicies`
/// as the AWS CDK merges them; the template must be the AWS CDK's, byte for byte.
@Suite struct PolicyFromJsonMinimizedReferenceTests {
    static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/policy-from-json-minimized/expected")

    @Test func templateEqualsTheAWSCDKs() throws {
        let app = try App(context: ["@aws-cdk/aws-iam:minimizePolicies": true], environment: [:])
        let stack = try Stack(app, "MinimizedFromJson")

        let bucket = try S3.CfnBucket(stack, "Bucket")
        let cfnPolicy = try S3.CfnBucketPolicy(stack, "Policy", bucket: bucket.ref, policyDocument: [
            "Version": "2012-10-17",
            "Statement": [
                ["Effect": "Allow", "Principal": ["AWS": "arn:aws:iam::111122223333:root"], "Action": "s3:GetObject", "Resource": "arn:aws:s3:::data/*"],
                ["Effect": "Allow", "Principal": ["AWS": "arn:aws:iam::111122223333:root"], "Action": "s3:PutObject", "Resource": "arn:aws:s3:::data/*"],
                ["Effect": "Deny", "Principal": ["AWS": "*"], "Action": "s3:DeleteObject", "Resource": "arn:aws:s3:::data/*"],
            ],
        ])
        let policy = try S3.BucketPolicy.fromCfnBucketPolicy(cfnPolicy)
        policy.document.addStatements(IAM.PolicyStatement(actions: ["s3:GetObject"], resources: ["arn:aws:s3:::data/*"],
                                                          principals: [IAM.AccountPrincipal("444455556666")]))

        let document = try IAM.PolicyDocument.fromJson([
            "Version": "2012-10-17",
            "Statement": [
                ["Effect": "Allow", "Action": ["sqs:SendMessage"], "Resource": "arn:aws:sqs:us-east-1:111122223333:a"],
                ["Effect": "Allow", "Action": ["sqs:SendMessage"], "Resource": "arn:aws:sqs:us-east-1:111122223333:b"],
                ["Effect": "Allow", "Action": "sqs:ReceiveMessage", "Resource": "arn:aws:sqs:us-east-1:111122223333:a"],
            ],
        ])
        _ = try IAM.Role(stack, "Role", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))) {
            $0.inlinePolicies = ["Queues": document]
        }

        let assembly = try app.synth()
        let expectedText = try String(contentsOf: Self.expected.appendingPathComponent("MinimizedFromJson.template.json"), encoding: .utf8)
        let text = try #require(assembly.files.first { $0.name == "MinimizedFromJson.template.json" }?.contents)
        #expect(text == expectedText)
    }
}
