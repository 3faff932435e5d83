import CDK
import CDKKMS

extension S3 {
    /// The props of a ``Bucket``.
    public struct BucketProps: ConstructProps {
        /// The bucket's physical name, checked as S3 checks bucket names.
        ///
        /// Default: a name CloudFormation generates.
        public var bucketName: String?
        /// Whether the bucket keeps every version of its objects.
        ///
        /// Default: `false`.
        public var versioned = false
        /// How objects are encrypted at rest.
        ///
        /// Default: `.kms` when an `encryptionKey` is given, otherwise no `BucketEncryption`
        /// property (S3 encrypts with S3 managed keys).
        public var encryption: BucketEncryption?
        /// The customer managed key for `.kms` or `.dsse` encryption.
        ///
        /// Default: a key created for the bucket (child `Key`) when the encryption needs one.
        public var encryptionKey: (any KMS.KeyRef)?
        /// Whether S3 uses a bucket key for SSE-KMS, which reduces calls to KMS.
        ///
        /// Default: no `BucketKeyEnabled` property (disabled).
        public var bucketKeyEnabled: Bool?
        /// Which kinds of public access the bucket blocks.
        ///
        /// Default: no `PublicAccessBlockConfiguration` property (S3 blocks all public access).
        public var blockPublicAccess: BlockPublicAccess?
        /// Whether the bucket policy denies requests that do not use TLS.
        ///
        /// Default: `false`.
        public var enforceSSL = false
        /// The lowest TLS version the bucket policy allows (needs `enforceSSL`).
        ///
        /// Default: no minimum.
        public var minimumTLSVersion: Double?
        /// Rules that expire or transition objects.
        ///
        /// Default: none.
        public var lifecycleRules: [LifecycleRule] = []
        /// Cross-origin resource sharing rules.
        ///
        /// Default: none.
        public var cors: [CorsRule] = []
        /// The index document of a static website (`index.html`).
        ///
        /// Default: no website.
        public var websiteIndexDocument: String?
        /// The error document of a static website (needs `websiteIndexDocument`).
        ///
        /// Default: no error document.
        public var websiteErrorDocument: String?
        /// Whether everyone may read the bucket's objects (needs a `blockPublicAccess` that allows
        /// public bucket policies).
        ///
        /// Default: `false`.
        public var publicReadAccess = false
        /// Who owns objects that other accounts upload.
        ///
        /// Default: no `OwnershipControls` property (S3's default, bucket owner enforced).
        public var objectOwnership: ObjectOwnership?
        /// A canned ACL for the bucket.
        ///
        /// Default: no `AccessControl` property.
        public var accessControl: BucketAccessControl?
        /// Whether S3 sends the bucket's events to Amazon EventBridge.
        ///
        /// Default: `false`.
        public var eventBridgeEnabled = false
        /// The bucket that server access logs go to.
        ///
        /// Default: no access logs, or the bucket itself when only `serverAccessLogsPrefix` is set.
        public var serverAccessLogsBucket: (any BucketRef)?
        /// The prefix of server access log objects.
        ///
        /// Default: no prefix.
        public var serverAccessLogsPrefix: String?
        /// What happens to the bucket when it leaves the stack.
        ///
        /// Default: `.retain`.
        public var removalPolicy: RemovalPolicy = .retain

        /// Props with every member at its default.
        public init() {}
    }
}
