import CDK
import CDKIAM
import CDKKMS

extension S3 {
    /// An S3 bucket (`AWS::S3::Bucket`) with the AWS CDK's defaults: retained when removed from
    /// the stack, a bucket policy created on demand, grants with the AWS CDK's action lists.
    ///
    /// ```swift
    /// let bucket = try S3.Bucket(stack, "Data", versioned: true, encryption: .s3Managed,
    ///                            blockPublicAccess: .blockAll, enforceSSL: true)
    /// try bucket.grantRead(role)
    /// ```
    public final class Bucket: Resource, BucketRef {
        /// The customer managed key objects are encrypted with (`.kms`/`.dsse` encryption).
        public private(set) var encryptionKey: (any KMS.KeyRef)?
        /// The bucket policy, once a statement was added.
        public private(set) var policy: BucketPolicy?
        /// Whether the bucket blocks public bucket policies.
        public let blocksPublicPolicy: Bool
        private let objectOwnership: ObjectOwnership?
        private var accessControl: BucketAccessControl?
        private var lifecycleRules: [LifecycleRule] = []
        private var corsRules: [CorsRule] = []
        private var notifications: BucketNotifications?
        private var resource: CfnBucket!

        /// A bucket.
        ///
        /// - Parameters:
        ///   - bucketName: A physical name (validated like the AWS CDK does); generated when `nil`.
        ///   - encryption: Default encryption; `.kms` when only `encryptionKey` is given, else none.
        ///   - encryptionKey: The key for `.kms`/`.dsse`; one is created (child `Key`) when `nil`.
        ///   - enforceSSL: Denies requests that do not use TLS, in the bucket policy.
        ///   - minimumTLSVersion: Denies older TLS versions (needs `enforceSSL`).
        ///   - serverAccessLogsBucket: Where access logs go (`serverAccessLogsPrefix` alone logs to the bucket itself).
        ///   - publicReadAccess: Lets everyone read objects (needs a `blockPublicAccess` allowing public policies).
        ///   - eventBridgeEnabled: Sends bucket events to Amazon EventBridge.
        ///   - removalPolicy: What happens to the bucket when it leaves the stack (default: retain).
        public init(
            _ scope: Construct, _ id: String,
            bucketName: String? = nil,
            versioned: Bool = false,
            encryption: BucketEncryption? = nil,
            encryptionKey: (any KMS.KeyRef)? = nil,
            bucketKeyEnabled: Bool? = nil,
            blockPublicAccess: BlockPublicAccess? = nil,
            enforceSSL: Bool = false,
            minimumTLSVersion: Double? = nil,
            lifecycleRules: [LifecycleRule] = [],
            cors: [CorsRule] = [],
            websiteIndexDocument: String? = nil,
            websiteErrorDocument: String? = nil,
            publicReadAccess: Bool = false,
            objectOwnership: ObjectOwnership? = nil,
            accessControl: BucketAccessControl? = nil,
            eventBridgeEnabled: Bool = false,
            serverAccessLogsBucket: (any BucketRef)? = nil,
            serverAccessLogsPrefix: String? = nil,
            removalPolicy: RemovalPolicy? = nil
        ) throws {
            blocksPublicPolicy = blockPublicAccess?.blockPublicPolicy == true
            self.objectOwnership = objectOwnership
            self.accessControl = accessControl
            try super.init(scope, id, physicalName: bucketName)

            let bucketEncryption = try parseEncryption(encryption, key: encryptionKey, bucketKeyEnabled: bucketKeyEnabled)
            if let bucketName {
                let errors = Self.bucketNameErrors(bucketName)
                if !errors.isEmpty {
                    throw CDKError(code: "InvalidBucketNameValue", message: (["Invalid S3 bucket name (value: \(bucketName))"] + errors).joined(separator: "\n"), path: node.path)
                }
            }
            let website = try renderWebsite(index: websiteIndexDocument, error: websiteErrorDocument)
            if serverAccessLogsBucket == nil, serverAccessLogsPrefix != nil, encryption == .kmsManaged || encryption == .dsseManaged {
                throw CDKError(code: "KmsManagedKeyNotSupportedForAccessLogs", message: "Default bucket encryption with KMS managed or DSSE managed key is not supported for Server Access Logging target buckets", path: node.path)
            }
            let logging: CfnBucket.LoggingConfigurationProperty? = serverAccessLogsBucket == nil && serverAccessLogsPrefix == nil ? nil
                : .init(destinationBucketName: serverAccessLogsBucket?.bucketName, logFilePrefix: serverAccessLogsPrefix)

            resource = try CfnBucket(
                self, "Resource",
                accessControl: accessControl?.rawValue,
                bucketEncryption: bucketEncryption,
                bucketName: bucketName,
                loggingConfiguration: logging,
                ownershipControls: try renderOwnershipControls(accessControl),
                publicAccessBlockConfiguration: blockPublicAccess.map {
                    .init(blockPublicAcls: $0.blockPublicAcls, blockPublicPolicy: $0.blockPublicPolicy,
                          ignorePublicAcls: $0.ignorePublicAcls, restrictPublicBuckets: $0.restrictPublicBuckets)
                },
                versioningConfiguration: versioned ? .init(status: "Enabled") : nil,
                websiteConfiguration: website)
            resource.applyRemovalPolicy(removalPolicy ?? .retain)

            if enforceSSL {
                try addToResourcePolicy(IAM.PolicyStatement(
                    effect: .deny, actions: ["s3:*"], resources: [bucketArn, arnForObjects("*")],
                    principals: [IAM.AnyPrincipal()], conditions: ["Bool": ["aws:SecureTransport": "false"]]))
                if let minimumTLSVersion {
                    try addToResourcePolicy(IAM.PolicyStatement(
                        effect: .deny, actions: ["s3:*"], resources: [bucketArn, arnForObjects("*")],
                        principals: [IAM.AnyPrincipal()], conditions: ["NumericLessThan": ["s3:TlsVersion": .number(minimumTLSVersion)]]))
                }
            } else if minimumTLSVersion != nil {
                throw CDKError(code: "EnforceEnabledMinimumVersionApplied", message: "'enforceSSL' must be enabled for 'minimumTLSVersion' to be applied", path: node.path)
            }
            if let logsBucket = serverAccessLogsBucket as? Bucket {
                try logsBucket.allowLogDelivery()
            } else if serverAccessLogsBucket == nil, serverAccessLogsPrefix != nil {
                try allowLogDelivery()
            } else if serverAccessLogsBucket != nil {
                Annotations.of(self).addWarningV2("@aws-cdk/aws-s3:accessLogsPolicyNotAdded",
                                                  "Unable to add necessary logging permissions to imported target bucket: \(serverAccessLogsBucket!.bucketName)")
            }
            for rule in cors { addCorsRule(rule) }
            for rule in lifecycleRules { try addLifecycleRule(rule) }
            if publicReadAccess {
                if blockPublicAccess == nil {
                    throw CDKError(code: "CannotPublicReadAccessProperty", message: "Cannot use 'publicReadAccess' property on a bucket without allowing bucket-level public access through 'blockPublicAccess' property.", path: node.path)
                }
                try grantPublicAccess()
            }
            if eventBridgeEnabled { try withNotifications { try $0.enableEventBridgeNotification() } }
        }

