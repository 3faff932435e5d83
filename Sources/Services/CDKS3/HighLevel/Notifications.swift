import CDK

extension S3 {
    /// The S3 events a notification can fire on (the AWS CDK's `EventType`).
    public enum EventType: String, Sendable, CaseIterable {
        /// Any object creation.
        case objectCreated = "s3:ObjectCreated:*"
        /// An object created with PUT.
        case objectCreatedPut = "s3:ObjectCreated:Put"
        /// An object created with POST.
        case objectCreatedPost = "s3:ObjectCreated:Post"
        /// An object created by a copy.
        case objectCreatedCopy = "s3:ObjectCreated:Copy"
        /// An object created by a completed multipart upload.
        case objectCreatedCompleteMultipartUpload = "s3:ObjectCreated:CompleteMultipartUpload"
        /// Any object removal.
        case objectRemoved = "s3:ObjectRemoved:*"
        /// An object deleted.
        case objectRemovedDelete = "s3:ObjectRemoved:Delete"
        /// A delete marker created for a versioned object.
        case objectRemovedDeleteMarkerCreated = "s3:ObjectRemoved:DeleteMarkerCreated"
        /// A restore of an archived object started.
        case objectRestorePost = "s3:ObjectRestore:Post"
        /// A restore of an archived object completed.
        case objectRestoreCompleted = "s3:ObjectRestore:Completed"
        /// A restored copy of an object expired.
        case objectRestoreDelete = "s3:ObjectRestore:Delete"
        /// A Reduced Redundancy Storage object was lost.
        case reducedRedundancyLostObject = "s3:ReducedRedundancyLostObject"
        /// A replication failed.
        case replicationOperationFailedReplication = "s3:Replication:OperationFailedReplication"
        /// A replication exceeded its 15-minute threshold.
        case replicationOperationMissedThreshold = "s3:Replication:OperationMissedThreshold"
        /// An object replicated after the 15-minute threshold.
        case replicationOperationReplicatedAfterThreshold = "s3:Replication:OperationReplicatedAfterThreshold"
        /// An object no longer tracked by replication metrics.
        case replicationOperationNotTracked = "s3:Replication:OperationNotTracked"
        /// Any lifecycle expiration.
        case lifecycleExpiration = "s3:LifecycleExpiration:*"
        /// An object deleted by a lifecycle expiration.
        case lifecycleExpirationDelete = "s3:LifecycleExpiration:Delete"
        /// A delete marker created by a lifecycle expiration.
        case lifecycleExpirationDeleteMarkerCreated = "s3:LifecycleExpiration:DeleteMarkerCreated"
        /// An object moved to another storage class by a lifecycle rule.
        case lifecycleTransition = "s3:LifecycleTransition"
        /// An object moved to an archive tier of Intelligent-Tiering.
        case intelligentTiering = "s3:IntelligentTiering"
        /// Any object tagging change.
        case objectTagging = "s3:ObjectTagging:*"
        /// Tags added to an object.
        case objectTaggingPut = "s3:ObjectTagging:Put"
        /// Tags removed from an object.
        case objectTaggingDelete = "s3:ObjectTagging:Delete"
        /// An object ACL set.
        case objectAclPut = "s3:ObjectAcl:Put"
        /// Any restore event.
        case objectRestore = "s3:ObjectRestore:*"
        /// Any replication event.
        case replication = "s3:Replication:*"
    }

    /// Limits a notification to object keys with a prefix and/or a suffix.
    public struct NotificationKeyFilter: Sendable {
        /// The key prefix (`images/`).
        public var prefix: String?
        /// The key suffix (`.jpg`).
        public var suffix: String?

        /// A filter on `prefix` and/or `suffix`.
        public init(prefix: String? = nil, suffix: String? = nil) {
            self.prefix = prefix
            self.suffix = suffix
        }
    }

    /// The kind of a notification destination.
    public enum NotificationDestinationType: Sendable {
        /// A Lambda function.
        case lambda
        /// An SQS queue.
        case queue
        /// An SNS topic.
        case topic
    }

    /// What a destination tells the bucket when it is bound: its ARN, its kind, and what the
    /// notification resource must wait for (permissions, policies).
    public struct NotificationDestinationConfig {
        /// The ARN of the destination.
        public let arn: String
        /// The kind of destination.
        public let type: NotificationDestinationType
        /// What must be deployed before the bucket's notification configuration.
        public let dependencies: [any Dependable]

        /// A destination config.
        public init(arn: String, type: NotificationDestinationType, dependencies: [any Dependable] = []) {
            self.arn = arn
            self.type = type
            self.dependencies = dependencies
        }
    }

    /// A destination of bucket notifications (a function, queue or topic). `bind` is called once
    /// per notification and gives the destination a chance to allow the bucket to use it.
    public protocol NotificationDestination {
        /// Allows `bucket` to notify the destination and describes it.
        func bind(_ scope: Construct, bucket: any BucketRef) throws -> NotificationDestinationConfig
    }
}
