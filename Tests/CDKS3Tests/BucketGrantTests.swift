import CDK
import CDKAssertions
import CDKIAM
import CDKKMS
import CDKS3
import Testing

/// Grants on buckets: the AWS CDK's action lists, the key actions of encrypted buckets, and
/// where statements go for principals of other accounts, other stacks or without a policy.
@Suite struct BucketGrantTests {
    func stack() throws -> Stack { try Stack(try App(environment: [:]), "S") }
    func role(_ scope: Construct, _ id: String = "Role") throws -> IAM.Role {
        try IAM.Role(scope, id, .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
    }

    static let bucketAndObjects: JSONValue = [["Fn::GetAtt": ["MyBucketF68F3FF0", "Arn"]], ["Fn::Join": ["", [["Fn::GetAtt": ["MyBucketF68F3FF0", "Arn"]], "/*"]]]]
    static let objects: JSONValue = ["Fn::Join": ["", [["Fn::GetAtt": ["MyBucketF68F3FF0", "Arn"]], "/*"]]]
    static let put: JSONValue = ["s3:PutObject", "s3:PutObjectLegalHold", "s3:PutObjectRetention", "s3:PutObjectTagging", "s3:PutObjectVersionTagging", "s3:Abort*"]
    static let write: JSONValue = ["s3:DeleteObject*", "s3:PutObject", "s3:PutObjectLegalHold", "s3:PutObjectRetention", "s3:PutObjectTagging", "s3:PutObjectVersionTagging", "s3:Abort*"]

    func statements(_ stack: Stack, of role: IAM.Role) throws -> [JSONValue] {
        let policy = try #require(role.defaultPolicyIfCreated)
        return try Template(stack).resource(of: policy)["Properties"]?["PolicyDocument"]?["Statement"]?.arrayValue ?? []
    }

    @Test func readGrantsListAndGet() throws {
        let stack = try stack()
        let reader = try role(stack, "Reader")
        let bucket = try S3.Bucket(stack, "MyBucket")
        try bucket.grantRead(reader)
        #expect(try statements(stack, of: reader) == [["Action": ["s3:GetObject*", "s3:GetBucket*", "s3:List*"], "Effect": "Allow", "Resource": Self.bucketAndObjects]])
        try Template(stack).resourceCountIs("AWS::S3::BucketPolicy", 0)
    }

    @Test func readWriteAndWriteNeverGrantObjectAcls() throws {
        let stack = try stack()
        let bucket = try S3.Bucket(stack, "MyBucket")
        let both = try role(stack, "Both"), writer = try role(stack, "Writer"), putter = try role(stack, "Putter"), deleter = try role(stack, "Deleter")
        try bucket.grantReadWrite(both)
        try bucket.grantWrite(writer)
        try bucket.grantPut(putter)
        try bucket.grantDelete(deleter)
        var readWrite: [JSONValue] = ["s3:GetObject*", "s3:GetBucket*", "s3:List*"]
        readWrite += Self.write.arrayValue ?? []
        #expect(try statements(stack, of: both)[0]["Action"] == .array(readWrite))
        #expect(try statements(stack, of: writer) == [["Action": Self.write, "Effect": "Allow", "Resource": Self.bucketAndObjects]])
        #expect(try statements(stack, of: putter) == [["Action": Self.put, "Effect": "Allow", "Resource": Self.objects]])
        #expect(try statements(stack, of: deleter) == [["Action": "s3:DeleteObject*", "Effect": "Allow", "Resource": Self.objects]])
    }

    @Test func writeOnAKmsBucketGetsMultipartKeyActions() throws {
        let stack = try stack()
        let bucket = try S3.Bucket(stack, "MyBucket") { $0.encryption = .kms }
        let writer = try role(stack, "Writer")
        try bucket.grantWrite(writer)
        #expect(try statements(stack, of: writer) == [
            ["Action": Self.write, "Effect": "Allow", "Resource": Self.bucketAndObjects],
            ["Action": ["kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Decrypt"], "Effect": "Allow", "Resource": ["Fn::GetAtt": ["MyBucketKeyC17130CF", "Arn"]]],
        ])
    }

    @Test func deleteNeedsNoKey() throws {
        let stack = try stack()
        let key = try KMS.Key(stack, "MyKey")
        let bucket = try S3.Bucket(stack, "MyBucket") { $0.bucketName = "my-bucket-physical-name"; $0.encryptionKey = key; $0.encryption = .kms }
        let deleter = try role(stack, "Deleter")
        try bucket.grantDelete(deleter)
        #expect(try statements(stack, of: deleter) == [["Action": "s3:DeleteObject*", "Effect": "Allow", "Resource": Self.objects]])
    }

    @Test func allowedActionPatternsReplaceTheWriteActions() throws {
        let stack = try stack()
        let bucket = try S3.Bucket(stack, "MyBucket")
        let writer = try role(stack, "Writer")
        try bucket.grantWrite(writer, allowedActionPatterns: ["s3:PutObject", "s3:DeleteObject*"])
        #expect(try statements(stack, of: writer)[0]["Action"] == ["s3:PutObject", "s3:DeleteObject*"])
    }

    @Test func putAclIsItsOwnGrant() throws {
        let stack = try stack()
        let bucket = try S3.Bucket(stack, "MyBucket")
        let role = try role(stack)
        try bucket.grantPutAcl(role, objectsKeyPattern: "uploads/*")
        #expect(try statements(stack, of: role) == [[
            "Action": ["s3:PutObjectAcl", "s3:PutObjectVersionAcl"], "Effect": "Allow",
            "Resource": ["Fn::Join": ["", [["Fn::GetAtt": ["MyBucketF68F3FF0", "Arn"]], "/uploads/*"]]],
        ]])
    }

    @Test func theGrantsObjectGrantsAnyActions() throws {
        let stack = try stack()
        let bucket = try S3.Bucket(stack, "MyBucket")
        let role = try role(stack)
        try S3.BucketGrants.fromBucket(bucket).actionsOnObjectKeys(role, "my/prefix/*", "s3:GetObject")
        try bucket.grants.actionsOnBucketAndObjectKeys(role, "*", "s3:GetObject", "s3:PutObject")
        #expect(try statements(stack, of: role) == [
            ["Action": "s3:GetObject", "Effect": "Allow", "Resource": ["Fn::Join": ["", [["Fn::GetAtt": ["MyBucketF68F3FF0", "Arn"]], "/my/prefix/*"]]]],
            ["Action": ["s3:GetObject", "s3:PutObject"], "Effect": "Allow", "Resource": Self.bucketAndObjects],
        ])
    }

    @Test func organizationsAreGrantedInTheBucketAndKeyPolicies() throws {
        let stack = try stack()
        let bucket = try S3.Bucket(stack, "MyBucket") { $0.encryption = .kms }
        try bucket.grantRead(try IAM.OrganizationPrincipal("o-12345abcde"))
        let condition: JSONValue = ["StringEquals": ["aws:PrincipalOrgID": "o-12345abcde"]]
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::S3::BucketPolicy", ["PolicyDocument": ["Statement": [[
            "Action": ["s3:GetObject*", "s3:GetBucket*", "s3:List*"], "Condition": .json(condition), "Effect": "Allow",
            "Principal": ["AWS": "*"], "Resource": .json(Self.bucketAndObjects),
        ]]]])
        try template.hasResourceProperties("AWS::KMS::Key", ["EnableKeyRotation": true, "KeyPolicy": ["Statement": Match.arrayWith([
            Match.objectEquals(["Action": ["kms:Decrypt", "kms:DescribeKey"], "Effect": "Allow", "Resource": "*", "Principal": ["AWS": "*"], "Condition": .json(condition)]),
        ])]])
    }

    @Test func organizationIdsAreCheckedAsTheAWSCDKDoes() throws {
        try expectError(message: .exactly("Expected Organization ID must match regex pattern ^o-[a-z0-9]{10,32}$, received o-1234")) {
            try IAM.OrganizationPrincipal("o-1234")
        }
    }

    @Test func otherAccountsAreGrantedInTheBucketAndKeyPolicies() throws {
        let stack = try stack()
        let bucket = try S3.Bucket(stack, "MyBucket") { $0.encryption = .kms }
        try bucket.grantRead(IAM.AccountPrincipal("222222222222"))
        let principal: JSONValue = ["AWS": ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":iam::222222222222:root"]]]]
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::S3::BucketPolicy", ["PolicyDocument": ["Statement": [["Principal": .json(principal)]]]])
        try template.hasResourceProperties("AWS::KMS::Key", ["KeyPolicy": ["Statement": Match.arrayWith([
            Match.objectLike(["Action": ["kms:Decrypt", "kms:DescribeKey"], "Principal": .json(principal), "Resource": "*"]),
        ])]])
    }

    @Test func publicAccessIsABucketPolicyStatementThatCanBeNarrowed() throws {
        let stack = try stack()
        let bucket = try S3.Bucket(stack, "b")
        let grant = try bucket.grantPublicAccess()
        grant.resourceStatement?.addCondition("IpAddress", ["aws:SourceIp": "54.240.143.0/24"])
        try bucket.grantPublicAccess("only/access/these/*")
        try bucket.grantPublicAccess("*", "s3:GetObject", "s3:PutObject")
        let arn: JSONValue = ["Fn::GetAtt": ["bC3BBCC65", "Arn"]]
        try Template(stack).hasResourceProperties("AWS::S3::BucketPolicy", ["PolicyDocument": ["Statement": [
            Match.objectEquals(["Action": "s3:GetObject", "Effect": "Allow", "Principal": ["AWS": "*"], "Resource": ["Fn::Join": ["", [.json(arn), "/*"]]],
                                "Condition": ["IpAddress": ["aws:SourceIp": "54.240.143.0/24"]]]),
            ["Action": "s3:GetObject", "Resource": ["Fn::Join": ["", [.json(arn), "/only/access/these/*"]]]],
            ["Action": ["s3:GetObject", "s3:PutObject"], "Resource": ["Fn::Join": ["", [.json(arn), "/*"]]]],
        ], "Version": "2012-10-17"]])
    }

    @Test func aBlockedPublicPolicyRefusesPublicAccess() throws {
        let stack = try stack()
        let bucket = try S3.Bucket(stack, "MyBucket") { $0.blockPublicAccess = S3.BlockPublicAccess(blockPublicPolicy: true) }
        try expectError(path: "/S/MyBucket", message: "blockPublicPolicy") { try bucket.grantPublicAccess() }
    }

    @Test func arnsForObjectsJoinTokens() throws {
        let stack = try stack()
        let bucket = try S3.Bucket(stack, "MyBucket") { $0.encryption = .s3Managed }
        let first = try role(stack, "First"), second = try role(stack, "Second")
        let statement = IAM.PolicyStatement(actions: ["s3:GetObject"], resources: [bucket.arnForObjects("home/\(first.roleName)/\(second.roleName)/*")],
                                            principals: [IAM.AnyPrincipal()])
        let template = try Template(stack)
        let firstId = JSONValue.string(try template.logicalId(of: first.cfnRole))
        let secondId = JSONValue.string(try template.logicalId(of: second.cfnRole))
        #expect(try stack.resolve(statement.toStatementJSON())?["Resource"] == ["Fn::Join": ["", [
            ["Fn::GetAtt": ["MyBucketF68F3FF0", "Arn"]], "/home/", ["Ref": firstId], "/", ["Ref": secondId], "/*",
        ]]])
        let plain = IAM.PolicyStatement(actions: ["s3:ListBucket"], resources: [bucket.bucketArn], principals: [IAM.AnyPrincipal()])
        #expect(try stack.resolve(plain.toStatementJSON()) == ["Action": "s3:ListBucket", "Effect": "Allow", "Principal": ["AWS": "*"],
                                                               "Resource": ["Fn::GetAtt": ["MyBucketF68F3FF0", "Arn"]]])
    }

    @Test func statementsAddedToTheBucketMakeItsPolicy() throws {
        let stack = try stack()
        let bucket = try S3.Bucket(stack, "MyBucket") { $0.encryption = .s3Managed }
        try bucket.addToResourcePolicy(IAM.PolicyStatement(actions: ["bar:baz"], resources: ["foo"], principals: [IAM.AnyPrincipal()]))
        try Template(stack).hasResource("AWS::S3::BucketPolicy", ["Properties": [
            "Bucket": ["Ref": "MyBucketF68F3FF0"],
            "PolicyDocument": ["Statement": [["Action": "bar:baz", "Effect": "Allow", "Principal": ["AWS": "*"], "Resource": "foo"]], "Version": "2012-10-17"],
        ]])
        #expect(try Template(stack).logicalId(of: try #require(bucket.policy)) == "MyBucketPolicyE7FBAC7B")
    }

    @Test(arguments: [true, false])
    func theRemovedAclFlagIsRefusedByWriteGrants(value: Bool) throws {
        let stack = try Stack(try App(context: ["@aws-cdk/aws-s3:grantWriteWithoutAcl": .bool(value)], environment: [:]), "S")
        let bucket = try S3.Bucket(stack, "MyBucket")
        let role = try role(stack)
        try bucket.grantRead(role)
        try bucket.grantWrite(role, allowedActionPatterns: ["s3:PutObject"])
        let message = "Unsupported feature flag '@aws-cdk/aws-s3:grantWriteWithoutAcl'. This flag existed on CDKv1 but has been removed in CDKv2."
        try expectError(path: "/S/MyBucket", message: .containing(message)) { try bucket.grantWrite(role) }
        try expectError(path: "/S/MyBucket", message: .containing(message)) { try bucket.grantPut(role) }
        try expectError(path: "/S/MyBucket", message: .containing(message)) { try bucket.grantReadWrite(role) }
    }

    @Test func anotherStackOfTheAccountImportsTheArn() throws {
        let app = try App(environment: [:])
        let stackA = try Stack(app, "stackA")
        let bucket = try S3.Bucket(stackA, "MyBucket")
        let stackB = try Stack(app, "stackB")
        let user = try role(stackB, "UserWhoNeedsAccess")
        try bucket.grantRead(user)
        try Template(stackA).hasOutput("ExportsOutputFnGetAttMyBucketF68F3FF0Arn0F7E8E58", [
            "Value": ["Fn::GetAtt": ["MyBucketF68F3FF0", "Arn"]], "Export": ["Name": "stackA:ExportsOutputFnGetAttMyBucketF68F3FF0Arn0F7E8E58"],
        ])
        let imported: JSONValue = ["Fn::ImportValue": "stackA:ExportsOutputFnGetAttMyBucketF68F3FF0Arn0F7E8E58"]
        #expect(try statements(stackB, of: user)[0]["Resource"] == [imported, ["Fn::Join": ["", [imported, "/*"]]]])
    }

    @Test func anotherAccountSeesTheArnOfTheName() throws {
        let app = try App(environment: [:])
        let stackA = try Stack(app, "StackA", env: Environment(account: "123456789012"))
        let bucket = try S3.Bucket(stackA, "MyBucket") { $0.bucketName = "my-bucket-physical-name" }
        let stackB = try Stack(app, "StackB", env: Environment(account: "234567890123"))
        _ = try CfnOutput(stackB, "Arn", value: bucket.bucketArn)
        _ = try CfnOutput(stackB, "Objects", value: bucket.arnForObjects("*"))
        _ = try CfnOutput(stackB, "Name", value: bucket.bucketName)
        let template = try Template(stackB)
        try template.hasOutput("Arn", ["Value": ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":s3:::my-bucket-physical-name"]]]])
        try template.hasOutput("Objects", ["Value": ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":s3:::my-bucket-physical-name/*"]]]])
        try template.hasOutput("Name", ["Value": "my-bucket-physical-name"])
    }

    @Test func anotherAccountCannotUseABucketWithoutAName() throws {
        let app = try App(environment: [:])
        let stackA = try Stack(app, "StackA", env: Environment(account: "123456789012"))
        let bucket = try S3.Bucket(stackA, "MyBucket")
        let stackB = try Stack(app, "StackB", env: Environment(account: "234567890123"))
        _ = try CfnOutput(stackB, "Arn", value: bucket.bucketArn)
        try expectSynthesisError(app, path: "/StackA/MyBucket", message: "Cannot use resource 'StackA/MyBucket' in a cross-environment fashion")
    }
}
