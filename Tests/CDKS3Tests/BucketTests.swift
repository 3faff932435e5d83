import CDK
import CDKAssertions
import CDKIAM
import CDKKMS
import CDKS3
import Testing

/// Fine-grained tests of `S3.Bucket`: defaults, each prop, grants, imports and notifications.
@Suite struct BucketTests {
    func stack() throws -> Stack { try Stack(try App(environment: [:]), "S") }

    @Test func defaultsAreARetainedBucketWithoutProperties() throws {
        let stack = try stack()
        let bucket = try S3.Bucket(stack, "Data")
        let template = try Template(stack)
        try template.resourceCountIs("AWS::S3::Bucket", 1)
        try template.hasResource("AWS::S3::Bucket", ["DeletionPolicy": "Retain", "UpdateReplacePolicy": "Retain", "Properties": Match.absent()])
        try template.resourceCountIs("AWS::S3::BucketPolicy", 0)
        #expect(try template.logicalId(of: bucket) == "Data666C94C7")
        #expect(bucket.encryptionKey == nil)
        #expect(bucket.policy == nil)
    }

    @Test func removalPolicyDestroyDeletesTheBucket() throws {
        let stack = try stack()
        _ = try S3.Bucket(stack, "Data") { $0.removalPolicy = .destroy }
        try Template(stack).hasResource("AWS::S3::Bucket", ["DeletionPolicy": "Delete", "UpdateReplacePolicy": "Delete"])
    }

    @Test func versioningEncryptionAndPublicAccessBlock() throws {
        let stack = try stack()
        _ = try S3.Bucket(stack, "Data") {
            $0.bucketName = "my-bucket"
            $0.versioned = true
            $0.encryption = .kmsManaged
            $0.bucketKeyEnabled = true
            $0.blockPublicAccess = .blockAll
        }
        try Template(stack).hasResourceProperties("AWS::S3::Bucket", [
            "BucketName": "my-bucket",
            "VersioningConfiguration": ["Status": "Enabled"],
            "BucketEncryption": ["ServerSideEncryptionConfiguration": [
                ["BucketKeyEnabled": true, "ServerSideEncryptionByDefault": Match.objectEquals(["SSEAlgorithm": "aws:kms"])],
            ]],
            "PublicAccessBlockConfiguration": Match.objectEquals([
                "BlockPublicAcls": true, "BlockPublicPolicy": true, "IgnorePublicAcls": true, "RestrictPublicBuckets": true,
            ]),
        ])
    }

    @Test func kmsEncryptionCreatesARotatedKey() throws {
        let stack = try stack()
        let bucket = try S3.Bucket(stack, "Data") { $0.encryption = .kms }
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::KMS::Key", ["Description": "Created by S/Data", "EnableKeyRotation": true])
        let key = try #require(bucket.encryptionKey as? KMS.Key)
        let keyId = try template.logicalId(of: key)
        try template.hasResourceProperties("AWS::S3::Bucket", ["BucketEncryption": ["ServerSideEncryptionConfiguration": [
            ["ServerSideEncryptionByDefault": ["SSEAlgorithm": "aws:kms", "KMSMasterKeyID": ["Fn::GetAtt": [.json(.string(keyId)), "Arn"]]]],
        ]]])
    }

    @Test func anEncryptionKeyAloneMeansKmsEncryption() throws {
        let stack = try stack()
        let key = try KMS.Key(stack, "Key")
        let bucket = try S3.Bucket(stack, "Data") { $0.encryptionKey = key }
        #expect(bucket.encryptionKey === key)
        try Template(stack).resourceCountIs("AWS::KMS::Key", 1)
    }

    @Test func enforceSSLAddsTheDenyStatement() throws {
        let stack = try stack()
        let bucket = try S3.Bucket(stack, "Data") { $0.enforceSSL = true }
        #expect(bucket.policy != nil)
        try Template(stack).hasResourceProperties("AWS::S3::BucketPolicy", [
            "Bucket": ["Ref": "Data666C94C7"],
            "PolicyDocument": ["Statement": [[
                "Action": "s3:*", "Condition": ["Bool": ["aws:SecureTransport": "false"]], "Effect": "Deny",
                "Principal": ["AWS": "*"], "Resource": Match.anyValue(),
            ]]],
        ])
    }

