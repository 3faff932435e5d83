import CDK
import CDKAssertions
import CDKIAM
import CDKKMS
import CDKS3
import Testing

/// Buckets defined outside the app (by ARN, name or attributes) and CloudFormation buckets of
/// the app used as buckets (`fromCfnBucket`).
@Suite struct BucketImportTests {
    func stack() throws -> Stack { try Stack(try App(environment: [:]), "S") }

    @Test func anImportByArnHasTheNameOfTheArnAndNoPolicy() throws {
        let stack = try stack()
        let bucket = try S3.Bucket.fromBucketAttributes(stack, "ImportedBucket") { $0.bucketArn = "arn:aws:s3:::my-bucket" }
        let result = try bucket.addToResourcePolicy(IAM.PolicyStatement(actions: ["bar:baz"], resources: ["foo"], principals: [IAM.AnyPrincipal()]))
        #expect(!result.statementAdded)
        #expect(bucket.policy == nil)
        #expect(bucket.bucketArn == "arn:aws:s3:::my-bucket")
        #expect(try stack.resolve(.string(bucket.bucketName)) == "my-bucket")
        let statement = IAM.PolicyStatement(actions: ["s3:ListBucket"], resources: [bucket.bucketArn], principals: [IAM.AnyPrincipal()])
        #expect(statement.toStatementJSON() == ["Action": "s3:ListBucket", "Effect": "Allow", "Principal": ["AWS": "*"], "Resource": "arn:aws:s3:::my-bucket"])
        #expect((try Template(stack).toJSON()["Resources"]?.objectValue ?? [:]).isEmpty)
    }

    @Test func anImportByNameFormatsItsArn() throws {
        let stack = try stack()
        let bucket = try S3.Bucket.fromBucketName(stack, "imported-bucket", bucketName: "my-bucket-name")
        #expect(bucket.bucketName == "my-bucket-name")
        #expect(try stack.resolve(.string(bucket.bucketArn)) == ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":s3:::my-bucket-name"]]])
        let byArn = try S3.Bucket.fromBucketArn(stack, "my-bucket", bucketArn: "arn:aws:s3:::my-corporate-bucket")
        #expect(byArn.bucketName == "my-corporate-bucket")
        #expect(byArn.bucketArn == "arn:aws:s3:::my-corporate-bucket")
    }

