import CDK
import CDKAssertions
import CDKIAM
import CDKS3
import Testing

/// `S3.BucketPolicy` made directly, and the bucket policy a bucket creates: its document, its
/// removal policy and the checks of its statements.
@Suite struct BucketPolicyTests {
    func stack() throws -> Stack { try Stack(try App(environment: [:]), "S") }

    func readAnyone(_ bucket: S3.Bucket) -> IAM.PolicyStatement {
        IAM.PolicyStatement(actions: ["s3:GetObject*"], resources: [bucket.bucketArn], principals: [IAM.AnyPrincipal()])
    }

    static var readAnyoneDocument: Pattern { [
        "Statement": [["Action": "s3:GetObject*", "Effect": "Allow", "Principal": ["AWS": "*"], "Resource": ["Fn::GetAtt": ["MyBucketF68F3FF0", "Arn"]]]],
        "Version": "2012-10-17",
    ] }

    @Test func aPolicyWritesItsBucketAndTheStatementsAddedToItsDocument() throws {
        let stack = try stack()
        let bucket = try S3.Bucket(stack, "MyBucket")
        let policy = try S3.BucketPolicy(stack, "MyBucketPolicy", .init(bucket: bucket))
        policy.document.addStatements(readAnyone(bucket))
        try Template(stack).hasResourceProperties("AWS::S3::BucketPolicy", [
            "Bucket": ["Ref": "MyBucketF68F3FF0"], "PolicyDocument": Self.readAnyoneDocument,
        ])
    }

    @Test func aRemovalPolicyGivenAtCreationIsWritten() throws {
        let stack = try stack()
        let bucket = try S3.Bucket(stack, "MyBucket")
        let policy = try S3.BucketPolicy(stack, "MyBucketPolicy", .init(bucket: bucket)) { $0.removalPolicy = .retain }
        policy.document.addStatements(readAnyone(bucket))
        try Template(stack).hasResource("AWS::S3::BucketPolicy", [
            "Properties": ["Bucket": ["Ref": "MyBucketF68F3FF0"], "PolicyDocument": Self.readAnyoneDocument],
            "DeletionPolicy": "Retain", "UpdateReplacePolicy": "Retain",
        ])
        #expect(try Template(stack).logicalId(of: policy.cfnBucketPolicy) == "MyBucketPolicy0AFEFDBE")
    }

    @Test func aRemovalPolicyAppliedToTheBucketsPolicyLaterIsWritten() throws {
        let stack = try stack()
        let bucket = try S3.Bucket(stack, "MyBucket")
        _ = try bucket.addToResourcePolicy(readAnyone(bucket))
        try bucket.policy?.applyRemovalPolicy(.retain)
        let template = try Template(stack)
        try template.hasResource("AWS::S3::BucketPolicy", ["DeletionPolicy": "Retain", "UpdateReplacePolicy": "Retain"])
        #expect(try template.logicalId(of: try #require(bucket.policy).cfnBucketPolicy) == "MyBucketPolicyE7FBAC7B")
    }

    @Test func aStatementWithoutActionsFailsSynthesis() throws {
        let stack = try stack()
        let bucket = try S3.Bucket(stack, "MyBucket")
        _ = try bucket.addToResourcePolicy(IAM.PolicyStatement(resources: [bucket.bucketArn], principals: [IAM.AnyPrincipal()]))
        try expectError(message: "A PolicyStatement must specify at least one 'action' or 'notAction'") { try Template(stack) }
    }

    @Test func aStatementWithoutPrincipalsFailsSynthesis() throws {
        let stack = try stack()
        let bucket = try S3.Bucket(stack, "MyBucket")
        _ = try bucket.addToResourcePolicy(IAM.PolicyStatement(actions: ["s3:GetObject*"], resources: [bucket.bucketArn]))
        try expectError(message: "A PolicyStatement used in a resource-based policy must specify at least one IAM principal") { try Template(stack) }
    }
}
