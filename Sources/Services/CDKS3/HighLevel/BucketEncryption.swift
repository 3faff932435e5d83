extension S3 {
    /// How objects in a bucket are encrypted at rest.
    public enum BucketEncryption: String, Sendable {
        /// No default encryption configured on the bucket.
        case unencrypted = "UNENCRYPTED"
        /// Keys managed by S3 (SSE-S3, `AES256`).
        case s3Managed = "S3_MANAGED"
        /// The AWS managed KMS key (`aws:kms` without a key id).
        case kmsManaged = "KMS_MANAGED"
        /// A customer managed KMS key: `encryptionKey`, or a key created for the bucket.
        case kms = "KMS"
        /// Dual-layer encryption with the AWS managed KMS key.
        case dsseManaged = "DSSE_MANAGED"
        /// Dual-layer encryption with a customer managed KMS key.
        case dsse = "DSSE"
    }

    /// An encryption type that requests to the bucket may not use (`BlockedEncryptionTypes`).
    public struct BlockedEncryptionType: Sendable, Hashable {
        /// The CloudFormation value (`SSE-C`).
        public let name: String

        /// A type by its CloudFormation value, for types this library does not name yet.
        public static func custom(_ name: String) -> BlockedEncryptionType { BlockedEncryptionType(name: name) }

        /// No encryption type is blocked.
        public static let none = BlockedEncryptionType(name: "NONE")
        /// Server-side encryption with customer-provided keys.
        public static let sseC = BlockedEncryptionType(name: "SSE-C")
    }

    /// Who owns objects uploaded to a bucket.
    public enum ObjectOwnership: String, Sendable {
        /// ACLs are disabled and the bucket owner owns every object.
        case bucketOwnerEnforced = "BucketOwnerEnforced"
        /// The bucket owner owns objects uploaded with the `bucket-owner-full-control` ACL.
        case bucketOwnerPreferred = "BucketOwnerPreferred"
        /// The uploading account owns the object.
        case objectWriter = "ObjectWriter"
    }

    /// A canned ACL of a bucket.
    public enum BucketAccessControl: String, Sendable {
        /// Owner-only access.
        case `private` = "Private"
        /// Public read.
        case publicRead = "PublicRead"
        /// Public read and write.
        case publicReadWrite = "PublicReadWrite"
        /// Read for authenticated AWS users.
        case authenticatedRead = "AuthenticatedRead"
        /// Write for the S3 log delivery group.
        case logDeliveryWrite = "LogDeliveryWrite"
        /// Read for the bucket owner.
        case bucketOwnerRead = "BucketOwnerRead"
        /// Full control for the bucket owner.
        case bucketOwnerFullControl = "BucketOwnerFullControl"
        /// Read for EC2 (AMI bundles).
        case awsExecRead = "AwsExecRead"
    }

    /// Which public access a bucket blocks (`PublicAccessBlockConfiguration`).
    public struct BlockPublicAccess: Sendable, Equatable {
        /// Reject public ACLs on requests.
        public var blockPublicAcls: Bool?
        /// Reject bucket policies that grant public access.
        public var blockPublicPolicy: Bool?
        /// Ignore public ACLs on the bucket and its objects.
        public var ignorePublicAcls: Bool?
        /// Restrict access to buckets with public policies.
        public var restrictPublicBuckets: Bool?

        /// A custom configuration; settings left `nil` are not rendered.
        public init(blockPublicAcls: Bool? = nil, blockPublicPolicy: Bool? = nil, ignorePublicAcls: Bool? = nil, restrictPublicBuckets: Bool? = nil) {
            self.blockPublicAcls = blockPublicAcls
            self.blockPublicPolicy = blockPublicPolicy
            self.ignorePublicAcls = ignorePublicAcls
            self.restrictPublicBuckets = restrictPublicBuckets
        }

        /// Blocks every kind of public access.
        public static let blockAll = BlockPublicAccess(blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true)
        /// Blocks public ACLs (the two ACL settings only).
        public static let blockAcls = BlockPublicAccess(blockPublicAcls: true, ignorePublicAcls: true)
        /// Blocks public ACLs and explicitly allows public policies.
        public static let blockAclsOnly = BlockPublicAccess(blockPublicAcls: true, blockPublicPolicy: false, ignorePublicAcls: true, restrictPublicBuckets: false)
    }
}
