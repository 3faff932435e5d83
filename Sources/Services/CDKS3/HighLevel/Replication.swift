import CDK
import CDKIAM
import CDKKMS

extension S3 {
    /// A time of S3 Replication Time Control or of replication metrics.
    public struct ReplicationTimeValue: Sendable {
        /// The time in minutes.
        public let minutes: Int

        /// Fifteen minutes, the one value S3 accepts.
        public static let fifteenMinutes = ReplicationTimeValue(minutes: 15)
    }

    /// Which objects a replication rule replicates.
    public struct ReplicationFilter: Sendable {
        /// Only objects whose key starts with this prefix.
        ///
        /// Default: every object.
        public var prefix: String?
        /// Only objects with all these tags.
        ///
        /// Default: no tag filter.
        public var tags: [Tag]?

        /// A filter.
        public init(prefix: String? = nil, tags: [Tag]? = nil) {
            self.prefix = prefix
            self.tags = tags
        }
    }

    /// A replication rule of a bucket: where objects are copied to and how.
    public struct ReplicationRule {
        /// The bucket objects are replicated to, in this or another account. For another
        /// account, call ``BucketRef/addReplicationPolicy(roleArn:accessControlTransition:account:)``
        /// on a destination of the app, or import it with its `account`.
        public var destination: any BucketRef
        /// Whether the destination bucket's account owns the replicas (cross-account only).
        ///
        /// Default: replicas are owned by the source object's owner.
        public var accessControlTransition: Bool?
        /// S3 Replication Time Control (needs `metrics`).
        ///
        /// Default: not enabled.
        public var replicationTimeControl: ReplicationTimeValue?
        /// Replication metrics; their event threshold applies with `replicationTimeControl` only.
        ///
        /// Default: not enabled.
        public var metrics: ReplicationTimeValue?
        /// The key replicas are encrypted with in the destination.
        ///
        /// Default: the AWS managed key.
        public var kmsKey: (any KMS.KeyRef)?
        /// The storage class of the replicas.
        ///
        /// Default: the source object's storage class.
        public var storageClass: StorageClass?
        /// Whether objects encrypted with SSE-KMS are replicated.
        ///
        /// Default: not set (`false`).
        public var sseKmsEncryptedObjects: Bool?
        /// Whether changes to replicas are replicated back.
        ///
        /// Default: not set (`false`).
        public var replicaModifications: Bool?
        /// Which rule wins when rules conflict (higher wins); needed with several rules.
        ///
        /// Default: not set (`0`).
        public var priority: Int?
        /// Whether delete markers are replicated (not with a tag filter).
        ///
        /// Default: `false` (`Disabled`).
        public var deleteMarkerReplication: Bool?
        /// The rule's id.
        ///
        /// Default: an id S3 generates.
        public var id: String?
        /// Which objects are replicated.
        ///
        /// Default: every object (`Prefix: ""`).
        public var filter: ReplicationFilter?

        /// A rule replicating to `destination`.
        public init(destination: any BucketRef) {
            self.destination = destination
        }
    }

    /// The flag that names the replication role uniquely instead of `CDKReplicationRole`
    /// (default off).
    static let setUniqueReplicationRoleNameFlag = "@aws-cdk/aws-s3:setUniqueReplicationRoleName"
}

