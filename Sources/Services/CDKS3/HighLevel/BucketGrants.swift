import CDK
import CDKIAM
import CDKKMS

extension S3 {
    /// The grants of a bucket (the AWS CDK's `BucketGrants`): S3 actions go to the grantee's
    /// policy (and to the bucket policy for grantees of other accounts or without a policy of
    /// their own), `kms:` actions to the bucket's customer managed key.
    ///
    /// ```swift
    /// try S3.BucketGrants.fromBucket(bucket).actionsOnObjectKeys(role, "uploads/*", "s3:PutObject")
    /// ```
    public struct BucketGrants {
        /// The bucket the grants are on.
        public let bucket: any BucketRef

        /// The grants of `bucket`.
        public static func fromBucket(_ bucket: any BucketRef) -> BucketGrants { BucketGrants(bucket: bucket) }

        /// Reading objects matching `objectsKeyPattern` and listing the bucket (and decrypting).
        @discardableResult
        public func read(_ grantee: any IAM.Grantable, objectsKeyPattern: String = "*") throws -> IAM.Grant {
            try actionsOnBucketAndObjectKeys(grantee, objectsKeyPattern, actions: Actions.bucketRead + Actions.keyRead)
        }

        /// Writing and deleting objects matching `objectsKeyPattern` (and encrypting);
        /// `allowedActionPatterns` replaces the S3 actions when given.
        @discardableResult
        public func write(_ grantee: any IAM.Grantable, objectsKeyPattern: String = "*", allowedActionPatterns: [String] = []) throws -> IAM.Grant {
            let actions = allowedActionPatterns.isEmpty ? Actions.bucketDelete + (try putActions()) : allowedActionPatterns
            return try actionsOnBucketAndObjectKeys(grantee, objectsKeyPattern, actions: actions + Actions.keyWrite)
        }

        /// Putting objects matching `objectsKeyPattern` (and encrypting).
        @discardableResult
        public func put(_ grantee: any IAM.Grantable, objectsKeyPattern: String = "*") throws -> IAM.Grant {
            try actionsOnObjectKeys(grantee, objectsKeyPattern, actions: try putActions() + Actions.keyWrite)
        }

        /// Changing the ACLs of objects matching `objectsKeyPattern`.
        @discardableResult
        public func putAcl(_ grantee: any IAM.Grantable, objectsKeyPattern: String = "*") throws -> IAM.Grant {
            try actionsOnObjectKeys(grantee, objectsKeyPattern, actions: Actions.bucketPutAcl)
        }

        /// Deleting objects matching `objectsKeyPattern`.
        @discardableResult
        public func delete(_ grantee: any IAM.Grantable, objectsKeyPattern: String = "*") throws -> IAM.Grant {
            try actionsOnObjectKeys(grantee, objectsKeyPattern, actions: Actions.bucketDelete)
        }

        /// Reading, writing and deleting objects matching `objectsKeyPattern` (and using the key).
        @discardableResult
        public func readWrite(_ grantee: any IAM.Grantable, objectsKeyPattern: String = "*") throws -> IAM.Grant {
            var keyActions: [String] = []
            for action in Actions.keyRead + Actions.keyWrite where !keyActions.contains(action) { keyActions.append(action) }
            return try actionsOnBucketAndObjectKeys(grantee, objectsKeyPattern, actions: Actions.bucketRead + Actions.bucketDelete + (try putActions()) + keyActions)
        }

        /// The put actions, which never include the ACL actions: the AWS CDK v2 removed the
        /// `@aws-cdk/aws-s3:grantWriteWithoutAcl` flag, and refuses it when it is set (to any value).
        private func putActions() throws -> [String] {
            try FeatureFlags.of(bucket).refuseIfExpiredAndSet(S3.grantWriteWithoutAclFlag)
            return Actions.bucketPut
        }

        /// Makes objects matching `keyPrefix` public: a bucket policy statement for everyone with
        /// `allowedActions` (default `s3:GetObject`). Fails when the bucket blocks public policies.
        @discardableResult
        public func publicAccess(_ keyPrefix: String = "*", allowedActions: [String]) throws -> IAM.Grant {
            if bucket.blocksPublicPolicy {
                throw CDKError("CannotGrantPublicAccessWhenBlockPublicPolicyEnabled",
                               "Cannot grant public access when 'blockPublicPolicy' is enabled: set 'blockPublicAccess' to a value that allows public policies (for example BlockPublicAccess.blockAclsOnly).",
                               at: bucket)
            }
            return try actionsOnObjectKeys(IAM.AnyPrincipal(), keyPrefix, actions: allowedActions.isEmpty ? ["s3:GetObject"] : allowedActions)
        }

