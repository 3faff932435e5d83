import CDK
import CDKAssertions
import CDKS3
import Testing

/// The bucket props that each write one CloudFormation property: object lock, ABAC,
/// acceleration, tiering, metrics, public access blocks, ACLs and ownership.
@Suite struct BucketPropsTests {
    func stack() throws -> Stack { try Stack(try App(environment: [:]), "S") }

    @Test func objectLockIsOffUnlessAskedFor() throws {
        let stack = try stack()
        _ = try S3.Bucket(stack, "Plain")
        _ = try S3.Bucket(stack, "Locked") { $0.objectLockEnabled = true }
        let template = try Template(stack)
        try template.hasResource("AWS::S3::Bucket", ["Properties": Match.absent()])
        try template.hasResourceProperties("AWS::S3::Bucket", Match.objectEquals(["ObjectLockEnabled": true]))
    }

    @Test func aDefaultRetentionTurnsObjectLockOn() throws {
        let stack = try stack()
        let governance = try S3.ObjectLockRetention.governance(.days(7 * 365))
        let compliance = try S3.ObjectLockRetention.compliance(.days(1))
        _ = try S3.Bucket(stack, "Governance") { $0.objectLockDefaultRetention = governance }
        _ = try S3.Bucket(stack, "Compliance") { $0.objectLockEnabled = true; $0.objectLockDefaultRetention = compliance }
        let template = try Template(stack)
        for (mode, days) in [("GOVERNANCE", 2555), ("COMPLIANCE", 1)] {
            try template.hasResourceProperties("AWS::S3::Bucket", [
                "ObjectLockEnabled": true,
                "ObjectLockConfiguration": ["ObjectLockEnabled": "Enabled", "Rule": ["DefaultRetention": ["Mode": .json(.string(mode)), "Days": .json(.number(Double(days)))]]],
            ])
        }
    }

    @Test func retentionNeedsObjectLockAndAFewDaysToAHundredYears() throws {
        let stack = try stack()
        let retention = try S3.ObjectLockRetention.governance(.days(1))
        try expectError(path: "/S/B", message: "Object Lock must be enabled to configure default retention settings") {
            try S3.Bucket(stack, "B") { $0.objectLockEnabled = false; $0.objectLockDefaultRetention = retention }
        }
        try expectError(message: .exactly("Object Lock retention duration must be at least 1 day")) { try S3.ObjectLockRetention.governance(.days(0)) }
        try expectError(message: .exactly("Object Lock retention duration must be less than 100 years")) {
            try S3.ObjectLockRetention.compliance(.days(365 * 101))
        }
    }

    @Test(arguments: [(true, "Enabled"), (false, "Disabled")])
    func abacStatusIsWrittenWhenSet(enabled: Bool, status: String) throws {
        let stack = try stack()
        _ = try S3.Bucket(stack, "B") { $0.abacStatus = enabled }
        try Template(stack).hasResourceProperties("AWS::S3::Bucket", ["AbacStatus": .json(.string(status))])
    }

    @Test func transferAccelerationEnablesAcceleration() throws {
        let stack = try stack()
        _ = try S3.Bucket(stack, "B") { $0.transferAcceleration = true }
        try Template(stack).hasResourceProperties("AWS::S3::Bucket", Match.objectEquals(["AccelerateConfiguration": ["AccelerationStatus": "Enabled"]]))
    }

