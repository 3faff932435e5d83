import CDK
import CDKIAM
import CDKKMS

extension S3 {
    /// The props of a ``Bucket``.
    public struct BucketProps: ConstructProps {
        /// The bucket's physical name, checked as S3 checks bucket names (tokens are not checked).
        ///
        /// Default: a name CloudFormation generates.
        public var bucketName: String?
        /// The prefix of the name of an account-regional bucket (needs `bucketNamespace`
        /// `.accountRegional`; up to 37 lowercase letters, digits and hyphens).
        ///
        /// Default: no prefix.
        public var bucketNamePrefix: String?
        /// Where the bucket's name is unique.
        ///
        /// Default: no `BucketNamespace` property (the global namespace).
        public var bucketNamespace: BucketNamespace?
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
        /// Encryption types that requests may not use (at least one; `.none` alone or not at all).
        ///
        /// Default: no `BlockedEncryptionTypes` property.
        public var blockedEncryptionTypes: [BlockedEncryptionType]?
        /// Which kinds of public access the bucket blocks. With the
        /// `@aws-cdk/aws-s3:publicAccessBlockedByDefault` flag, settings left unset block.
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
        /// Whether attribute-based access control (tags in policies) is enabled.
        ///
        /// Default: no `AbacStatus` property.
        public var abacStatus: Bool?
        /// Rules that expire or transition objects.
        ///
        /// Default: none.
        public var lifecycleRules: [LifecycleRule] = []
        /// Which objects lifecycle transitions skip by default for their size.
        ///
        /// Default: no `TransitionDefaultMinimumObjectSize` property (S3's default).
        public var transitionDefaultMinimumObjectSize: TransitionDefaultMinimumObjectSize?
        /// Cross-origin resource sharing rules.
        ///
        /// Default: none.
        public var cors: [CorsRule] = []
        /// CloudWatch request metrics configurations.
        ///
        /// Default: none.
        public var metrics: [BucketMetrics] = []
        /// Inventory reports of the bucket's objects.
        ///
        /// Default: none.
        public var inventories: [Inventory] = []
        /// Intelligent-Tiering archive configurations.
        ///
        /// Default: no `IntelligentTieringConfigurations` property.
        public var intelligentTieringConfigurations: [IntelligentTieringConfiguration]?
        /// The index document of a static website (`index.html`).
        ///
        /// Default: no website.
        public var websiteIndexDocument: String?
        /// The error document of a static website (needs `websiteIndexDocument`).
        ///
        /// Default: no error document.
        public var websiteErrorDocument: String?
        /// Where the website redirects every request (not with the documents or routing rules).
        ///
        /// Default: no redirect.
        public var websiteRedirect: RedirectTarget?
        /// Redirect rules of the website.
        ///
        /// Default: no routing rules.
        public var websiteRoutingRules: [RoutingRule]?
        /// Whether everyone may read the bucket's objects (needs a `blockPublicAccess` that allows
        /// public bucket policies).
        ///
        /// Default: `false`.
        public var publicReadAccess = false
        /// Who owns objects that other accounts upload.
        ///
        /// Default: no `OwnershipControls` property (S3's default, bucket owner enforced), or
        /// `ObjectWriter` when `accessControl` needs ACLs.
        public var objectOwnership: ObjectOwnership?
        /// A canned ACL for the bucket.
        ///
        /// Default: no `AccessControl` property.
        public var accessControl: BucketAccessControl?
        /// Whether S3 Transfer Acceleration is enabled.
        ///
        /// Default: `false` (no `AccelerateConfiguration` property).
        public var transferAcceleration = false
        /// Whether the bucket can be locked (Object Lock; only set when creating the bucket).
        ///
        /// Default: `true` when `objectLockDefaultRetention` is set, otherwise no
        /// `ObjectLockEnabled` property.
        public var objectLockEnabled: Bool?
        /// The retention new object versions get (turns Object Lock on).
        ///
        /// Default: no default retention.
        public var objectLockDefaultRetention: ObjectLockRetention?
        /// Whether S3 sends the bucket's events to Amazon EventBridge.
        ///
        /// Default: `false`.
        public var eventBridgeEnabled = false
        /// The role the bucket-notifications handler function runs with.
        ///
        /// Default: a role created with the handler (`BucketNotificationsHandler.../Role`).
        public var notificationsHandlerRole: IAM.Role?
        /// Whether notification destinations (queues, topics, functions) are not validated when
        /// the configuration is applied.
        ///
        /// Default: `false`.
        public var notificationsSkipDestinationValidation: Bool?
        /// The bucket that server access logs go to.
        ///
        /// Default: no access logs, or the bucket itself when only `serverAccessLogsPrefix` is set.
        public var serverAccessLogsBucket: (any BucketRef)?
        /// The prefix of server access log objects.
        ///
        /// Default: no prefix.
        public var serverAccessLogsPrefix: String?
        /// How server access log objects are named.
        ///
        /// Default: no `TargetObjectKeyFormat` property (simple prefix).
        public var targetObjectKeyFormat: TargetObjectKeyFormat?
        /// Where objects are replicated to (needs `versioned`).
        ///
        /// Default: no replication.
        public var replicationRules: [ReplicationRule]?
        /// The role S3 replicates with (needs `replicationRules`).
        ///
        /// Default: a role created for the bucket (child `ReplicationRole`, named
        /// `CDKReplicationRole` unless the `@aws-cdk/aws-s3:setUniqueReplicationRoleName` flag is on)
        /// with the permissions the rules need.
        public var replicationRole: IAM.Role?
        /// What happens to the bucket when it leaves the stack.
        ///
        /// Default: `.retain`.
        public var removalPolicy: RemovalPolicy = .retain
        /// Whether every object is deleted when the bucket is removed from the stack or the stack
        /// is deleted (a `Custom::S3AutoDeleteObjects` resource; needs `removalPolicy` `.destroy`).
        ///
        /// Default: `false`.
        public var autoDeleteObjects = false

        /// Props with every member at its default.
        public init() {}
    }
}