        /// The bucket's CloudFormation resource.
        public var cfnBucket: CfnBucket { resource }
        /// The bucket's ARN.
        public var bucketArn: String { resource.attrArn }
        /// The bucket's name.
        public var bucketName: String { resource.ref }
        /// The IPv4 domain name (`<name>.s3.amazonaws.com`).
        public var bucketDomainName: String { resource.attrDomainName }
        /// The regional domain name.
        public var bucketRegionalDomainName: String { resource.attrRegionalDomainName }
        /// The dual-stack (IPv6) domain name.
        public var bucketDualStackDomainName: String { resource.attrDualStackDomainName }
        /// The static website URL.
        public var bucketWebsiteUrl: String { resource.attrWebsiteUrl }

        /// Adds `statement` to the bucket policy, creating the policy (child `Policy`) on first use.
        @discardableResult
        public func addToResourcePolicy(_ statement: IAM.PolicyStatement) throws -> IAM.AddToResourcePolicyResult {
            if policy == nil {
                let created = try BucketPolicy(self, "Policy", bucket: self)
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
            resource.lifecycleConfiguration = .init(rules: try lifecycleRules.map(renderLifecycleRule))
        }

        /// Adds a CORS rule.
        public func addCorsRule(_ rule: CorsRule) {
            corsRules.append(rule)
            resource.corsConfiguration = .init(corsRules: corsRules.map {
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
                throw CDKError(code: "CannotEnableLogDeliveryBucket", message: "Cannot enable log delivery to this bucket because the bucket's ACL has been set and can't be changed", path: node.path)
            }
            accessControl = .logDeliveryWrite
            resource.accessControl = BucketAccessControl.logDeliveryWrite.rawValue
            resource.ownershipControls = try renderOwnershipControls(.logDeliveryWrite)
        }

        private func parseEncryption(_ encryption: BucketEncryption?, key: (any KMS.KeyRef)?, bucketKeyEnabled: Bool?) throws -> CfnBucket.BucketEncryptionProperty? {
            let type = encryption ?? (key != nil ? .kms : .unencrypted)
            if type != .dsse && type != .kms && key != nil {
                throw CDKError(code: "EncryptionkeySpecified", message: "encryptionKey is specified, so 'encryption' must be set to KMS or DSSE (value: \(type.rawValue))", path: node.path)
            }
            if bucketKeyEnabled == true && type == .unencrypted {
                throw CDKError(code: "BucketKeyEnabledSpecifiedEncryption", message: "bucketKeyEnabled is specified, so 'encryption' must be set to KMS, DSSE or S3 (value: \(type.rawValue))", path: node.path)
            }
            func rule(_ algorithm: String, _ keyArn: String? = nil) -> CfnBucket.BucketEncryptionProperty {
                .init(serverSideEncryptionConfiguration: [.init(bucketKeyEnabled: bucketKeyEnabled,
                                                                 serverSideEncryptionByDefault: .init(kmsMasterKeyId: keyArn, sseAlgorithm: algorithm))])
            }
            switch type {
            case .unencrypted: return nil
            case .s3Managed: return rule("AES256")
            case .kmsManaged: return rule("aws:kms")
            case .dsseManaged: return rule("aws:kms:dsse")
            case .kms:
                let key = try key ?? KMS.Key(self, "Key", description: "Created by \(node.path)", enableKeyRotation: true)
                encryptionKey = key
                return rule("aws:kms", key.keyArn)
            case .dsse:
                let key = try key ?? KMS.Key(self, "Key", description: "Created by \(node.path)")
                encryptionKey = key
                return rule("aws:kms:dsse", key.keyArn)
            }
        }

        private func renderWebsite(index: String?, error: String?) throws -> CfnBucket.WebsiteConfigurationProperty? {
            if index == nil && error == nil { return nil }
            if error != nil && index == nil {
                throw CDKError(code: "WebsiteIndexDocumentRequiredWebsite", message: "\"websiteIndexDocument\" is required if \"websiteErrorDocument\" is set", path: node.path)
            }
            return .init(errorDocument: error, indexDocument: index)
        }

        private func renderOwnershipControls(_ accessControl: BucketAccessControl?) throws -> CfnBucket.OwnershipControlsProperty? {
            let requiresOwnership = accessControl.map { ![.private, .bucketOwnerRead, .bucketOwnerFullControl].contains($0) } ?? false
            if objectOwnership == nil && !requiresOwnership { return nil }
            if requiresOwnership && objectOwnership == .bucketOwnerEnforced {
                throw CDKError(code: "MustBeObjectownershipAccesscontrol", message: "objectOwnership must be set to \"ObjectWriter\" when accessControl is \"\(accessControl!.rawValue)\"", path: node.path)
            }
            return .init(rules: [.init(objectOwnership: (objectOwnership ?? .objectWriter).rawValue)])
        }

        private func renderLifecycleRule(_ rule: LifecycleRule) throws -> CfnBucket.RuleProperty {
            let hasTagFilters = !(rule.tagFilters ?? [:]).isEmpty
            if rule.expiredObjectDeleteMarker == true && (rule.expiration != nil || rule.expirationDate != nil || hasTagFilters) {
                throw CDKError(code: "ExpiredObjectDeleteMarkerCannot", message: "ExpiredObjectDeleteMarker cannot be specified with expiration, ExpirationDate, or TagFilters.", path: node.path)
            }
            if rule.abortIncompleteMultipartUploadAfter == nil && rule.expiration == nil && rule.expirationDate == nil
                && rule.expiredObjectDeleteMarker == nil && rule.noncurrentVersionExpiration == nil && rule.noncurrentVersionsToRetain == nil
                && rule.noncurrentVersionTransitions == nil && rule.transitions == nil {
                throw CDKError(code: "RulesLeastFollowingProperties", message: "All rules for `lifecycleRules` must have at least one of the following properties: `abortIncompleteMultipartUploadAfter`, `expiration`, `expirationDate`, `expiredObjectDeleteMarker`, `noncurrentVersionExpiration`, `noncurrentVersionsToRetain`, `noncurrentVersionTransitions`, or `transitions`", path: node.path)
            }
            for transition in rule.transitions ?? [] where (transition.transitionDate == nil) == (transition.transitionAfter == nil) {
                throw CDKError(code: "ExactlyOneTransitionDateTransition", message: "Exactly one of transitionDate or transitionAfter must be specified in lifecycle rule transition", path: node.path)
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
