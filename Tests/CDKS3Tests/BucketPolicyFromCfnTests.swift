import CDK
import CDKAssertions
import CDKIAM
import CDKS3
import Testing

/// Bucket policies built from a `CfnBucketPolicy` of the app (`BucketPolicy.fromCfnBucketPolicy`).
@Suite struct BucketPolicyFromCfnTests {
    func stack() throws -> Stack { try Stack(try App(environment: [:]), "S") }

    static let denyAll: JSONValue = [
        "Statement": [["Action": "s3:*", "Effect": "Deny", "Principal": ["AWS": "*"], "Resource": "*"]],
        "Version": "2012-10-17",
    ]

    @Test func theDocumentAndTheBucketComeFromTheL1() throws {
        let stack = try stack()
        let cfnBucket = try S3.CfnBucket(stack, "CfnBucket")
        let cfnPolicy = try S3.CfnBucketPolicy(stack, "Policy", bucket: cfnBucket.ref, policyDocument: Self.denyAll)
        let policy = try S3.BucketPolicy.fromCfnBucketPolicy(cfnPolicy)
        #expect(policy.node.path == "S/Policy/@FromCfnBucketPolicy")
        #expect(!policy.document.isEmpty)
        #expect(policy.document.statements.first?.effect == .deny)
        #expect(policy.bucket === (try S3.Bucket.fromCfnBucket(cfnBucket)))
        #expect(policy.bucket.policy === policy)
        #expect(policy.bucket.policy?.document.isEmpty == false)
    }

    @Test func aBucketNamedLiterallyIsImportedByName() throws {
        let stack = try stack()
        let cfnPolicy = try S3.CfnBucketPolicy(stack, "Policy", bucket: "hardcoded-name", policyDocument: Self.denyAll)
        let policy = try S3.BucketPolicy.fromCfnBucketPolicy(cfnPolicy)
        #expect(policy.bucket.bucketName == "hardcoded-name")
        #expect(policy.bucket.node.path == "S/Policy/@FromCfnBucket")
        // The imported bucket's policy is this one, so statements added to the bucket go to it.
        let result = try policy.bucket.addToResourcePolicy(IAM.PolicyStatement(actions: ["s3:GetObject"], resources: ["*"],
                                                                               principals: [IAM.AccountPrincipal("111122223333")]))
        #expect(result.statementAdded)
        #expect(policy.document.statementCount == 2)
    }

    @Test func anyReferenceToACfnBucketFindsItAndOtherTokensAreNames() throws {
        let stack = try stack()
        let cfnBucket = try S3.CfnBucket(stack, "CfnBucket")
        let byAttribute = try S3.CfnBucketPolicy(stack, "ByAttribute", bucket: cfnBucket.attrArn, policyDocument: Self.denyAll)
        #expect(try S3.BucketPolicy.fromCfnBucketPolicy(byAttribute).bucket === (try S3.Bucket.fromCfnBucket(cfnBucket)))
        let parameter = try CfnParameter(stack, "BucketName")
        let byParameter = try S3.CfnBucketPolicy(stack, "ByParameter", bucket: parameter.valueAsString, policyDocument: Self.denyAll)
        let imported = try S3.BucketPolicy.fromCfnBucketPolicy(byParameter).bucket
        #expect(imported.node.path == "S/ByParameter/@FromCfnBucket")
        #expect(try stack.resolve(.string(imported.bucketName)) == ["Ref": "BucketName"])
    }

    @Test func aSecondCallReturnsTheSamePolicy() throws {
        let stack = try stack()
        let cfnPolicy = try S3.CfnBucketPolicy(stack, "Policy", bucket: "hardcoded-name", policyDocument: Self.denyAll)
        let first = try S3.BucketPolicy.fromCfnBucketPolicy(cfnPolicy)
        #expect(try S3.BucketPolicy.fromCfnBucketPolicy(cfnPolicy) === first)
    }

    @Test func theL2IsASecondBucketPolicyBesideTheL1() throws {
        let stack = try stack()
        let cfnPolicy = try S3.CfnBucketPolicy(stack, "TestBucketPolicy", bucket: "test-bucket", policyDocument: Self.denyAll)
        _ = try S3.BucketPolicy.fromCfnBucketPolicy(cfnPolicy)
        let template = try Template(stack)
        try template.resourceCountIs("AWS::S3::BucketPolicy", 2)
        let policies = try template.findResources("AWS::S3::BucketPolicy")
        for (_, resource) in policies {
            #expect(resource["Properties"]?["PolicyDocument"]?["Statement"]?.arrayValue?.count == 1)
            #expect(resource["Properties"]?["Bucket"] == "test-bucket")
        }
    }

    @Test func aDocumentThatIsATokenIsRejected() throws {
        let stack = try stack()
        let document = IAM.PolicyDocument(statements: [IAM.PolicyStatement(actions: ["s3:*"], principals: [IAM.AnyPrincipal()])])
        let cfnPolicy = try S3.CfnBucketPolicy(stack, "Policy", bucket: "b", policyDocument: document.jsonValue)
        try expectError(path: "/S/Policy", message: "needs a literal policy document") { try S3.BucketPolicy.fromCfnBucketPolicy(cfnPolicy) }
        #expect(cfnPolicy.node.children.isEmpty)
    }

    @Test func aStatementOfAnUnsupportedShapeIsRejected() throws {
        let stack = try stack()
        let cfnPolicy = try S3.CfnBucketPolicy(stack, "Policy", bucket: "b", policyDocument: ["Statement": [["Action": ["s3": "Get"]]]])
        try expectError(path: "/S/Policy", message: "Fields must be either a string or an array of strings") {
            try S3.BucketPolicy.fromCfnBucketPolicy(cfnPolicy)
        }
    }
}