    @Test func lifecycleRulesAndCors() throws {
        let stack = try stack()
        let bucket = try S3.Bucket(stack, "Data") { $0.lifecycleRules = [S3.LifecycleRule(expiration: .days(10))] }
        try bucket.addLifecycleRule(S3.LifecycleRule(id: "mpu", abortIncompleteMultipartUploadAfter: .days(1), prefix: "tmp/",
                                                     objectSizeGreaterThan: 100))
        bucket.addCorsRule(S3.CorsRule(allowedMethods: [.head], allowedOrigins: ["*"]))
        try Template(stack).hasResourceProperties("AWS::S3::Bucket", [
            "LifecycleConfiguration": ["Rules": [
                ["ExpirationInDays": 10, "Status": "Enabled"],
                ["AbortIncompleteMultipartUpload": ["DaysAfterInitiation": 1], "Id": "mpu", "ObjectSizeGreaterThan": 100, "Prefix": "tmp/", "Status": "Enabled"],
            ]],
            "CorsConfiguration": ["CorsRules": [Match.objectEquals(["AllowedMethods": ["HEAD"], "AllowedOrigins": ["*"]])]],
        ])
    }

    @Test func websiteAndObjectOwnership() throws {
        let stack = try stack()
        _ = try S3.Bucket(stack, "Site") { $0.websiteIndexDocument = "index.html"; $0.objectOwnership = .objectWriter }
        try Template(stack).hasResourceProperties("AWS::S3::Bucket", [
            "WebsiteConfiguration": Match.objectEquals(["IndexDocument": "index.html"]),
            "OwnershipControls": ["Rules": [["ObjectOwnership": "ObjectWriter"]]],
        ])
    }

    @Test func accessLogsPrefixAloneLogsToTheBucketItself() throws {
        let stack = try stack()
        _ = try S3.Bucket(stack, "Data") { $0.serverAccessLogsPrefix = "logs/" }
        try Template(stack).hasResourceProperties("AWS::S3::Bucket", [
            "AccessControl": "LogDeliveryWrite",
            "LoggingConfiguration": Match.objectEquals(["LogFilePrefix": "logs/"]),
            "OwnershipControls": ["Rules": [["ObjectOwnership": "ObjectWriter"]]],
        ])
    }

    @Test func importedAccessLogsBucketGetsAWarning() throws {
        let stack = try stack()
        let logs = try S3.Bucket.fromBucketName(stack, "Logs", bucketName: "central-logs")
        _ = try S3.Bucket(stack, "Data") { $0.serverAccessLogsBucket = logs }
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::S3::Bucket", ["LoggingConfiguration": ["DestinationBucketName": "central-logs"]])
        #expect(throws: (any Error).self) { try expectNoWarnings(stack) }
    }

    @Test func eventBridgeUsesTheNotificationsResource() throws {
        let stack = try stack()
        _ = try S3.Bucket(stack, "Data") { $0.eventBridgeEnabled = true }
        let template = try Template(stack)
        try template.hasResourceProperties("Custom::S3BucketNotifications", [
            "NotificationConfiguration": Match.objectEquals(["EventBridgeConfiguration": [:]]), "Managed": true,
        ])
        try template.resourceCountIs("AWS::Lambda::Function", 1)
        try template.hasResourceProperties("AWS::Lambda::Function", ["Runtime": "python3.13", "Timeout": 300, "Handler": "index.handler"])
    }

