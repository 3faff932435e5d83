import CDK
import CDKIAM
import CDKKMS

extension S3 {
    /// A bucket, defined in the app (``Bucket``) or imported (``Bucket/fromBucketAttributes(_:_:_:configure:)``,
    /// ``Bucket/fromCfnBucket(_:)``): the AWS CDK's `IBucket`. Grants, URLs, notifications and
    /// CloudTrail event rules work on every kind.
    public protocol BucketRef: IAM.ResourceWithPolicy, Construct {
        /// The bucket's ARN.
        var bucketArn: String { get }
        /// The bucket's name.
        var bucketName: String { get }
        /// The URL of the static website (`http://<name>.s3-website...`).
        var bucketWebsiteUrl: String { get }
        /// The domain name of the static website.
        var bucketWebsiteDomainName: String { get }
        /// The IPv4 domain name (`<name>.s3.amazonaws.com`).
        var bucketDomainName: String { get }
        /// The IPv6 domain name (`<name>.s3.dualstack.<region>.amazonaws.com`).
        var bucketDualStackDomainName: String { get }
        /// The regional domain name (`<name>.s3.<region>.amazonaws.com`).
        var bucketRegionalDomainName: String { get }
        /// Whether the bucket is configured for static website hosting.
        var isWebsite: Bool { get }
        /// The key objects are encrypted with, if it is a customer managed KMS key.
        var encryptionKey: (any KMS.KeyRef)? { get }
        /// The bucket policy, once a statement was added (always `nil` for buckets imported by
        /// name or ARN: their policy cannot be changed).
        var policy: BucketPolicy? { get }
        /// Whether the bucket blocks public bucket policies (so public grants are refused; the
        /// AWS CDK's `disallowPublicAccess`).
        var blocksPublicPolicy: Bool { get }

        /// Sets what happens to the bucket's CloudFormation resource when it leaves the stack;
        /// throws for a bucket defined outside the app.
        func applyRemovalPolicy(_ policy: RemovalPolicy) throws

        /// Sends `event` for objects matching `filters` to `destination`, through the bucket's
        /// `Custom::S3BucketNotifications` resource (child `Notifications`).
        func addEventNotification(_ event: EventType, _ destination: any NotificationDestination, filters: [NotificationKeyFilter]) throws
        /// Sends every event of the bucket to Amazon EventBridge.
        func enableEventBridgeNotification() throws
        /// Lets the replication role `roleArn` of a bucket in another account replicate into
        /// this bucket; with `accessControlTransition`, lets `account` own the replicas.
        func addReplicationPolicy(roleArn: String, accessControlTransition: Bool, account: String?) throws
    }
}

extension S3.BucketRef {
    /// The ARN of the objects whose keys match `keyPattern` (`"*"` for all of them).
    public func arnForObjects(_ keyPattern: String) -> String { "\(bucketArn)/\(keyPattern)" }

    /// The path-style HTTPS URL of an object, or of the bucket without `key`:
    /// `https://s3.<region>.<url suffix>/<bucket>/<key>`.
    public func urlForObject(_ key: String? = nil) -> String {
        let prefix = "https://s3.\(environment.region).\(stack.urlSuffix)/"
        return S3.urlJoin([prefix, bucketName] + (key.map { [$0] } ?? []))
    }

    /// The virtual hosted-style HTTPS URL of an object, or of the bucket without `key`, on the
    /// regional domain name (or the global one with `regional: false`).
    public func virtualHostedUrlForObject(_ key: String? = nil, regional: Bool = true) -> String {
        let prefix = "https://\(regional ? bucketRegionalDomainName : bucketDomainName)"
        guard let key else { return prefix }
        return S3.urlJoin([prefix, key])
    }

    /// The Transfer Acceleration URL of an object, or of the bucket without `key`
    /// (`https://<bucket>.s3-accelerate.amazonaws.com/<key>`; `dualStack` for IPv6).
    public func transferAccelerationUrlForObject(_ key: String? = nil, dualStack: Bool = false) -> String {
        let prefix = "https://\(bucketName).s3-accelerate\(dualStack ? ".dualstack" : "").amazonaws.com/"
        return S3.urlJoin([prefix] + (key.map { [$0] } ?? []))
    }

    /// The `s3://bucket/key` URL of an object (or of the bucket with no key).
    public func s3UrlForObject(_ key: String? = nil) -> String {
        S3.urlJoin(["s3://", bucketName] + (key.map { [$0] } ?? []))
    }

    /// Sends `event` for objects matching `filters` to `destination`.
    public func addEventNotification(_ event: S3.EventType, _ destination: any S3.NotificationDestination, filters: S3.NotificationKeyFilter...) throws {
        try addEventNotification(event, destination, filters: filters)
    }

    /// Sends object creations (`s3:ObjectCreated:*`) to `destination`.
    public func addObjectCreatedNotification(_ destination: any S3.NotificationDestination, filters: S3.NotificationKeyFilter...) throws {
        try addEventNotification(.objectCreated, destination, filters: filters)
    }

    /// Sends object removals (`s3:ObjectRemoved:*`) to `destination`.
    public func addObjectRemovedNotification(_ destination: any S3.NotificationDestination, filters: S3.NotificationKeyFilter...) throws {
        try addEventNotification(.objectRemoved, destination, filters: filters)
    }

    /// Lets the replication role `roleArn` replicate into this bucket.
    public func addReplicationPolicy(roleArn: String) throws {
        try addReplicationPolicy(roleArn: roleArn, accessControlTransition: false, account: nil)
    }
}

extension S3 {
    /// Joins URL parts with single slashes, as the AWS CDK's `urlJoin`.
    static func urlJoin(_ components: [String]) -> String {
        guard var result = components.first else { return "" }
        for var component in components.dropFirst() {
            if result.hasSuffix("/") { result.removeLast() }
            if component.hasPrefix("/") { component.removeFirst() }
            result = "\(result)/\(component)"
        }
        return result
    }
}