        /// Makes objects matching `keyPrefix` public with `allowedActions` (default `s3:GetObject`).
        @discardableResult
        public func publicAccess(_ keyPrefix: String = "*", _ allowedActions: String...) throws -> IAM.Grant {
            try publicAccess(keyPrefix, allowedActions: allowedActions)
        }

        /// Grants `actions` on the objects matching `objectsKeyPattern` only.
        @discardableResult
        public func actionsOnObjectKeys(_ grantee: any IAM.Grantable, _ objectsKeyPattern: String = "*", actions: [String]) throws -> IAM.Grant {
            try grantActions(grantee, actions, resources: [bucket.arnForObjects(objectsKeyPattern)])
        }

        /// Grants `actions` on the objects matching `objectsKeyPattern` only.
        @discardableResult
        public func actionsOnObjectKeys(_ grantee: any IAM.Grantable, _ objectsKeyPattern: String = "*", _ actions: String...) throws -> IAM.Grant {
            try actionsOnObjectKeys(grantee, objectsKeyPattern, actions: actions)
        }

        /// Grants `actions` on the bucket and on the objects matching `objectsKeyPattern`.
        @discardableResult
        public func actionsOnBucketAndObjectKeys(_ grantee: any IAM.Grantable, _ objectsKeyPattern: String = "*", actions: [String]) throws -> IAM.Grant {
            try grantActions(grantee, actions, resources: [bucket.bucketArn, bucket.arnForObjects(objectsKeyPattern)])
        }

        /// Grants `actions` on the bucket and on the objects matching `objectsKeyPattern`.
        @discardableResult
        public func actionsOnBucketAndObjectKeys(_ grantee: any IAM.Grantable, _ objectsKeyPattern: String = "*", _ actions: String...) throws -> IAM.Grant {
            try actionsOnBucketAndObjectKeys(grantee, objectsKeyPattern, actions: actions)
        }

        /// What a replication role needs to replicate this bucket into `destinations`: reading
        /// the replication configuration and object versions here, replicating into each
        /// destination, encrypting with each destination's key and decrypting with this bucket's
        /// key. One grant per statement, in the AWS CDK's order.
        @discardableResult
        public func replicationPermission(_ grantee: any IAM.Grantable, destinations: [ReplicationDestination]) throws -> [IAM.Grant] {
            if destinations.isEmpty {
                throw CDKError("AtLeastOneDestinationBucketRequired",
                               "At least one destination bucket must be specified in the destinations array", at: bucket)
            }
            var grants = [
                try IAM.Grant.addToPrincipalOrResource(grantee: grantee, actions: ["s3:GetReplicationConfiguration", "s3:ListBucket"],
                                                       resourceArns: [bucket.bucketArn], resource: bucket),
                try IAM.Grant.addToPrincipalOrResource(grantee: grantee, actions: ["s3:GetObjectVersionForReplication", "s3:GetObjectVersionAcl", "s3:GetObjectVersionTagging"],
                                                       resourceArns: [bucket.arnForObjects("*")], resource: bucket),
                try IAM.Grant.addToPrincipalOrResource(grantee: grantee, actions: ["s3:ReplicateObject", "s3:ReplicateDelete", "s3:ReplicateTags", "s3:ObjectOwnerOverrideToBucketOwner"],
                                                       resourceArns: destinations.map { $0.bucket.arnForObjects("*") }, resource: bucket),
            ]
            for destination in destinations {
                if let key = destination.encryptionKey { grants.append(try key.grantEncrypt(grantee)) }
            }
            if let key = bucket.encryptionKey { grants.append(try key.grant(grantee, actions: ["kms:Decrypt"])) }
            return grants
        }

        /// Grants `actions` on `resources`: the S3 actions in the grantee's policy (and in the
        /// bucket policy for other accounts), the `kms:` actions on the bucket's key if it has one.
        private func grantActions(_ grantee: any IAM.Grantable, _ actions: [String], resources: [String]) throws -> IAM.Grant {
            let keyActions = actions.filter { $0.hasPrefix("kms:") }
            let bucketActions = actions.filter { !$0.hasPrefix("kms:") }
            let grant = try IAM.Grant.addToPrincipalOrResource(grantee: grantee, actions: bucketActions, resourceArns: resources, resource: bucket)
            if !keyActions.isEmpty, let key = bucket.encryptionKey {
                try key.grant(grantee, actions: keyActions)
            }
            return grant
        }
    }