    @Test func anImportedArnCanBeUsedInPolicies() throws {
        let stack = try stack()
        let bucket = try S3.Bucket.fromBucketAttributes(stack, "ImportedBucket") { $0.bucketArn = "arn:aws:s3:::my-bucket" }
        let role = try IAM.Role(stack, "MyRole", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        _ = try role.addToPolicy(IAM.PolicyStatement(actions: ["s3:*"], resources: [bucket.arnForObjects("my/folder/\(bucket.bucketName)")]))
        try Template(stack).hasResourceProperties("AWS::IAM::Policy", ["PolicyDocument": ["Statement": [
            ["Action": "s3:*", "Effect": "Allow", "Resource": "arn:aws:s3:::my-bucket/my/folder/my-bucket"],
        ]]])
    }

    @Test func anImportNeedsANameOrAnArn() throws {
        let stack = try stack()
        try expectError(path: "/S/I", message: "Bucket name is required") { try S3.Bucket.fromBucketAttributes(stack, "I") }
    }

    @Test func aTokenArnGivesTheNameAtDeployment() throws {
        let stack = try stack()
        let arn = try CfnParameter(stack, "Arn").valueAsString
        let bucket = try S3.Bucket.fromBucketArn(stack, "B", bucketArn: arn)
        #expect(try stack.resolve(.string(bucket.bucketName)) == ["Fn::Select": [0, ["Fn::Split": ["/", ["Fn::Select": [5, ["Fn::Split": [":", ["Ref": "Arn"]]]]]]]]])
    }

    func cfnBucket() throws -> (Stack, S3.CfnBucket, any S3.BucketRef) {
        let stack = try stack()
        let cfnBucket = try S3.CfnBucket(stack, "CfnBucket")
        return (stack, cfnBucket, try S3.Bucket.fromCfnBucket(cfnBucket))
    }

    @Test func aCfnBucketIsSeenThroughItsReferences() throws {
        let (stack, cfnBucket, bucket) = try cfnBucket()
        #expect(try stack.resolve(.string(bucket.bucketName)) == ["Ref": "CfnBucket"])
        #expect(try stack.resolve(.string(bucket.bucketArn)) == ["Fn::GetAtt": ["CfnBucket", "Arn"]])
        #expect(bucket.node.defaultChild === cfnBucket)
        #expect(try S3.Bucket.fromCfnBucket(cfnBucket) === bucket)
        #expect(!bucket.isWebsite)
        try bucket.grantPublicAccess()
    }

    @Test func removalPoliciesGoToTheCfnBucket() throws {
        let (stack, _, bucket) = try cfnBucket()
        try bucket.applyRemovalPolicy(.retain)
        try Template(stack).hasResource("AWS::S3::Bucket", ["UpdateReplacePolicy": "Retain", "DeletionPolicy": "Retain"])
    }

    @Test func grantsOnACfnBucketNameItsArn() throws {
        let (stack, _, bucket) = try cfnBucket()
        let role = try IAM.Role(stack, "Role", .init(assumedBy: IAM.AccountRootPrincipal()))
        try bucket.grantRead(role)
        try Template(stack).hasResourceProperties("AWS::IAM::Policy", ["PolicyDocument": ["Statement": [[
            "Action": ["s3:GetObject*", "s3:GetBucket*", "s3:List*"],
            "Resource": [["Fn::GetAtt": ["CfnBucket", "Arn"]], ["Fn::Join": ["", [["Fn::GetAtt": ["CfnBucket", "Arn"]], "/*"]]]],
        ]]]])
    }

    @Test func websiteAndPublicAccessAreReadFromTheCfnBucket() throws {
        let stack = try stack()
        let website = try S3.Bucket.fromCfnBucket(S3.CfnBucket(stack, "Website", websiteConfiguration: .init(indexDocument: "index.html")))
        #expect(website.isWebsite)
        let blocked = try S3.Bucket.fromCfnBucket(S3.CfnBucket(stack, "Blocked", publicAccessBlockConfiguration: .init(blockPublicPolicy: true)))
        try expectError(path: "/S/Blocked/@FromCfnBucket", message: "Cannot grant public access when 'blockPublicPolicy' is enabled") {
            try blocked.grantPublicAccess()
        }
    }

    @Test func theKeyOfACfnBucketIsFoundByReference() throws {
        let stack = try stack()
        let cfnKey = try KMS.CfnKey(stack, "CfnKey", keyPolicy: ["Statement": [], "Version": "2012-10-17"])
        let bucket = try S3.Bucket.fromCfnBucket(S3.CfnBucket(stack, "Encrypted", bucketEncryption: .init(serverSideEncryptionConfiguration: [
            .init(serverSideEncryptionByDefault: .init(kmsMasterKeyId: cfnKey.attrArn, sseAlgorithm: "aws:kms")),
        ])))
        let key = try #require(bucket.encryptionKey)
        #expect(try stack.resolve(.string(key.keyArn)) == ["Fn::GetAtt": ["CfnKey", "Arn"]])
        let plain = try S3.Bucket.fromCfnBucket(S3.CfnBucket(stack, "Plain"))
        #expect(plain.encryptionKey == nil)
    }

    @Test func aCfnBucketGetsItsOwnPolicyNextToOthers() throws {
        let (stack, cfnBucket, bucket) = try cfnBucket()
        _ = try S3.CfnBucketPolicy(stack, "CfnBucketPolicy", bucket: cfnBucket.ref, policyDocument: [
            "Statement": [["Action": "s3:*", "Effect": "Allow", "Principal": ["AWS": "*"], "Resource": ["*"]]], "Version": "2012-10-17",
        ])
        let result = try bucket.addToResourcePolicy(IAM.PolicyStatement(actions: ["s3:*"], resources: ["*"], principals: [IAM.AccountRootPrincipal()]))
        #expect(result.statementAdded)
        let template = try Template(stack)
        try template.resourceCountIs("AWS::S3::BucketPolicy", 2)
        #expect(try template.logicalId(of: try #require(bucket.policy)) == "CfnBucketFromCfnBucketPolicyFA8F254C")
    }
}