extension S3.Bucket {
    /// The `ReplicationConfiguration` property and its role (`replicationRole`, or a role created
    /// under `this` as `ReplicationRole`), as the AWS CDK's `renderReplicationConfiguration`.
    /// The created role's permissions are granted once the bucket exists.
    static func renderReplication(_ props: S3.BucketProps, in this: ConstructScope) throws
        -> (property: S3.CfnBucket.ReplicationConfigurationProperty, role: IAM.Role, created: Bool)? {
        let rules = props.replicationRules ?? []
        if rules.isEmpty && props.replicationRole != nil {
            throw CDKError("CannotSpecifyReplicationRoleReplication",
                           "cannot specify replicationRole when replicationRules is empty: add replication rules or remove the role.", at: this)
        }
        if rules.isEmpty { return nil }
        if !props.versioned {
            throw CDKError("ReplicationRulesRequireVersioningEnabled",
                           "Replication rules require versioning to be enabled on the bucket: set 'versioned' to true.", at: this)
        }
        if rules.count > 1 && rules.contains(where: { $0.priority == nil }) {
            throw CDKError("MustBePrioritySpecifiedReplication",
                           "'priority' must be specified for all replication rules when there are multiple rules", at: this)
        }
        for rule in rules {
            if rule.replicationTimeControl != nil && rule.metrics == nil {
                throw CDKError("ReplicationTimeControlMetricsEnabled",
                               "'replicationTimeControlMetrics' must be enabled when 'replicationTimeControl' is enabled.", at: this)
            }
            if rule.deleteMarkerReplication == true && rule.filter?.tags != nil {
                throw CDKError("TagFilterCannotSpecifiedDelete",
                               "tag filter cannot be specified when 'deleteMarkerReplication' is enabled.", at: this)
            }
        }
        let role = try props.replicationRole ?? IAM.Role(this, "ReplicationRole", .init(assumedBy: IAM.ServicePrincipal("s3.amazonaws.com"))) {
            if !FeatureFlags.of(this).isEnabled(S3.setUniqueReplicationRoleNameFlag) { $0.roleName = "CDKReplicationRole" }
        }
        let sourceAccount = try Stack.of(this).account
        let rendered = try rules.map { rule -> S3.CfnBucket.ReplicationRuleProperty in
            let destinationAccount = rule.destination.environment.account
            let isCrossAccount = sourceAccount != destinationAccount
            if !isCrossAccount && rule.accessControlTransition == true {
                throw CDKError("AccessControlTranslationSupportedCross",
                               "accessControlTranslation is only supported for cross-account replication", at: this)
            }
            let tags = rule.filter?.tags ?? []
            let prefix = rule.filter?.prefix ?? ""
            let filter: S3.CfnBucket.ReplicationRuleFilterProperty = tags.isEmpty
                ? .init(prefix: prefix)
                : .init(and: .init(prefix: prefix, tagFilters: tags.map { .init(key: $0.key, value: $0.value) }))
            let selection: S3.CfnBucket.SourceSelectionCriteriaProperty? = rule.replicaModifications == nil && rule.sseKmsEncryptedObjects == nil ? nil
                : .init(replicaModifications: rule.replicaModifications.map { .init(status: $0 ? "Enabled" : "Disabled") },
                        sseKmsEncryptedObjects: rule.sseKmsEncryptedObjects.map { .init(status: $0 ? "Enabled" : "Disabled") })
            let destination = S3.CfnBucket.ReplicationDestinationProperty(
                accessControlTranslation: rule.accessControlTransition == true ? .init(owner: "Destination") : nil,
                account: isCrossAccount ? destinationAccount : nil,
                bucket: rule.destination.bucketArn,
                encryptionConfiguration: rule.kmsKey.map { .init(replicaKmsKeyId: $0.keyArn) },
                metrics: rule.metrics.map { metrics in
                    .init(eventThreshold: rule.replicationTimeControl == nil ? nil : .init(minutes: Double(metrics.minutes)), status: "Enabled")
                },
                replicationTime: rule.replicationTimeControl.map { .init(status: "Enabled", time: .init(minutes: Double($0.minutes))) },
                storageClass: rule.storageClass?.value)
            return .init(deleteMarkerReplication: .init(status: rule.deleteMarkerReplication == true ? "Enabled" : "Disabled"),
                         destination: destination, filter: filter, id: rule.id, priority: rule.priority.map(Double.init),
                         sourceSelectionCriteria: selection, status: "Enabled")
        }
        return (.init(role: role.roleArn, rules: rendered), role, props.replicationRole == nil)
    }

    /// Notes, for every rule to another account, that the destination needs a bucket policy.
    func noteCrossAccountReplication(_ rules: [S3.ReplicationRule]) {
        for rule in rules where stack.account != rule.destination.environment.account {
            Annotations.of(self).addInfo("For Cross-account S3 replication, ensure to set up permissions on destination bucket using method addReplicationPolicy() ")
        }
    }
}
