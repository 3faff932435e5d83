import CDK
import CDKAssertions
import CDKIAM
import CDKKMS
import CDKS3
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/s3-bucket-reference/app.py (every bucket prop, imports, URLs,
/// grants, replication, inventories, logs, website, CloudTrail rules, notifications of imported
/// buckets) must synthesize the AWS CDK's templates, byte for byte.
@Suite struct S3BucketReferenceTests {
    static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/s3-bucket-reference/expected")

    static func port() throws -> App {
        let app = try App(environment: [:])
        try props(app)
        try website(app)
        try urls(app)
        try grants(app)
        try fromCfn(app)
        try logs(app)
        try inventory(app)
        try replication(app)
        try events(app)
        try notifications(app)
        return app
    }

    static func props(_ app: App) throws {
        let props = try Stack(app, "Props")
        _ = try S3.Bucket(props, "BlockedUnencrypted") { $0.encryption = .unencrypted; $0.blockedEncryptionTypes = [.sseC] }
        _ = try S3.Bucket(props, "BlockedNone") { $0.encryption = .s3Managed; $0.blockedEncryptionTypes = [.none] }
        _ = try S3.Bucket(props, "BlockedKms") {
            $0.encryption = .kms
            $0.bucketKeyEnabled = true
            $0.blockedEncryptionTypes = [.sseC, .custom("unknown")]
        }
        _ = try S3.Bucket(props, "DsseManaged") { $0.encryption = .dsseManaged; $0.bucketKeyEnabled = true }
        _ = try S3.Bucket(props, "Dsse") { $0.encryption = .dsse }
        _ = try S3.Bucket(props, "Regional") { $0.bucketNamePrefix = "my-app"; $0.bucketNamespace = .accountRegional; $0.abacStatus = true }
        _ = try S3.Bucket(props, "Global") { $0.bucketName = "my-global-bucket-1"; $0.bucketNamespace = .global; $0.abacStatus = false }
        _ = try S3.Bucket(props, "LockOnly") { $0.objectLockEnabled = true }
        let sevenYears = try S3.ObjectLockRetention.governance(.days(7 * 365))
        _ = try S3.Bucket(props, "Governance") { $0.objectLockDefaultRetention = sevenYears }
        let oneDay = try S3.ObjectLockRetention.compliance(.days(1))
        _ = try S3.Bucket(props, "Compliance") { $0.objectLockEnabled = true; $0.objectLockDefaultRetention = oneDay }
        _ = try S3.Bucket(props, "Accelerated") { $0.transferAcceleration = true }
        _ = try S3.Bucket(props, "Tiering") {
            $0.intelligentTieringConfigurations = [
                S3.IntelligentTieringConfiguration(name: "plain"),
                S3.IntelligentTieringConfiguration(name: "foo", prefix: "bar", tags: [S3.Tag(key: "test", value: "bazz")],
                                                   archiveAccessTierTime: .days(90), deepArchiveAccessTierTime: .days(180)),
            ]
        }
        let metrics = try S3.Bucket(props, "Metrics") {
            $0.metrics = [S3.BucketMetrics(id: "all"), S3.BucketMetrics(id: "prefix", prefix: "logs/", tagFilters: ["b": "2", "a": "1"])]
        }
        metrics.addMetric(S3.BucketMetrics(id: "added"))
        _ = try S3.Bucket(props, "MinimumSize") {
            $0.transitionDefaultMinimumObjectSize = .variesByStorageClass
            $0.lifecycleRules = [S3.LifecycleRule(expiration: .days(365))]
        }
        _ = try S3.Bucket(props, "AclPrivate") { $0.bucketName = "mylogbucket"; $0.accessControl = .private }
        _ = try S3.Bucket(props, "AclAuthenticated") { $0.accessControl = .authenticatedRead }
        _ = try S3.Bucket(props, "Custom") { $0.blockPublicAccess = S3.BlockPublicAccess(restrictPublicBuckets: true) }

        let blocked = try Stack(app, "BlockedByDefault")
        try blocked.node.setContext("@aws-cdk/aws-s3:publicAccessBlockedByDefault", true)
        _ = try S3.Bucket(blocked, "Custom") { $0.blockPublicAccess = S3.BlockPublicAccess(restrictPublicBuckets: false) }
        _ = try S3.Bucket(blocked, "Open") { $0.blockPublicAccess = .blockAclsOnly; $0.publicReadAccess = true }
    }

    static func website(_ app: App) throws {
        let website = try Stack(app, "Website")
        let redirect = try S3.Bucket(website, "Redirect") { $0.websiteRedirect = S3.RedirectTarget(hostName: "www.example.com", protocol: .https) }
        let routed = try S3.Bucket(website, "Routed") {
            $0.websiteRoutingRules = [
                S3.RoutingRule(hostName: "www.example.com", httpRedirectCode: "302", protocol: .https, replaceKey: .prefixWith("test/"),
                               condition: S3.RoutingRuleCondition(httpErrorCodeReturnedEquals: "200", keyPrefixEquals: "")),
                S3.RoutingRule(replaceKey: .with("index.html"), condition: S3.RoutingRuleCondition(keyPrefixEquals: "docs/")),
            ]
        }
        let importedSite = try S3.Bucket.fromBucketName(website, "ImportedSite", bucketName: "my-test-bucket")
        let givenUrl = try S3.Bucket.fromBucketAttributes(website, "GivenUrl") {
            $0.bucketName = "my-test-bucket"
            $0.bucketWebsiteUrl = "http://my-test-bucket.my-test.suffix"
        }
        for (name, value) in [("RedirectUrl", redirect.bucketWebsiteUrl), ("RedirectDomain", redirect.bucketWebsiteDomainName),
                              ("RoutedDomain", routed.bucketWebsiteDomainName),
                              ("ImportedUrl", importedSite.bucketWebsiteUrl), ("ImportedDomain", importedSite.bucketWebsiteDomainName),
                              ("GivenUrlDomain", givenUrl.bucketWebsiteDomainName)] {
            _ = try CfnOutput(website, name, value: value)
        }

        let regions = try Stack(app, "Regions", env: Environment(region: "cn-north-1"))
        let inEurope = try S3.Bucket.fromBucketAttributes(regions, "InEurope") { $0.bucketName = "mybucket"; $0.region = "eu-west-1" }
        let inChina = try S3.Bucket.fromBucketAttributes(regions, "InChina") { $0.bucketName = "mybucket" }
        let oldFormat = try S3.Bucket.fromBucketAttributes(regions, "OldFormat") {
            $0.bucketName = "mybucket"
            $0.region = "us-east-2"
            $0.bucketWebsiteNewUrlFormat = false
        }
        let unknown = try S3.Bucket.fromBucketAttributes(regions, "Unknown") { $0.bucketName = "mybucket"; $0.region = "xx-unknown-1" }
        let byArn = try S3.Bucket.fromBucketArn(regions, "ByArn", bucketArn: "arn:aws:s3:::explicit-region-bucket")
        for (name, value) in [("EuropeRegional", inEurope.bucketRegionalDomainName), ("EuropeWebsite", inEurope.bucketWebsiteDomainName),
                              ("ChinaUrl", inChina.bucketWebsiteUrl), ("ChinaDomain", inChina.bucketDomainName),
                              ("ChinaDualStack", inChina.bucketDualStackDomainName),
                              ("OldFormatUrl", oldFormat.bucketWebsiteUrl), ("UnknownUrl", unknown.bucketWebsiteUrl),
                              ("UnknownRegional", unknown.bucketRegionalDomainName), ("ByArnName", byArn.bucketName)] {
            _ = try CfnOutput(regions, name, value: value)
        }
    }

    static func urls(_ app: App) throws {
        let urls = try Stack(app, "Urls")
        let bucket = try S3.Bucket(urls, "MyBucket")
        let regional = try S3.Bucket.fromBucketAttributes(urls, "RegionalBucket") {
            $0.bucketArn = "arn:aws:s3:::explicit-region-bucket"
            $0.region = "us-west-2"
        }
        for (name, value) in [("Url", bucket.urlForObject()), ("FileUrl", bucket.urlForObject("/your/file.txt")),
                              ("RegionUrl", regional.urlForObject()),
                              ("Accelerated", bucket.transferAccelerationUrlForObject()),
                              ("AcceleratedFile", bucket.transferAccelerationUrlForObject("/my/file.txt")),
                              ("AcceleratedDual", bucket.transferAccelerationUrlForObject("my/file.txt", dualStack: true)),
                              ("AcceleratedRegion", regional.transferAccelerationUrlForObject(nil, dualStack: true)),
                              ("Virtual", bucket.virtualHostedUrlForObject()), ("VirtualFile", bucket.virtualHostedUrlForObject("my/file.txt")),
                              ("VirtualGlobal", bucket.virtualHostedUrlForObject("my/file.txt", regional: false)),
                              ("VirtualRegion", regional.virtualHostedUrlForObject("a")),
                              ("S3Url", bucket.s3UrlForObject("/your/file.txt")), ("DualStack", bucket.bucketDualStackDomainName),
                              ("RegionDualStack", regional.bucketDualStackDomainName)] {
            _ = try CfnOutput(urls, name, value: value)
        }
    }

    static func grants(_ app: App) throws {
        let grants = try Stack(app, "Grants")
        let role = try IAM.Role(grants, "Role", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        let org = try S3.Bucket(grants, "Org") { $0.encryption = .kms }
        try org.grantRead(try IAM.OrganizationPrincipal("o-12345abcde"))
        let acl = try S3.Bucket(grants, "Acl")
        try acl.grantPutAcl(role, objectsKeyPattern: "uploads/*")
        try acl.grantReadWrite(role)
        try S3.BucketGrants.fromBucket(acl).actionsOnObjectKeys(role, "my/prefix/*", "s3:GetObject", "s3:PutObject")
        try S3.BucketGrants.fromBucket(acl).actionsOnBucketAndObjectKeys(role, "*", "s3:GetObject")
        let publicBucket = try S3.Bucket(grants, "Public")
        try publicBucket.grantPublicAccess().resourceStatement?.addCondition("IpAddress", ["aws:SourceIp": "54.240.143.0/24"])
        let other = try S3.Bucket(grants, "Other") { $0.encryption = .kms }
        try other.grantRead(IAM.AccountPrincipal("222222222222"))
        try other.grantWrite(IAM.ServicePrincipal("logs.amazonaws.com"), objectsKeyPattern: "logs/*", allowedActionPatterns: ["s3:PutObject"])
        let imported = try S3.Bucket.fromBucketAttributes(grants, "Imported") { $0.bucketArn = "arn:aws:s3:::my-bucket" }
        try imported.addToResourcePolicy(IAM.PolicyStatement(actions: ["*"], resources: ["*"], principals: [IAM.AnyPrincipal()]))
        _ = try role.addToPolicy(IAM.PolicyStatement(actions: ["s3:*"], resources: [imported.arnForObjects("my/folder/\(imported.bucketName)")]))
    }

    static func fromCfn(_ app: App) throws {
        let cfn = try Stack(app, "FromCfn")
        let cfnBucket = try S3.CfnBucket(cfn, "CfnBucket")
        let fromCfn = try S3.Bucket.fromCfnBucket(cfnBucket)
        try fromCfn.applyRemovalPolicy(.retain)
        let role = try IAM.Role(cfn, "Role", .init(assumedBy: IAM.AccountRootPrincipal()))
        try fromCfn.grantRead(role)
        _ = try S3.CfnBucketPolicy(cfn, "CfnBucketPolicy", bucket: cfnBucket.ref, policyDocument: [
            "Statement": [["Action": "s3:*", "Effect": "Allow", "Principal": ["AWS": "*"], "Resource": ["*"]]], "Version": "2012-10-17",
        ])
        try fromCfn.addToResourcePolicy(IAM.PolicyStatement(actions: ["s3:*"], resources: ["*"], principals: [IAM.AccountRootPrincipal()]))
        let cfnKey = try KMS.CfnKey(cfn, "CfnKey", keyPolicy: [
            "Statement": [["Action": "kms:*", "Effect": "Allow", "Principal": ["AWS": "*"], "Resource": "*"]], "Version": "2012-10-17",
        ])
        _ = try S3.Bucket.fromCfnBucket(S3.CfnBucket(cfn, "Encrypted", bucketEncryption: .init(serverSideEncryptionConfiguration: [
            .init(serverSideEncryptionByDefault: .init(kmsMasterKeyId: cfnKey.attrArn, sseAlgorithm: "aws:kms")),
        ])))
        _ = try CfnOutput(cfn, "Name", value: fromCfn.bucketName)
        _ = try CfnOutput(cfn, "WebsiteDomain", value: fromCfn.bucketWebsiteDomainName)
    }

    static func logs(_ app: App) throws {
        let logs = try Stack(app, "Logs")
        let logKey = try KMS.Key(logs, "LogKey")
        let accessLogs = try S3.Bucket(logs, "AccessLogs") { $0.encryptionKey = logKey }
        _ = try S3.Bucket(logs, "Simple") { $0.serverAccessLogsBucket = accessLogs; $0.targetObjectKeyFormat = .simplePrefix }
        _ = try S3.Bucket(logs, "Partitioned") {
            $0.serverAccessLogsBucket = accessLogs
            $0.serverAccessLogsPrefix = "p/"
            $0.targetObjectKeyFormat = .partitionedPrefix(.eventTime)
        }
        _ = try S3.Bucket(logs, "Delivery") { $0.serverAccessLogsBucket = accessLogs; $0.targetObjectKeyFormat = .partitionedPrefix(.deliveryTime) }
        let target = try S3.Bucket.fromBucketName(logs, "TargetBucket", bucketName: "target-logs-bucket")
        _ = try S3.Bucket(logs, "ToImported") { $0.serverAccessLogsBucket = target; $0.serverAccessLogsPrefix = "test/" }

        let policyLogs = try Stack(app, "LogsPolicy")
        try policyLogs.node.setContext("@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy", true)
        let policyTarget = try S3.Bucket(policyLogs, "TargetBucket")
        _ = try S3.Bucket(policyLogs, "SourceBucket") { $0.serverAccessLogsBucket = policyTarget }
        _ = try S3.Bucket(policyLogs, "Self") { $0.serverAccessLogsPrefix = "test" }
    }

    static func inventory(_ app: App) throws {
        let inventory = try Stack(app, "Inventory")
        let inventoryBucket = try S3.Bucket(inventory, "InventoryBucket") { $0.enforceSSL = true }
        _ = try S3.Bucket(inventory, "MyBucket") { $0.inventories = [S3.Inventory(destination: .init(bucket: inventoryBucket))] }
        _ = try S3.Bucket(inventory, "AVeryVeryVeryVeryVeryVeryVeryVeryVeryVeryVeryVeryVery@#$+:;?!&LongNodeIdName") {
            $0.inventories = [S3.Inventory(destination: .init(bucket: inventoryBucket))]
        }
        let full = try S3.Bucket(inventory, "Full")
        full.addInventory(S3.Inventory(destination: .init(bucket: inventoryBucket, prefix: "reports/", bucketOwner: "123456789012"),
                                       objectsPrefix: "data/", format: .parquet, enabled: false, inventoryId: "my.inventory-1",
                                       frequency: .daily, includeObjectVersions: .current, optionalFields: ["Size", "LastModifiedDate"]))
        full.addInventory(S3.Inventory(destination: .init(bucket: try S3.Bucket.fromBucketName(inventory, "External", bucketName: "external-reports"))))
        try inventoryBucket.grantRead(IAM.AccountPrincipal("222222222222"))
    }

    static func replication(_ app: App) throws {
        let replication = try Stack(app, "Replication")
        let dst = try S3.Bucket(replication, "DstBucket")
        _ = try S3.Bucket(replication, "SrcBucket") { $0.versioned = true; $0.replicationRules = [S3.ReplicationRule(destination: dst)] }
        let key = try KMS.Key(replication, "Key")
        var full = S3.ReplicationRule(destination: dst)
        full.replicationTimeControl = .fifteenMinutes
        full.metrics = .fifteenMinutes
        full.kmsKey = key
        full.storageClass = .glacier
        full.sseKmsEncryptedObjects = true
        full.replicaModifications = true
        full.id = "rule1"
        full.priority = 1
        full.deleteMarkerReplication = false
        full.filter = S3.ReplicationFilter(prefix: "filterWord", tags: [S3.Tag(key: "filterKey", value: "filterValue")])
        _ = try S3.Bucket(replication, "FullBucket") { $0.versioned = true; $0.encryptionKey = key; $0.replicationRules = [full] }
        let customRole = try IAM.Role(replication, "ReplicationRole", .init(assumedBy: IAM.ServicePrincipal("s3.amazonaws.com")))
        let otherDst = try S3.Bucket(replication, "DstBucketNoEncryption")
        var tagged = S3.ReplicationRule(destination: dst)
        tagged.priority = 1
        tagged.filter = S3.ReplicationFilter(tags: [S3.Tag(key: "k1", value: "v1"), S3.Tag(key: "k2", value: "v2")])
        var markers = S3.ReplicationRule(destination: otherDst)
        markers.priority = 2
        markers.metrics = .fifteenMinutes
        markers.deleteMarkerReplication = true
        let custom = try S3.Bucket(replication, "CustomRole") {
            $0.versioned = true
            $0.replicationRole = customRole
            $0.replicationRules = [tagged, markers]
        }
        try custom.grantReplicationPermission(customRole, destinations: [S3.ReplicationDestination(bucket: dst, encryptionKey: key)])

        let sourceAccount = try Stack(app, "SourceAccount", env: Environment(account: "111111111111", region: "us-east-1"))
        let destinationAccount = try Stack(app, "DestinationAccount", env: Environment(account: "222222222222"))
        let remote = try S3.Bucket(destinationAccount, "DstBucket") { $0.bucketName = "another-account-dst-bucket" }
        var toRemote = S3.ReplicationRule(destination: remote)
        toRemote.accessControlTransition = true
        let source = try S3.Bucket(sourceAccount, "SrcBucket") { $0.versioned = true; $0.replicationRules = [toRemote] }
        let roleArn = try #require(source.replicationRoleArn)
        try remote.addReplicationPolicy(roleArn: roleArn, accessControlTransition: true, account: "111111111111")
        _ = try CfnOutput(destinationAccount, "SourceRoleArn", value: roleArn)
    }

    static func events(_ app: App) throws {
        let events = try Stack(app, "Events")
        let watched = try S3.Bucket(events, "Watched")
        try watched.onCloudTrailEvent("AnyCall") { $0.description = "every call" }
        try watched.onCloudTrailPutObject("Put") { $0.paths = ["uploads/*"] }
        try watched.onCloudTrailWriteObject("Write") { $0.paths = ["a/*", "b/*"]; $0.ruleName = "writes" }
        try watched.onCloudTrailWriteObject("WriteAll")
    }

    static func notifications(_ app: App) throws {
        let notes = try Stack(app, "Notifications")
        let handlerRole = try IAM.Role(notes, "HandlerRole", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        let own = try S3.Bucket(notes, "Own") { $0.notificationsHandlerRole = handlerRole; $0.notificationsSkipDestinationValidation = true }
        try own.addObjectCreatedNotification(QueueArnDestination(arn: "arn:aws:sqs:us-east-1:123456789012:own"))
        let outside = try S3.Bucket.fromBucketName(notes, "Outside", bucketName: "outside-bucket")
        try outside.addEventNotification(.objectRemoved, QueueArnDestination(arn: "arn:aws:sqs:us-east-1:123456789012:outside"))
        let later = try S3.Bucket(notes, "Later")
        try later.enableEventBridgeNotification()
    }

    static let stacks = ["Props", "BlockedByDefault", "Website", "Regions", "Urls", "Grants", "FromCfn", "Logs", "LogsPolicy",
                         "Inventory", "Replication", "SourceAccount", "DestinationAccount", "Events", "Notifications"]

    @Test(arguments: stacks)
    func templateEqualsTheAWSCDKs(stackName: String) throws {
        let assembly = try Self.port().synth()
        let expectedText = try String(contentsOf: Self.expected.appendingPathComponent("\(stackName).template.json"), encoding: .utf8)
        var text = try #require(assembly.files.first { $0.name == "\(stackName).template.json" }?.contents)
        // The notifications handler's code is swift-cdk's own.
        if let ours = S3ReferenceTests.handlerCode(try JSONParser.parse(text)),
           let theirs = S3ReferenceTests.handlerCode(try JSONParser.parse(expectedText)) {
            text = text.replacingOccurrences(of: JSONWriter.compact(.string(ours)), with: JSONWriter.compact(.string(theirs)))
        }
        #expect(text == expectedText)
    }

    @Test func annotationsAreTheAWSCDKs() throws {
        let assembly = try Self.port().synth()
        let warnings = assembly.messages.filter { $0.level == .warning && $0.path.hasPrefix("/Logs/") }
        #expect(warnings.map(\.path) == ["/Logs/ToImported"])
        #expect(warnings.first?.message == "Unable to add necessary logging permissions to imported target bucket: Logs/TargetBucket [ack: @aws-cdk/aws-s3:accessLogsPolicyNotAdded]")
        let infos = assembly.messages.filter { $0.level == .info && $0.path == "/SourceAccount/SrcBucket" }
        #expect(infos.map(\.message) == ["For Cross-account S3 replication, ensure to set up permissions on destination bucket using method addReplicationPolicy() "])
    }
}
