import CDK
import CDKIAM
import CDKKMS

extension S3 {
    /// An S3 bucket (`AWS::S3::Bucket`) with the AWS CDK's defaults: retained when removed from
    /// the stack, a bucket policy created on demand, grants with the AWS CDK's action lists.
    ///
    /// ```swift
    /// let bucket = try S3.Bucket(stack, "Data") {
    ///     $0.versioned = true
    ///     $0.encryption = .s3Managed
    ///     $0.enforceSSL = true
    /// }
    /// try bucket.grantRead(role)
    /// ```
    public final class Bucket: Resource, BucketRef {
        /// The customer managed key objects are encrypted with (`.kms`/`.dsse` encryption).
        public let encryptionKey: (any KMS.KeyRef)?
        /// The bucket policy, once a statement was added.
        public private(set) var policy: BucketPolicy?
        /// Whether the bucket blocks public bucket policies.
        public let blocksPublicPolicy: Bool
        private let objectOwnership: ObjectOwnership?
        private var accessControl: BucketAccessControl?
        private var lifecycleRules: [LifecycleRule] = []
        private var corsRules: [CorsRule] = []
        private var notifications: BucketNotifications?
        /// The bucket's CloudFormation resource.
        public let cfnBucket: CfnBucket

        /// A bucket.
        public init(_ scope: Construct, _ id: String, _ props: BucketProps = BucketProps(),
                    configure: (inout BucketProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            let encryption = try Self.renderEncryption(props, in: this)
            try Self.validate(props, at: this)
            encryptionKey = encryption.key
            blocksPublicPolicy = props.blockPublicAccess?.blockPublicPolicy == true
            objectOwnership = props.objectOwnership
            accessControl = props.accessControl

            let logging: CfnBucket.LoggingConfigurationProperty? = props.serverAccessLogsBucket == nil && props.serverAccessLogsPrefix == nil ? nil
                : .init(destinationBucketName: props.serverAccessLogsBucket?.bucketName, logFilePrefix: props.serverAccessLogsPrefix)
            cfnBucket = try CfnBucket(
                this, "Resource",
                accessControl: props.accessControl?.rawValue,
                bucketEncryption: encryption.property,
                bucketName: props.bucketName,
                loggingConfiguration: logging,
                ownershipControls: try Self.renderOwnershipControls(props.objectOwnership, props.accessControl, at: this),
                publicAccessBlockConfiguration: props.blockPublicAccess.map {
                    .init(blockPublicAcls: $0.blockPublicAcls, blockPublicPolicy: $0.blockPublicPolicy,
                          ignorePublicAcls: $0.ignorePublicAcls, restrictPublicBuckets: $0.restrictPublicBuckets)
                },
                versioningConfiguration: props.versioned ? .init(status: "Enabled") : nil,
                websiteConfiguration: props.websiteIndexDocument.map { .init(errorDocument: props.websiteErrorDocument, indexDocument: $0) })
            cfnBucket.applyRemovalPolicy(props.removalPolicy)
            try super.init(this, physicalName: props.bucketName)

            if props.enforceSSL {
                try addToResourcePolicy(IAM.PolicyStatement(
                    effect: .deny, actions: ["s3:*"], resources: [bucketArn, arnForObjects("*")],
                    principals: [IAM.AnyPrincipal()], conditions: ["Bool": ["aws:SecureTransport": "false"]]))
                if let minimumTLSVersion = props.minimumTLSVersion {
                    try addToResourcePolicy(IAM.PolicyStatement(
                        effect: .deny, actions: ["s3:*"], resources: [bucketArn, arnForObjects("*")],
                        principals: [IAM.AnyPrincipal()], conditions: ["NumericLessThan": ["s3:TlsVersion": .number(minimumTLSVersion)]]))
                }
            }
            if let logsBucket = props.serverAccessLogsBucket as? Bucket {
                try logsBucket.allowLogDelivery()
            } else if let logsBucket = props.serverAccessLogsBucket {
                Annotations.of(self).addWarningV2("@aws-cdk/aws-s3:accessLogsPolicyNotAdded",
                                                  "Unable to add necessary logging permissions to imported target bucket: \(logsBucket.bucketName)")
            } else if props.serverAccessLogsPrefix != nil {
                try allowLogDelivery()
            }
            for rule in props.cors { addCorsRule(rule) }
            for rule in props.lifecycleRules { try addLifecycleRule(rule) }
            if props.publicReadAccess { try grantPublicAccess() }
            if props.eventBridgeEnabled { try withNotifications { try $0.enableEventBridgeNotification() } }
        }

        /// Checks the props that do not depend on each other's rendering, as the AWS CDK does.
        private static func validate(_ props: BucketProps, at this: ConstructScope) throws {
            if let bucketName = props.bucketName {
                let errors = bucketNameErrors(bucketName)
                if !errors.isEmpty {
                    throw CDKError("InvalidBucketNameValue", (["Invalid S3 bucket name (value: \(bucketName))"] + errors).joined(separator: "\n"), at: this)
                }
            }
            if props.websiteErrorDocument != nil && props.websiteIndexDocument == nil {
                throw CDKError("WebsiteIndexDocumentRequiredWebsite", "\"websiteIndexDocument\" is required if \"websiteErrorDocument\" is set", at: this)
            }
            if props.serverAccessLogsBucket == nil, props.serverAccessLogsPrefix != nil,
               props.encryption == .kmsManaged || props.encryption == .dsseManaged {
                throw CDKError("KmsManagedKeyNotSupportedForAccessLogs", "Default bucket encryption with KMS managed or DSSE managed key is not supported for Server Access Logging target buckets", at: this)
            }
            if props.minimumTLSVersion != nil && !props.enforceSSL {
                throw CDKError("EnforceEnabledMinimumVersionApplied", "'enforceSSL' must be enabled for 'minimumTLSVersion' to be applied", at: this)
            }
            if props.publicReadAccess && props.blockPublicAccess == nil {
                throw CDKError("CannotPublicReadAccessProperty", "Cannot use 'publicReadAccess' property on a bucket without allowing bucket-level public access through 'blockPublicAccess' property.", at: this)
            }
        }

        /// The bucket's ARN.
        public var bucketArn: String { cfnBucket.attrArn }
        /// The bucket's name.
        public var bucketName: String { cfnBucket.ref }
        /// The IPv4 domain name (`<name>.s3.amazonaws.com`).
        public var bucketDomainName: String { cfnBucket.attrDomainName }
        /// The regional domain name.
        public var bucketRegionalDomainName: String { cfnBucket.attrRegionalDomainName }
        /// The dual-stack (IPv6) domain name.
        public var bucketDualStackDomainName: String { cfnBucket.attrDualStackDomainName }
        /// The static website URL.
        public var bucketWebsiteUrl: String { cfnBucket.attrWebsiteUrl }

        /// Adds `statement` to the bucket policy, creating the policy (child `Policy`) on first use.
        @discardableResult
        public func addToResourcePolicy(_ statement: IAM.PolicyStatement) throws -> IAM.AddToResourcePolicyResult {
            if policy == nil {
                let created = try BucketPolicy(self, "Policy", .init(bucket: self))
                policy = created
                if let notificationResource = notifications?.resource { notificationResource.node.addDependency(created) }
            }
            policy!.document.addStatements(statement)
            return IAM.AddToResourcePolicyResult(statementAdded: true, policyDependable: policy)
        }

        /// Adds a lifecycle rule; throws when the rule is invalid.
        public func addLifecycleRule(_ rule: LifecycleRule) throws {
            _ = try renderLifecycleRule(rule)
            lifecycleRules.append(rule)
            cfnBucket.lifecycleConfiguration = .init(rules: try lifecycleRules.map(renderLifecycleRule))
        }

        /// Adds a CORS rule.
        public func addCorsRule(_ rule: CorsRule) {
            corsRules.append(rule)
            cfnBucket.corsConfiguration = .init(corsRules: corsRules.map {
                .init(allowedHeaders: $0.allowedHeaders, allowedMethods: $0.allowedMethods.map(\.rawValue), allowedOrigins: $0.allowedOrigins,
                      exposedHeaders: $0.exposedHeaders, id: $0.id, maxAge: $0.maxAge.map(Double.init))
            })
        }

        /// Sends `event` for objects matching `filters` to `destination`, through the AWS CDK's
        /// `Custom::S3BucketNotifications` resource (child `Notifications`).
        public func addEventNotification(_ event: EventType, _ destination: any NotificationDestination, filters: NotificationKeyFilter...) throws {
            try withNotifications { try $0.addNotification(event, destination, filters: filters) }
        }

        /// Sends object creations (`s3:ObjectCreated:*`) to `destination`.
        public func addObjectCreatedNotification(_ destination: any NotificationDestination, filters: NotificationKeyFilter...) throws {
            try withNotifications { try $0.addNotification(.objectCreated, destination, filters: filters) }
        }

        /// Sends object removals (`s3:ObjectRemoved:*`) to `destination`.
        public func addObjectRemovedNotification(_ destination: any NotificationDestination, filters: NotificationKeyFilter...) throws {
            try withNotifications { try $0.addNotification(.objectRemoved, destination, filters: filters) }
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKS3.S3.Bucket") }

        // MARK: - Rendering

        private func withNotifications(_ body: (BucketNotifications) throws -> Void) throws {
            if notifications == nil { notifications = try BucketNotifications(self, "Notifications") }
            try body(notifications!)
        }

        /// Lets S3 server access logging write to this bucket (the `LogDeliveryWrite` ACL, as the
        /// AWS CDK does without the `serverAccessLogsUseBucketPolicy` flag).
        func allowLogDelivery() throws {
            if let accessControl, accessControl != .logDeliveryWrite {
                throw CDKError("CannotEnableLogDeliveryBucket", "Cannot enable log delivery to this bucket because the bucket's ACL has been set and can't be changed", at: self)
            }
            accessControl = .logDeliveryWrite
            cfnBucket.accessControl = BucketAccessControl.logDeliveryWrite.rawValue
            cfnBucket.ownershipControls = try Self.renderOwnershipControls(objectOwnership, .logDeliveryWrite, at: self)
        }

        /// The `BucketEncryption` property, and the key that encrypts objects (created under
        /// `this` as `Key` when the encryption needs one and none was given).
        private static func renderEncryption(_ props: BucketProps, in this: ConstructScope) throws -> (property: CfnBucket.BucketEncryptionProperty?, key: (any KMS.KeyRef)?) {
            let type = props.encryption ?? (props.encryptionKey != nil ? .kms : .unencrypted)
            if type != .dsse && type != .kms && props.encryptionKey != nil {
                throw CDKError("EncryptionkeySpecified", "encryptionKey is specified, so 'encryption' must be set to KMS or DSSE (value: \(type.rawValue))", at: this)
            }
            if props.bucketKeyEnabled == true && type == .unencrypted {
                throw CDKError("BucketKeyEnabledSpecifiedEncryption", "bucketKeyEnabled is specified, so 'encryption' must be set to KMS, DSSE or S3 (value: \(type.rawValue))", at: this)
            }
            func rule(_ algorithm: String, _ keyArn: String? = nil) -> CfnBucket.BucketEncryptionProperty {
                .init(serverSideEncryptionConfiguration: [.init(bucketKeyEnabled: props.bucketKeyEnabled,
                                                                 serverSideEncryptionByDefault: .init(kmsMasterKeyId: keyArn, sseAlgorithm: algorithm))])
            }
            switch type {
            case .unencrypted: return (nil, nil)
            case .s3Managed: return (rule("AES256"), nil)
            case .kmsManaged: return (rule("aws:kms"), nil)
            case .dsseManaged: return (rule("aws:kms:dsse"), nil)
            case .kms:
                let key = try props.encryptionKey ?? KMS.Key(this, "Key") { $0.description = "Created by \(this.node.path)"; $0.enableKeyRotation = true }
                return (rule("aws:kms", key.keyArn), key)
            case .dsse:
                let key = try props.encryptionKey ?? KMS.Key(this, "Key") { $0.description = "Created by \(this.node.path)" }
                return (rule("aws:kms:dsse", key.keyArn), key)
            }
        }

        private static func renderOwnershipControls(_ objectOwnership: ObjectOwnership?, _ accessControl: BucketAccessControl?,
                                                    at construct: Construct) throws -> CfnBucket.OwnershipControlsProperty? {
            let requiresOwnership = accessControl.map { ![.private, .bucketOwnerRead, .bucketOwnerFullControl].contains($0) } ?? false
            if objectOwnership == nil && !requiresOwnership { return nil }
            if requiresOwnership && objectOwnership == .bucketOwnerEnforced {
                throw CDKError("MustBeObjectownershipAccesscontrol", "objectOwnership must be set to \"ObjectWriter\" when accessControl is \"\(accessControl?.rawValue ?? "")\"", at: construct)
            }
            return .init(rules: [.init(objectOwnership: (objectOwnership ?? .objectWriter).rawValue)])
        }

        private func renderLifecycleRule(_ rule: LifecycleRule) throws -> CfnBucket.RuleProperty {
            let hasTagFilters = !(rule.tagFilters ?? [:]).isEmpty
            if rule.expiredObjectDeleteMarker == true && (rule.expiration != nil || rule.expirationDate != nil || hasTagFilters) {
                throw CDKError("ExpiredObjectDeleteMarkerCannot", "ExpiredObjectDeleteMarker cannot be specified with expiration, ExpirationDate, or TagFilters.", at: self)
            }
            if rule.abortIncompleteMultipartUploadAfter == nil && rule.expiration == nil && rule.expirationDate == nil
                && rule.expiredObjectDeleteMarker == nil && rule.noncurrentVersionExpiration == nil && rule.noncurrentVersionsToRetain == nil
                && rule.noncurrentVersionTransitions == nil && rule.transitions == nil {
                throw CDKError("RulesLeastFollowingProperties", "All rules for `lifecycleRules` must have at least one of the following properties: `abortIncompleteMultipartUploadAfter`, `expiration`, `expirationDate`, `expiredObjectDeleteMarker`, `noncurrentVersionExpiration`, `noncurrentVersionsToRetain`, `noncurrentVersionTransitions`, or `transitions`", at: self)
            }
            for transition in rule.transitions ?? [] where (transition.transitionDate == nil) == (transition.transitionAfter == nil) {
                throw CDKError("ExactlyOneTransitionDateTransition", "Exactly one of transitionDate or transitionAfter must be specified in lifecycle rule transition", at: self)
            }
            let tagFilters = rule.tagFilters.flatMap { filters in
                filters.isEmpty ? nil : filters.keys.sorted().map { CfnBucket.TagFilterProperty(key: $0, value: filters[$0]!) }
            }
            return .init(
                abortIncompleteMultipartUpload: try rule.abortIncompleteMultipartUploadAfter.map { .init(daysAfterInitiation: try $0.toDays()) },
                expirationDate: rule.expirationDate,
                expirationInDays: try rule.expiration?.toDays(),
                expiredObjectDeleteMarker: rule.expiredObjectDeleteMarker,
                id: rule.id,
                noncurrentVersionExpiration: try rule.noncurrentVersionExpiration.map {
                    .init(newerNoncurrentVersions: rule.noncurrentVersionsToRetain.map(Double.init), noncurrentDays: try $0.toDays())
                },
                noncurrentVersionTransitions: try rule.noncurrentVersionTransitions.map { list in
                    try list.map { .init(newerNoncurrentVersions: $0.noncurrentVersionsToRetain.map(Double.init), storageClass: $0.storageClass.value,
                                         transitionInDays: try $0.transitionAfter.toDays()) }
                },
                objectSizeGreaterThan: rule.objectSizeGreaterThan.map(String.init),
                objectSizeLessThan: rule.objectSizeLessThan.map(String.init),
                prefix: rule.prefix,
                status: rule.enabled ? "Enabled" : "Disabled",
                tagFilters: tagFilters,
                transitions: try rule.transitions.map { list in
                    try list.map { .init(storageClass: $0.storageClass.value, transitionDate: $0.transitionDate,
                                         transitionInDays: try $0.transitionAfter?.toDays()) }
                })
        }
    }
}
