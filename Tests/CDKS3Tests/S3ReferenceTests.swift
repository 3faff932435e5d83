import CDK
import CDKAssertions
import CDKIAM
import CDKKMS
import CDKS3
import Foundation
import Testing

/// A destination known only by ARN, as in the reference app, so that only the bucket side shows.
struct QueueArnDestination: S3.NotificationDestination {
    let arn: String
    func bind(_ scope: Construct, bucket: any S3.BucketRef) throws -> S3.NotificationDestinationConfig {
        S3.NotificationDestinationConfig(arn: arn, type: .queue)
    }
}

/// The Swift port of Tests/Fixtures/s3-reference/app.py must synthesize the AWS CDK's templates.
@Suite struct S3ReferenceTests {
    static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/s3-reference/expected")

    static func port() throws -> App {
        let app = try App(environment: [:])

        let props = try Stack(app, "Props")
        _ = try S3.Bucket(props, "Plain")
        let logs = try S3.Bucket(props, "AccessLogs") { $0.objectOwnership = .bucketOwnerPreferred }
        let full = try S3.Bucket(props, "Full") {
            $0.bucketName = "my-full-bucket-1"
            $0.versioned = true
            $0.encryption = .s3Managed
            $0.bucketKeyEnabled = true
            $0.blockPublicAccess = .blockAll
            $0.enforceSSL = true
            $0.minimumTLSVersion = 1.2
            $0.lifecycleRules = [
                S3.LifecycleRule(id: "archive", expiration: .days(365),
                                 transitions: [S3.Transition(storageClass: .infrequentAccess, transitionAfter: .days(30)),
                                               S3.Transition(storageClass: .glacier, transitionAfter: .days(90))],
                                 prefix: "logs/", tagFilters: ["class": "log"]),
                S3.LifecycleRule(enabled: false, abortIncompleteMultipartUploadAfter: .days(7),
                                 noncurrentVersionExpiration: .days(60),
                                 noncurrentVersionTransitions: [S3.NoncurrentVersionTransition(storageClass: .glacier, transitionAfter: .days(30))]),
            ]
            $0.cors = [S3.CorsRule(allowedMethods: [.get, .put], allowedOrigins: ["https://example.com"], allowedHeaders: ["*"],
                                   exposedHeaders: ["ETag"], id: "web", maxAge: 3000)]
            $0.objectOwnership = .bucketOwnerEnforced
            $0.serverAccessLogsBucket = logs
            $0.serverAccessLogsPrefix = "full/"
            $0.removalPolicy = .destroy
        }
        let site = try S3.Bucket(props, "Site") {
            $0.blockPublicAccess = .blockAclsOnly
            $0.websiteIndexDocument = "index.html"
            $0.websiteErrorDocument = "error.html"
            $0.publicReadAccess = true
        }
        _ = try S3.Bucket(props, "KmsManaged") { $0.encryption = .kmsManaged; $0.eventBridgeEnabled = true }
        _ = try S3.Bucket(props, "Acls") { $0.versioned = false; $0.blockPublicAccess = .blockAcls }
        for (name, value) in [("Arn", full.bucketArn), ("Name", full.bucketName), ("Domain", full.bucketDomainName),
                              ("Regional", full.bucketRegionalDomainName), ("Website", site.bucketWebsiteUrl),
                              ("Objects", full.arnForObjects("data/*")), ("Url", full.urlForObject("a/b.txt")),
                              ("S3Url", full.s3UrlForObject("a/b.txt")), ("BucketUrl", full.urlForObject())] {
            _ = try CfnOutput(props, name, value: value)
        }

        let grants = try Stack(app, "Grants")
        let role = try IAM.Role(grants, "Reader", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        let data = try S3.Bucket(grants, "Data")
        try data.grantRead(role)
        try data.grantRead(role)
        try data.grantWrite(role, objectsKeyPattern: "uploads/*")
        try data.grantPut(role)
        try data.grantDelete(role, objectsKeyPattern: "tmp/*")
        try data.grantRead(IAM.AccountPrincipal("222222222222"))
        try data.addToResourcePolicy(IAM.PolicyStatement(actions: ["s3:GetObject"], resources: [data.arnForObjects("public/*")],
                                                         principals: [IAM.ServicePrincipal("cloudfront.amazonaws.com")]))
        let secret = try S3.Bucket(grants, "Secret") { $0.encryption = .kms }
        try secret.grantReadWrite(role)
        let key = try KMS.Key(grants, "Key")
        let withKey = try S3.Bucket(grants, "WithKey") { $0.encryptionKey = key; $0.bucketKeyEnabled = true }
        try withKey.grantRead(role)
        let dsse = try S3.Bucket(grants, "Dsse") { $0.encryption = .dsse }
        try dsse.grantWrite(role)
        let publicBucket = try S3.Bucket(grants, "Public") { $0.blockPublicAccess = .blockAclsOnly }
        try publicBucket.grantPublicAccess("pub/*", allowedActions: ["s3:GetObject", "s3:GetObjectVersion"])
        let byName = try S3.Bucket.fromBucketName(grants, "ByName", bucketName: "other-bucket")
        try byName.grantRead(role)
        let byArn = try S3.Bucket.fromBucketArn(grants, "ByArn", bucketArn: "arn:aws:s3:::arn-bucket")
        try byArn.grantWrite(role)
        _ = try CfnOutput(grants, "ImportedName", value: byArn.bucketName)
        _ = try CfnOutput(grants, "ImportedArn", value: byName.bucketArn)

        let notes = try Stack(app, "Notifications")
        let watched = try S3.Bucket(notes, "Watched") { $0.enforceSSL = true }
        try watched.addEventNotification(.objectCreatedPut, QueueArnDestination(arn: "arn:aws:sqs:us-east-1:123456789012:put"),
                                         filters: S3.NotificationKeyFilter(prefix: "in/", suffix: ".json"))
        try watched.addObjectRemovedNotification(QueueArnDestination(arn: "arn:aws:sqs:us-east-1:123456789012:removed"))
        let second = try S3.Bucket(notes, "Second") { $0.eventBridgeEnabled = true }
        try second.addObjectCreatedNotification(QueueArnDestination(arn: "arn:aws:sqs:us-east-1:123456789012:created"))
        return app
    }

    @Test(arguments: ["Props", "Grants", "Notifications"])
    func templateEqualsTheAWSCDKs(stackName: String) throws {
        let app = try Self.port()
        let assembly = try app.synth()
        let expectedText = try String(contentsOf: Self.expected.appendingPathComponent("\(stackName).template.json"), encoding: .utf8)
        #expect(assembly.stack(stackName)?.template == (try JSONParser.parse(expectedText)))
        if stackName == "Grants" {
            // The handler function of the other stacks is a generated L1 (alphabetical keys), so only
            // this stack can be compared byte for byte.
            #expect(assembly.files.first { $0.name == "\(stackName).template.json" }?.contents == expectedText)
        }
    }
}
