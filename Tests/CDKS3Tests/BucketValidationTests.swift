import CDK
import CDKAssertions
import CDKIAM
import CDKKMS
import CDKS3
import Testing

/// Invalid bucket props raise the AWS CDK's errors, naming the construct path.
@Suite struct BucketValidationTests {
    func stack() throws -> Stack { try Stack(try App(environment: [:]), "S") }

    @Test func bucketNamesAreValidatedWithEveryProblem() throws {
        let stack = try stack()
        let name = "-buckEt.-" + String(repeating: "$", count: 64)
        try expectError(path: "/S/B", message: .exactly([
            "Invalid S3 bucket name (value: \(name))",
            "Bucket name must be at least 3 and no more than 63 characters",
            "Bucket name must only contain lowercase characters and the symbols, period (.) and dash (-) (offset: 5)",
            "Bucket name must start with a lowercase character or number (offset: 0)",
            "Bucket name must end with a lowercase character or number (offset: \(name.count - 1))",
            "Bucket name must not have dash next to period, or period next to dash, or consecutive periods (offset: 7)",
        ].joined(separator: "\n"))) { try S3.Bucket(stack, "B") { $0.bucketName = name } }
        try expectError(path: "/S/C", message: "Bucket name must not resemble an IP address") {
            try S3.Bucket(stack, "C") { $0.bucketName = "192.168.5.4" }
        }
        _ = try S3.Bucket(stack, "Ok") { $0.bucketName = "abc.xyz-34ab" }
        _ = try S3.Bucket(stack, "Token") { $0.bucketName = Lazy.string { "_BUCKET" } }
    }

    @Test func encryptionCombinations() throws {
        let stack = try stack()
        let key = try KMS.Key(stack, "Key")
        try expectError(path: "/S/A", message: "encryptionKey is specified, so 'encryption' must be set to KMS or DSSE (value: S3_MANAGED)") {
            try S3.Bucket(stack, "A") { $0.encryption = .s3Managed; $0.encryptionKey = key }
        }
        try expectError(path: "/S/B", message: "bucketKeyEnabled is specified, so 'encryption' must be set to KMS, DSSE or S3 (value: UNENCRYPTED)") {
            try S3.Bucket(stack, "B") { $0.bucketKeyEnabled = true }
        }
    }

    @Test func tlsVersionNeedsEnforceSSL() throws {
        let stack = try stack()
        try expectError(path: "/S/B", message: "'enforceSSL' must be enabled for 'minimumTLSVersion' to be applied") {
            try S3.Bucket(stack, "B") { $0.minimumTLSVersion = 1.2 }
        }
    }

    @Test func publicReadNeedsAnExplicitBlockPublicAccess() throws {
        let stack = try stack()
        try expectError(path: "/S/B", message: "Cannot use 'publicReadAccess' property on a bucket without allowing bucket-level public access through 'blockPublicAccess' property.") {
            try S3.Bucket(stack, "B") { $0.publicReadAccess = true }
        }
        let blocked = try S3.Bucket(stack, "C") { $0.blockPublicAccess = .blockAll }
        try expectError(path: "/S/C", message: "Cannot grant public access when 'blockPublicPolicy' is enabled") {
            try blocked.grantPublicAccess()
        }
    }

    @Test func websiteErrorDocumentNeedsAnIndex() throws {
        let stack = try stack()
        try expectError(path: "/S/B", message: "\"websiteIndexDocument\" is required if \"websiteErrorDocument\" is set") {
            try S3.Bucket(stack, "B") { $0.websiteErrorDocument = "error.html" }
        }
    }

    @Test func lifecycleRulesNeedAnAction() throws {
        let stack = try stack()
        try expectError(path: "/S/B", message: "All rules for `lifecycleRules` must have at least one of the following properties") {
            try S3.Bucket(stack, "B") { $0.lifecycleRules = [S3.LifecycleRule(prefix: "x")] }
        }
        try expectError(path: "/S/C", message: "Exactly one of transitionDate or transitionAfter must be specified in lifecycle rule transition") {
            try S3.Bucket(stack, "C") { $0.lifecycleRules = [S3.LifecycleRule(transitions: [S3.Transition(storageClass: .glacier)])] }
        }
        try expectError(path: "/S/D", message: "ExpiredObjectDeleteMarker cannot be specified with expiration, ExpirationDate, or TagFilters.") {
            try S3.Bucket(stack, "D") { $0.lifecycleRules = [S3.LifecycleRule(expiration: .days(1), expiredObjectDeleteMarker: true)] }
        }
    }

    @Test func ownershipMustAllowACLs() throws {
        let stack = try stack()
        try expectError(path: "/S/B", message: "objectOwnership must be set to \"ObjectWriter\" when accessControl is \"LogDeliveryWrite\"") {
            try S3.Bucket(stack, "B") { $0.objectOwnership = .bucketOwnerEnforced; $0.serverAccessLogsPrefix = "logs/" }
        }
    }

    @Test func notificationFiltersAreChecked() throws {
        let stack = try stack()
        let bucket = try S3.Bucket(stack, "B")
        let destination = QueueArnDestination(arn: "arn:aws:sqs:eu-west-1:1:q")
        try expectError(path: "/S/B/Notifications", message: "NotificationKeyFilter must specify `prefix` and/or `suffix`") {
            try bucket.addObjectCreatedNotification(destination, filters: S3.NotificationKeyFilter())
        }
        try expectError(path: "/S/B/Notifications", message: "Cannot specify more than one prefix rule in a filter.") {
            try bucket.addObjectCreatedNotification(destination, filters: S3.NotificationKeyFilter(prefix: "a"), S3.NotificationKeyFilter(prefix: "b"))
        }
    }

    @Test func importsNeedANameOrArn() throws {
        let stack = try stack()
        try expectError(path: "/S/I", message: "Bucket name is required") {
            try S3.Bucket.fromBucketAttributes(stack, "I")
        }
    }
}
