import CDK
import CDKAssertions
import CDKKMS
import CDKS3
import Testing

/// Server access logs: the logging configuration, and how the logs bucket lets S3 write to it
/// (the `LogDeliveryWrite` ACL, or a bucket policy with `serverAccessLogsUseBucketPolicy`).
@Suite struct BucketLogsTests {
    func stack(useBucketPolicy: Bool = false) throws -> Stack {
        let app = try App(context: useBucketPolicy ? ["@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy": true] : [:], environment: [:])
        return try Stack(app, "S")
    }

    @Test func theLogsBucketAndPrefixAreWritten() throws {
        let stack = try stack()
        let logs = try S3.Bucket(stack, "AccessLogs")
        _ = try S3.Bucket(stack, "MyBucket") { $0.serverAccessLogsBucket = logs }
        _ = try S3.Bucket(stack, "Prefixed") { $0.serverAccessLogsBucket = logs; $0.serverAccessLogsPrefix = "hello" }
        _ = try S3.Bucket(stack, "Self") { $0.serverAccessLogsPrefix = "hello" }
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::S3::Bucket", ["LoggingConfiguration": Match.objectEquals(["DestinationBucketName": ["Ref": "AccessLogs8B620ECA"]])])
        try template.hasResourceProperties("AWS::S3::Bucket", ["LoggingConfiguration": Match.objectEquals([
            "DestinationBucketName": ["Ref": "AccessLogs8B620ECA"], "LogFilePrefix": "hello",
        ])])
        try template.hasResourceProperties("AWS::S3::Bucket", ["LoggingConfiguration": Match.objectEquals(["LogFilePrefix": "hello"])])
    }

    @Test func objectKeyFormatsAreWritten() throws {
        let stack = try stack()
        let logs = try S3.Bucket(stack, "AccessLogs")
        _ = try S3.Bucket(stack, "Simple") { $0.serverAccessLogsBucket = logs; $0.targetObjectKeyFormat = .simplePrefix }
        _ = try S3.Bucket(stack, "Event") { $0.serverAccessLogsBucket = logs; $0.targetObjectKeyFormat = .partitionedPrefix(.eventTime) }
        _ = try S3.Bucket(stack, "Delivery") { $0.serverAccessLogsBucket = logs; $0.targetObjectKeyFormat = .partitionedPrefix(.deliveryTime) }
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::S3::Bucket", ["LoggingConfiguration": ["TargetObjectKeyFormat": Match.objectEquals(["SimplePrefix": [:]])]])
        for source in ["EventTime", "DeliveryTime"] {
            try template.hasResourceProperties("AWS::S3::Bucket", ["LoggingConfiguration": ["TargetObjectKeyFormat": Match.objectEquals([
                "PartitionedPrefix": ["PartitionDateSource": .json(.string(source))],
            ])]])
        }
    }

    @Test func withoutTheFlagTheLogsBucketGetsTheDeliveryAcl() throws {
        let stack = try stack()
        let logs = try S3.Bucket(stack, "AccessLogs") { $0.bucketName = "mylogbucket" }
        _ = try S3.Bucket(stack, "MyBucket") { $0.serverAccessLogsBucket = logs }
        try Template(stack).hasResourceProperties("AWS::S3::Bucket", [
            "BucketName": "mylogbucket", "AccessControl": "LogDeliveryWrite", "OwnershipControls": ["Rules": [["ObjectOwnership": "ObjectWriter"]]],
        ])
        try Template(stack).resourceCountIs("AWS::S3::BucketPolicy", 0)
    }

    @Test func aLogsBucketWithAnotherAclFails() throws {
        let stack = try stack()
        let logs = try S3.Bucket(stack, "AccessLogs") { $0.accessControl = .authenticatedRead }
        try expectError(path: "/S/AccessLogs", message: "Cannot enable log delivery to this bucket because the bucket's ACL has been set and can't be changed") {
            try S3.Bucket(stack, "MyBucket") { $0.serverAccessLogsBucket = logs; $0.serverAccessLogsPrefix = "hello"; $0.accessControl = .authenticatedRead }
        }
    }