    @Test func intelligentTieringListsTheArchiveTiers() throws {
        let stack = try stack()
        _ = try S3.Bucket(stack, "B") {
            $0.intelligentTieringConfigurations = [
                S3.IntelligentTieringConfiguration(name: "foo"),
                S3.IntelligentTieringConfiguration(name: "archive", archiveAccessTierTime: .days(90)),
                S3.IntelligentTieringConfiguration(name: "deep", deepArchiveAccessTierTime: .days(180)),
                S3.IntelligentTieringConfiguration(name: "all", prefix: "bar", tags: [S3.Tag(key: "test", value: "bazz")],
                                                   archiveAccessTierTime: .days(90), deepArchiveAccessTierTime: .days(180)),
            ]
        }
        try Template(stack).hasResourceProperties("AWS::S3::Bucket", ["IntelligentTieringConfigurations": [
            Match.objectEquals(["Id": "foo", "Status": "Enabled", "Tierings": []]),
            ["Id": "archive", "Tierings": [["AccessTier": "ARCHIVE_ACCESS", "Days": 90]]],
            ["Id": "deep", "Tierings": [["AccessTier": "DEEP_ARCHIVE_ACCESS", "Days": 180]]],
            Match.objectEquals(["Id": "all", "Prefix": "bar", "Status": "Enabled", "TagFilters": [["Key": "test", "Value": "bazz"]],
                                "Tierings": [["AccessTier": "ARCHIVE_ACCESS", "Days": 90], ["AccessTier": "DEEP_ARCHIVE_ACCESS", "Days": 180]]]),
        ]])
    }

    @Test func metricsConfigurationsKeepTheirTagOrder() throws {
        let stack = try stack()
        let bucket = try S3.Bucket(stack, "B") { $0.metrics = [S3.BucketMetrics(id: "test")] }
        bucket.addMetric(S3.BucketMetrics(id: "prefixed", prefix: "prefix", tagFilters: ["z": "1", "a": "2"]))
        try Template(stack).hasResourceProperties("AWS::S3::Bucket", ["MetricsConfigurations": [
            Match.objectEquals(["Id": "test"]),
            Match.objectEquals(["Id": "prefixed", "Prefix": "prefix", "TagFilters": [["Key": "z", "Value": "1"], ["Key": "a", "Value": "2"]]]),
        ]])
    }

    @Test(arguments: [(S3.TransitionDefaultMinimumObjectSize.allStorageClasses128K, "all_storage_classes_128K"),
                      (.variesByStorageClass, "varies_by_storage_class")])
    func transitionDefaultMinimumObjectSizeGoesWithTheLifecycleRules(size: S3.TransitionDefaultMinimumObjectSize, value: String) throws {
        let stack = try stack()
        _ = try S3.Bucket(stack, "B") {
            $0.transitionDefaultMinimumObjectSize = size
            $0.lifecycleRules = [S3.LifecycleRule(expiration: .days(365))]
        }
        try Template(stack).hasResourceProperties("AWS::S3::Bucket", ["LifecycleConfiguration": [
            "TransitionDefaultMinimumObjectSize": .json(.string(value)), "Rules": [["ExpirationInDays": 365]],
        ]])
    }

    @Test func publicAccessBlocksWriteTheSettingsGiven() throws {
        let stack = try stack()
        _ = try S3.Bucket(stack, "Acls") { $0.blockPublicAccess = .blockAcls }
        _ = try S3.Bucket(stack, "AclsOnly") { $0.blockPublicAccess = .blockAclsOnly }
        _ = try S3.Bucket(stack, "Custom") { $0.blockPublicAccess = S3.BlockPublicAccess(restrictPublicBuckets: true) }
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::S3::Bucket", ["PublicAccessBlockConfiguration": Match.objectEquals(["BlockPublicAcls": true, "IgnorePublicAcls": true])])
        try template.hasResourceProperties("AWS::S3::Bucket", ["PublicAccessBlockConfiguration": Match.objectEquals([
            "BlockPublicAcls": true, "BlockPublicPolicy": false, "IgnorePublicAcls": true, "RestrictPublicBuckets": false,
        ])])
        try template.hasResourceProperties("AWS::S3::Bucket", ["PublicAccessBlockConfiguration": Match.objectEquals(["RestrictPublicBuckets": true])])
    }

