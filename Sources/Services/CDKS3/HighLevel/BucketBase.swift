import CDK
import CDKIAM
import CDKKMS

extension S3 {
    /// What every kind of bucket shares (the AWS CDK's `BucketBase`): its attributes, the bucket
    /// policy created on demand (which checks its statements at synthesis), the notifications
    /// resource and the replication policy. ``Bucket`` and the imported buckets are its subclasses.
    public class BucketBase: Resource, BucketRef {
        /// The attribute values a subclass gives; reflective ones are overridden instead.
        struct Attributes {
            var bucketArn: String
            var bucketName: String
            var bucketDomainName: String
            var bucketDualStackDomainName: String
            var bucketRegionalDomainName: String
            var bucketWebsiteUrl: String
            var bucketWebsiteDomainName: String
            var isWebsite = false
        }

        private let makeAttributes: () -> Attributes
        /// Made when first asked for, so that a bucket whose attributes are not used creates no
        /// references to them.
        private lazy var attributes = makeAttributes()
        public let encryptionKey: (any KMS.KeyRef)?
        /// Whether a bucket policy is created on the first ``addToResourcePolicy(_:)`` (`false`
        /// for buckets imported by name or ARN).
        private let autoCreatePolicy: Bool
        /// The bucket policy, once a statement was added.
        public internal(set) var policy: BucketPolicy?
        /// The role of the notifications handler, when the user gave one.
        let notificationsHandlerRole: IAM.Role?
        /// Whether the notifications resource skips validating its destinations.
        let notificationsSkipDestinationValidation: Bool
        private var notifications: BucketNotifications?

        init(_ reserved: ConstructScope, physicalName: String? = nil, account: String? = nil, region: String? = nil,
             attributes: @escaping () -> Attributes, encryptionKey: (any KMS.KeyRef)? = nil, autoCreatePolicy: Bool,
             notificationsHandlerRole: IAM.Role? = nil, notificationsSkipDestinationValidation: Bool = false) throws {
            self.makeAttributes = attributes
            self.encryptionKey = encryptionKey
            self.autoCreatePolicy = autoCreatePolicy
            self.notificationsHandlerRole = notificationsHandlerRole
            self.notificationsSkipDestinationValidation = notificationsSkipDestinationValidation
            try super.init(reserved, physicalName: physicalName, account: account, region: region)
        }

        public var bucketArn: String { attributes.bucketArn }
        public var bucketName: String { attributes.bucketName }
        public var bucketDomainName: String { attributes.bucketDomainName }
        public var bucketDualStackDomainName: String { attributes.bucketDualStackDomainName }
        public var bucketRegionalDomainName: String { attributes.bucketRegionalDomainName }
        public var bucketWebsiteUrl: String { attributes.bucketWebsiteUrl }
        public var bucketWebsiteDomainName: String { attributes.bucketWebsiteDomainName }
        public var isWebsite: Bool { attributes.isWebsite }
        public var blocksPublicPolicy: Bool { false }

        /// Adds `statement` to the bucket policy, creating the policy (child `Policy`) on first
        /// use; does nothing for buckets whose policy cannot be changed (`statementAdded` false).
        @discardableResult
        public func addToResourcePolicy(_ statement: IAM.PolicyStatement) throws -> IAM.AddToResourcePolicyResult {
            guard let policy = try policyCreatedIfAllowed() else { return IAM.AddToResourcePolicyResult(statementAdded: false) }
            policy.document.addStatements(statement)
            return IAM.AddToResourcePolicyResult(statementAdded: true, policyDependable: policy)
        }

        /// The bucket policy, created (child `Policy`) when the bucket may have one and has none yet.
        func policyCreatedIfAllowed() throws -> BucketPolicy? {
            if policy == nil && autoCreatePolicy {
                let created = try BucketPolicy(self, "Policy", .init(bucket: self))
                policy = created
                notifications?.dependOnBucketPolicy(created)
            }
            return policy
        }

        public func addEventNotification(_ event: EventType, _ destination: any NotificationDestination, filters: [NotificationKeyFilter]) throws {
            try withNotifications { try $0.addNotification(event, destination, filters: filters) }
        }

        public func enableEventBridgeNotification() throws {
            try withNotifications { try $0.enableEventBridgeNotification() }
        }

        private func withNotifications(_ body: (BucketNotifications) throws -> Void) throws {
            let notifications = try self.notifications ?? BucketNotifications(self, "Notifications")
            self.notifications = notifications
            try body(notifications)
        }

        public func addReplicationPolicy(roleArn: String, accessControlTransition: Bool, account: String?) throws {
            let role = IAM.ArnPrincipal(roleArn)
            var added = [
                try addToResourcePolicy(IAM.PolicyStatement(actions: ["s3:GetBucketVersioning", "s3:PutBucketVersioning"],
                                                            resources: [bucketArn], principals: [role])).statementAdded,
                try addToResourcePolicy(IAM.PolicyStatement(actions: ["s3:ReplicateObject", "s3:ReplicateDelete"],
                                                            resources: [arnForObjects("*")], principals: [role])).statementAdded,
            ]
            if accessControlTransition {
                guard let account else {
                    throw CDKError("AccountSpecifiedOverrideOwnershipAccess",
                                   "account must be specified to override ownership access control transition: pass the account that is to own the replicas.", at: self)
                }
                added.append(try addToResourcePolicy(IAM.PolicyStatement(actions: ["s3:ObjectOwnerOverrideToBucketOwner"],
                                                                         resources: [arnForObjects("*")],
                                                                         principals: [IAM.AccountPrincipal(account)])).statementAdded)
            }
            if added.contains(false) {
                let resolved = try stack.resolve(.string(roleArn))
                let role = resolved?.stringValue ?? resolved.map { JSONWriter.compact($0) } ?? roleArn
                Annotations.of(self).addInfo("Cross-account S3 replication for a referenced destination bucket is set up. In the destination bucket's bucket policy, please grant access permissions from \(role).")
            }
        }
    }
}