    @Test func anImportedLogsBucketGetsAWarningAndNoAcl() throws {
        let stack = try stack()
        let logs = try S3.Bucket.fromBucketName(stack, "TargetBucket", bucketName: "target-logs-bucket")
        _ = try S3.Bucket(stack, "TestBucket") { $0.serverAccessLogsBucket = logs; $0.serverAccessLogsPrefix = "test/" }
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::S3::Bucket", ["LoggingConfiguration": ["DestinationBucketName": "target-logs-bucket", "LogFilePrefix": "test/"]])
        try template.allResourcesProperties("AWS::S3::Bucket", ["AccessControl": Match.absent()])
        try AnnotationsAssertions(stack).hasWarning("/S/TestBucket", Match.stringLikeRegexp("Unable to add necessary logging permissions to imported target bucket: S/TargetBucket"))
    }

    @Test func withTheFlagTheLogsBucketGetsAPolicyStatement() throws {
        let stack = try stack(useBucketPolicy: true)
        let bucket = try S3.Bucket(stack, "TestBucket") { $0.serverAccessLogsPrefix = "test" }
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::S3::Bucket", ["AccessControl": Match.absent()])
        try template.hasResourceProperties("AWS::S3::BucketPolicy", [
            "Bucket": .json(try #require(try stack.resolve(.string(bucket.bucketName)))),
            "PolicyDocument": ["Statement": [[
                "Effect": "Allow", "Principal": ["Service": "logging.s3.amazonaws.com"], "Action": "s3:PutObject",
                "Resource": .json(try #require(try stack.resolve(.string("\(bucket.bucketArn)/test*")))),
                "Condition": ["ArnLike": ["aws:SourceArn": .json(try #require(try stack.resolve(.string(bucket.bucketArn))))],
                              "StringEquals": ["aws:SourceAccount": ["Ref": "AWS::AccountId"]]],
            ]]],
        ])
    }

    @Test func withTheFlagTheConditionNamesTheSourceBucket() throws {
        let stack = try stack(useBucketPolicy: true)
        let target = try S3.Bucket(stack, "TargetBucket")
        let source = try S3.Bucket(stack, "SourceBucket") { $0.serverAccessLogsBucket = target }
        try Template(stack).hasResourceProperties("AWS::S3::BucketPolicy", [
            "Bucket": ["Ref": "TargetBucket6BBF3429"],
            "PolicyDocument": ["Statement": [[
                "Resource": ["Fn::Join": ["", [["Fn::GetAtt": ["TargetBucket6BBF3429", "Arn"]], "/*"]]],
                "Condition": ["ArnLike": ["aws:SourceArn": .json(try #require(try stack.resolve(.string(source.bucketArn))))],
                              "StringEquals": ["aws:SourceAccount": ["Ref": "AWS::AccountId"]]],
            ]]],
        ])
    }

    @Test func encryptionOfLogTargetsIsChecked() throws {
        let stack = try stack()
        let key = try KMS.Key(stack, "TestKey")
        for (id, encryption) in [("S3", S3.BucketEncryption.s3Managed), ("Kms", .kms), ("Plain", .unencrypted)] {
            _ = try S3.Bucket(stack, "Self\(id)") { $0.encryption = encryption; $0.serverAccessLogsPrefix = "test" }
            let logs = try S3.Bucket(stack, "Logs\(id)") { $0.encryption = encryption }
            _ = try S3.Bucket(stack, "To\(id)") { $0.serverAccessLogsBucket = logs }
        }
        _ = try S3.Bucket(stack, "SelfKey") { $0.encryptionKey = key; $0.serverAccessLogsPrefix = "test" }
        try expectError(path: "/S/Managed", message: "Default bucket encryption with KMS managed or DSSE managed key is not supported for Server Access Logging target buckets") {
            try S3.Bucket(stack, "Managed") { $0.encryption = .kmsManaged; $0.serverAccessLogsPrefix = "test" }
        }
    }

    @Test func anEncryptedLogsBucketLetsLoggingUseItsKey() throws {
        let stack = try stack()
        let key = try KMS.Key(stack, "LogKey")
        let logs = try S3.Bucket(stack, "AccessLogs") { $0.encryptionKey = key }
        _ = try S3.Bucket(stack, "MyBucket") { $0.serverAccessLogsBucket = logs }
        try Template(stack).hasResourceProperties("AWS::KMS::Key", ["KeyPolicy": ["Statement": Match.arrayWith([Match.objectLike([
            "Action": ["kms:Decrypt", "kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*"],
            "Principal": ["Service": "logging.s3.amazonaws.com"], "Resource": "*",
        ])])]])
    }
}