    @Test func withTheFlagUnsetSettingsBlock() throws {
        let app = try App(context: ["@aws-cdk/aws-s3:publicAccessBlockedByDefault": true], environment: [:])
        let stack = try Stack(app, "S")
        let bucket = try S3.Bucket(stack, "B") { $0.blockPublicAccess = S3.BlockPublicAccess(restrictPublicBuckets: false) }
        try Template(stack).hasResourceProperties("AWS::S3::Bucket", ["PublicAccessBlockConfiguration": Match.objectEquals([
            "BlockPublicAcls": true, "BlockPublicPolicy": true, "IgnorePublicAcls": true, "RestrictPublicBuckets": false,
        ])])
        #expect(bucket.blocksPublicPolicy)
        try expectError(path: "/S/B", message: "Cannot grant public access when 'blockPublicPolicy' is enabled") { try bucket.grantPublicAccess() }
    }

    @Test func publicReadNeedsAPolicyThatAllowsIt() throws {
        let stack = try stack()
        try expectError(path: "/S/A", message: "Cannot use 'publicReadAccess' property on a bucket without allowing bucket-level public access through 'blockPublicAccess' property.") {
            try S3.Bucket(stack, "A") { $0.publicReadAccess = true }
        }
        try expectError(path: "/S/B", message: "Cannot grant public access when 'blockPublicPolicy' is enabled") {
            try S3.Bucket(stack, "B") {
                $0.publicReadAccess = true
                $0.blockPublicAccess = S3.BlockPublicAccess(blockPublicAcls: false, blockPublicPolicy: true, ignorePublicAcls: false, restrictPublicBuckets: false)
            }
        }
    }

    @Test func aclsThatNeedThemGetObjectWriterOwnership() throws {
        let stack = try stack()
        _ = try S3.Bucket(stack, "LogDelivery") { $0.bucketName = "mylogbucket"; $0.accessControl = .logDeliveryWrite }
        let privateBucket = try S3.Bucket(stack, "Private") { $0.bucketName = "myprivatebucket"; $0.accessControl = .private }
        try Tags.of(privateBucket).add("foo", "bar")
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::S3::Bucket", [
            "BucketName": "mylogbucket", "AccessControl": "LogDeliveryWrite", "OwnershipControls": ["Rules": [["ObjectOwnership": "ObjectWriter"]]],
        ])
        try template.hasResourceProperties("AWS::S3::Bucket", ["BucketName": "myprivatebucket", "AccessControl": "Private", "OwnershipControls": Match.absent()])
    }

    @Test(arguments: [S3.ObjectOwnership.bucketOwnerEnforced, .bucketOwnerPreferred, .objectWriter])
    func objectOwnershipIsWrittenAsGiven(ownership: S3.ObjectOwnership) throws {
        let stack = try stack()
        _ = try S3.Bucket(stack, "B") { $0.objectOwnership = ownership }
        try Template(stack).hasResourceProperties("AWS::S3::Bucket", Match.objectEquals(["OwnershipControls": ["Rules": [["ObjectOwnership": .json(.string(ownership.rawValue))]]]]))
    }

    @Test func enforcedOwnershipAndAclsConflictAtOnce() throws {
        let stack = try stack()
        try expectError(path: "/S/AccessLogs", message: "objectOwnership must be set to \"ObjectWriter\" when accessControl is \"LogDeliveryWrite\"") {
            try S3.Bucket(stack, "AccessLogs") { $0.accessControl = .logDeliveryWrite; $0.objectOwnership = .bucketOwnerEnforced }
        }
    }

    @Test func autoDeleteOnSeveralBucketsSharesOneProvider() throws {
        let stack = try stack()
        _ = try S3.Bucket(stack, "Bucket1") { $0.removalPolicy = .destroy; $0.autoDeleteObjects = true }
        _ = try S3.Bucket(stack, "Bucket2") { $0.removalPolicy = .destroy; $0.autoDeleteObjects = true }
        try Template(stack).resourceCountIs("AWS::Lambda::Function", 1)
        try expectError(path: "/S/Kept", message: "Cannot use 'autoDeleteObjects' property on a bucket without setting removal policy to 'DESTROY'.") {
            try S3.Bucket(stack, "Kept") { $0.autoDeleteObjects = true }
        }
    }
}
