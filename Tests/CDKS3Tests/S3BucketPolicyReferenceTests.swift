import CDK
import CDKAssertions
import CDKIAM
import CDKS3
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/s3-bucket-policy-reference/app.py (bucket policies built from
/// a `CfnBucketPolicy` of a `CfnBucket` of the app and of a bucket named literally, with
/// statements added later) must synthesize the AWS CDK's template, byte for byte.
@Suite struct S3BucketPolicyReferenceTests {
    static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/s3-bucket-policy-reference/expected")

    static func port() throws -> App {
        let app = try App(environment: [:])
        let stack = try Stack(app, "FromCfnBucketPolicy")

        let cfnBucket = try S3.CfnBucket(stack, "CfnBucket")
        let byRef = try S3.CfnBucketPolicy(stack, "ByRef", bucket: cfnBucket.ref, policyDocument: [
            "Statement": [["Action": "s3:*", "Effect": "Deny", "Principal": ["AWS": "*"], "Resource": "*"]],
            "Version": "2012-10-17",
        ])
        let policy = try S3.BucketPolicy.fromCfnBucketPolicy(byRef)
        _ = try S3.BucketPolicy.fromCfnBucketPolicy(byRef)
        policy.document.addStatements(IAM.PolicyStatement(actions: ["s3:GetObject"], resources: ["\(cfnBucket.attrArn)/*"],
                                                          principals: [IAM.AccountPrincipal("111122223333")]))
        _ = try policy.bucket.addToResourcePolicy(IAM.PolicyStatement(
            actions: ["s3:ListBucket"], resources: [cfnBucket.attrArn], principals: [IAM.ServicePrincipal("logging.s3.amazonaws.com")]))

        let byName = try S3.CfnBucketPolicy(stack, "ByName", bucket: "hardcoded-name", policyDocument: [
            "Version": "2012-10-17",
            "Statement": [
                [
                    "Sid": "AllowRead",
                    "Effect": "Allow",
                    "Principal": "*",
                    "Action": ["s3:GetObject", "s3:GetObjectVersion"],
                    "Resource": ["arn:aws:s3:::hardcoded-name/*", "arn:aws:s3:::hardcoded-name"],
                    "Condition": ["Bool": ["aws:SecureTransport": "true"], "StringEquals": ["aws:PrincipalOrgID": "o-123"]],
                ],
                [
                    "Effect": "Deny",
                    "NotPrincipal": ["Service": ["cloudtrail.amazonaws.com", "config.amazonaws.com"], "AWS": "arn:aws:iam::111122223333:root"],
                    "NotAction": "s3:Get*",
                    "NotResource": "arn:aws:s3:::hardcoded-name/public/*",
                ],
            ],
        ])
        _ = try S3.BucketPolicy.fromCfnBucketPolicy(byName)
        return app
    }

    @Test func templateEqualsTheAWSCDKs() throws {
        let assembly = try Self.port().synth()
        let expectedText = try String(contentsOf: Self.expected.appendingPathComponent("FromCfnBucketPolicy.template.json"), encoding: .utf8)
        let text = try #require(assembly.files.first { $0.name == "FromCfnBucketPolicy.template.json" }?.contents)
        #expect(text == expectedText)
    }
}