    @Test func notificationsShareOneHandlerPerStack() throws {
        let stack = try stack()
        let a = try S3.Bucket(stack, "A")
        let b = try S3.Bucket(stack, "B")
        try a.addObjectCreatedNotification(QueueArnDestination(arn: "arn:aws:sqs:eu-west-1:1:q"), filters: S3.NotificationKeyFilter(suffix: ".png"))
        try b.addEventNotification(.objectRemovedDelete, QueueArnDestination(arn: "arn:aws:sqs:eu-west-1:1:r"))
        let template = try Template(stack)
        try template.resourceCountIs("AWS::Lambda::Function", 1)
        try template.resourceCountIs("Custom::S3BucketNotifications", 2)
        try template.hasResourceProperties("Custom::S3BucketNotifications", ["NotificationConfiguration": ["QueueConfigurations": [[
            "Events": ["s3:ObjectCreated:*"], "Filter": ["Key": ["FilterRules": [["Name": "suffix", "Value": ".png"]]]],
            "QueueArn": "arn:aws:sqs:eu-west-1:1:q",
        ]]]])
    }

    @Test func destinationDependenciesBecomeDependsOn() throws {
        struct Dest: S3.NotificationDestination {
            let dependency: Construct
            func bind(_ scope: Construct, bucket: any S3.BucketRef) throws -> S3.NotificationDestinationConfig {
                S3.NotificationDestinationConfig(arn: "arn:aws:lambda:eu-west-1:1:function:f", type: .lambda, dependencies: [dependency])
            }
        }
        let stack = try stack()
        let permission = try CfnResource(stack, "Permission", type: "AWS::Lambda::Permission")
        let bucket = try S3.Bucket(stack, "Data")
        try bucket.addObjectCreatedNotification(Dest(dependency: permission))
        try Template(stack).hasResource("Custom::S3BucketNotifications", [
            "Properties": ["NotificationConfiguration": ["LambdaFunctionConfigurations": [["LambdaFunctionArn": "arn:aws:lambda:eu-west-1:1:function:f"]]]],
            "DependsOn": Match.arrayWith(["Permission"]),
        ])
    }

    @Test func grantsUseTheAWSCDKActionLists() throws {
        let stack = try stack()
        let role = try IAM.Role(stack, "R", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        let bucket = try S3.Bucket(stack, "Data") { $0.encryption = .kms }
        try bucket.grantPut(role)
        try bucket.grantDelete(role)
        try Template(stack).hasResourceProperties("AWS::IAM::Policy", ["PolicyDocument": ["Statement": [
            ["Action": ["s3:PutObject", "s3:PutObjectLegalHold", "s3:PutObjectRetention", "s3:PutObjectTagging", "s3:PutObjectVersionTagging", "s3:Abort*"], "Resource": Match.anyValue()],
            ["Action": ["kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Decrypt"], "Resource": Match.anyValue()],
            ["Action": "s3:DeleteObject*", "Resource": Match.anyValue()],
        ]]])
    }

    @Test func urlsAndArns() throws {
        let stack = try Stack(try App(environment: [:]), "S", env: Environment(account: "111111111111", region: "eu-west-1"))
        let bucket = try S3.Bucket.fromBucketName(stack, "B", bucketName: "my-bucket")
        #expect(bucket.urlForObject("/a/b") == "https://s3.eu-west-1.\(stack.urlSuffix)/my-bucket/a/b")
        #expect(bucket.s3UrlForObject() == "s3://my-bucket")
        #expect(bucket.bucketRegionalDomainName == "my-bucket.s3.eu-west-1.amazonaws.com")
        #expect(bucket.bucketDomainName == "my-bucket.s3.amazonaws.com")
        let byArn = try S3.Bucket.fromBucketArn(stack, "C", bucketArn: "arn:aws:s3:::other")
        #expect(byArn.bucketName == "other")
        #expect(byArn.arnForObjects("x/*") == "arn:aws:s3:::other/x/*")
    }

    @Test func importedBucketsHaveNoPolicy() throws {
        let stack = try stack()
        let bucket = try S3.Bucket.fromBucketName(stack, "B", bucketName: "my-bucket")
        let result = try bucket.addToResourcePolicy(IAM.PolicyStatement(actions: ["s3:GetObject"], resources: ["*"]))
        #expect(!result.statementAdded)
        let grant = try bucket.grantRead(IAM.AccountPrincipal("222222222222"))
        #expect(!grant.success)
    }
}