    /// The AWS CDK v1 flag that took the ACL actions out of write grants; the AWS CDK v2 always
    /// behaves as if it were enabled and refuses it in the context.
    static let grantWriteWithoutAclFlag = "@aws-cdk/aws-s3:grantWriteWithoutAcl"

    /// A destination of ``BucketGrants/replicationPermission(_:destinations:)``: the bucket
    /// objects are replicated into, and the key they are encrypted with there.
    public struct ReplicationDestination {
        /// The destination bucket.
        public var bucket: any BucketRef
        /// The key replicas are encrypted with.
        ///
        /// Default: none (no encryption permission).
        public var encryptionKey: (any KMS.KeyRef)?

        /// A destination.
        public init(bucket: any BucketRef, encryptionKey: (any KMS.KeyRef)? = nil) {
            self.bucket = bucket
            self.encryptionKey = encryptionKey
        }
    }
}

extension S3.BucketRef {
    /// The bucket's grants.
    public var grants: S3.BucketGrants { S3.BucketGrants.fromBucket(self) }

    /// Grants reading objects matching `objectsKeyPattern` and listing the bucket (and decrypting with its key).
    @discardableResult
    public func grantRead(_ grantee: any IAM.Grantable, objectsKeyPattern: String = "*") throws -> IAM.Grant {
        try grants.read(grantee, objectsKeyPattern: objectsKeyPattern)
    }

    /// Grants writing and deleting objects matching `objectsKeyPattern` (and encrypting with its key);
    /// `allowedActionPatterns` replaces the S3 actions when given.
    @discardableResult
    public func grantWrite(_ grantee: any IAM.Grantable, objectsKeyPattern: String = "*", allowedActionPatterns: [String] = []) throws -> IAM.Grant {
        try grants.write(grantee, objectsKeyPattern: objectsKeyPattern, allowedActionPatterns: allowedActionPatterns)
    }

    /// Grants putting objects matching `objectsKeyPattern` (and encrypting with its key).
    @discardableResult
    public func grantPut(_ grantee: any IAM.Grantable, objectsKeyPattern: String = "*") throws -> IAM.Grant {
        try grants.put(grantee, objectsKeyPattern: objectsKeyPattern)
    }

    /// Grants changing the ACLs of objects matching `objectsKeyPattern` (which ``grantWrite(_:objectsKeyPattern:allowedActionPatterns:)`` does not).
    @discardableResult
    public func grantPutAcl(_ grantee: any IAM.Grantable, objectsKeyPattern: String = "*") throws -> IAM.Grant {
        try grants.putAcl(grantee, objectsKeyPattern: objectsKeyPattern)
    }

    /// Grants deleting objects matching `objectsKeyPattern`.
    @discardableResult
    public func grantDelete(_ grantee: any IAM.Grantable, objectsKeyPattern: String = "*") throws -> IAM.Grant {
        try grants.delete(grantee, objectsKeyPattern: objectsKeyPattern)
    }

    /// Grants reading, writing and deleting objects matching `objectsKeyPattern` (and using its key).
    @discardableResult
    public func grantReadWrite(_ grantee: any IAM.Grantable, objectsKeyPattern: String = "*") throws -> IAM.Grant {
        try grants.readWrite(grantee, objectsKeyPattern: objectsKeyPattern)
    }

    /// Makes objects matching `keyPrefix` public: a bucket policy statement for everyone with
    /// `allowedActions` (default `s3:GetObject`). Fails when the bucket blocks public policies.
    @discardableResult
    public func grantPublicAccess(_ keyPrefix: String = "*", allowedActions: [String]) throws -> IAM.Grant {
        try grants.publicAccess(keyPrefix, allowedActions: allowedActions)
    }

    /// Makes objects matching `keyPrefix` public with `allowedActions` (default `s3:GetObject`).
    @discardableResult
    public func grantPublicAccess(_ keyPrefix: String = "*", _ allowedActions: String...) throws -> IAM.Grant {
        try grants.publicAccess(keyPrefix, allowedActions: allowedActions)
    }

    /// Grants what a replication role needs to replicate this bucket into `destinations`.
    @discardableResult
    public func grantReplicationPermission(_ grantee: any IAM.Grantable, destinations: [S3.ReplicationDestination]) throws -> [IAM.Grant] {
        try grants.replicationPermission(grantee, destinations: destinations)
    }
}
