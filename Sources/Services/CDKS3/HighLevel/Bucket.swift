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
    public final class Bucket: BucketBase {
        /// The bucket's CloudFormation resource.
        public let cfnBucket: CfnBucket
        /// The ARN of the role S3 replicates with, when the bucket has replication rules (for
        /// ``BucketRef/addReplicationPolicy(roleArn:accessControlTransition:account:)`` on a
        /// destination in another account).
        public let replicationRoleArn: String?
        let objectOwnership: ObjectOwnership?
        var accessControl: BucketAccessControl?
        private let transitionDefaultMinimumObjectSize: TransitionDefaultMinimumObjectSize?
        private var lifecycleRules: [LifecycleRule] = []
        private var corsRules: [CorsRule] = []
        private var metrics: [BucketMetrics] = []
        private var inventories: InventoriesRenderer?
        private lazy var crossEnvironmentArn = CrossEnvironmentValue.arn(of: self, cfnBucket.attrArn) {
            ArnComponents(service: "s3", resource: $0, region: "", account: "")
        }
        private lazy var crossEnvironmentName = CrossEnvironmentValue.name(of: self, cfnBucket.ref)

        /// A bucket.
        public init(_ scope: Construct, _ id: String, _ props: BucketProps = BucketProps(),
                    configure: (inout BucketProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure, for: scope, id)
            let this = try ConstructScope(scope, id)
            let encryption = try Self.renderEncryption(props, in: this)
            try Self.validateNaming(props, at: this)
            let website = try Self.renderWebsite(props, at: this)
            let objectLock = try Self.renderObjectLock(props, at: this)
            let replication = try Self.renderReplication(props, in: this)
            let ownership = try Self.renderOwnershipControls(props.objectOwnership, props.accessControl, at: this)
            objectOwnership = props.objectOwnership
            accessControl = props.accessControl
            transitionDefaultMinimumObjectSize = props.transitionDefaultMinimumObjectSize
            let logging = try Self.renderServerAccessLogs(props, at: this)

            cfnBucket = try CfnBucket(
                this, "Resource",
                abacStatus: props.abacStatus.map { $0 ? "Enabled" : "Disabled" },
                accelerateConfiguration: props.transferAcceleration ? .init(accelerationStatus: "Enabled") : nil,
                accessControl: props.accessControl?.rawValue,
                bucketEncryption: encryption.property,
                bucketName: props.bucketName,
                bucketNamePrefix: props.bucketNamePrefix,
                bucketNamespace: props.bucketNamespace?.rawValue,
                intelligentTieringConfigurations: try this.converting("intelligentTieringConfigurations") { try Self.renderTiering(props.intelligentTieringConfigurations) },
                loggingConfiguration: logging,
                objectLockConfiguration: objectLock,
                objectLockEnabled: objectLock != nil ? true : props.objectLockEnabled,
                ownershipControls: ownership,
                publicAccessBlockConfiguration: Self.renderPublicAccessBlock(props.blockPublicAccess, at: this),
                replicationConfiguration: replication?.property,
                versioningConfiguration: props.versioned ? .init(status: "Enabled") : nil,
                websiteConfiguration: website)
            cfnBucket.applyRemovalPolicy(props.removalPolicy)
            replicationRoleArn = replication.map { replication in
                CrossEnvironmentValue.arn(of: replication.role, replication.role.roleArn) {
                    ArnComponents(service: "iam", resource: "role", resourceName: $0, region: "")
                }
            }
            try super.init(this, physicalName: props.bucketName, attributes: { [cfnBucket] in .of(cfnBucket) },
                           encryptionKey: encryption.key, autoCreatePolicy: true, notificationsHandlerRole: props.notificationsHandlerRole,
                           notificationsSkipDestinationValidation: props.notificationsSkipDestinationValidation ?? false)
            if let name = props.bucketName, Token.isUnresolved(name) { addBucketNameTypeValidation() }

            if let replication {
                if replication.created {
                    try grantReplicationPermission(replication.role, destinations: (props.replicationRules ?? []).map {
                        ReplicationDestination(bucket: $0.destination, encryptionKey: $0.kmsKey)
                    })
                }
                noteCrossAccountReplication(props.replicationRules ?? [])
            }
            if props.enforceSSL {
                try addToResourcePolicy(IAM.PolicyStatement(
                    effect: .deny, actions: ["s3:*"], resources: [bucketArn, arnForObjects("*")],
                    principals: [IAM.AnyPrincipal()], conditions: ["Bool": ["aws:SecureTransport": "false"]]))
                if let minimumTLSVersion = props.minimumTLSVersion {
                    try addToResourcePolicy(IAM.PolicyStatement(
                        effect: .deny, actions: ["s3:*"], resources: [bucketArn, arnForObjects("*")],
                        principals: [IAM.AnyPrincipal()], conditions: ["NumericLessThan": ["s3:TlsVersion": .number(minimumTLSVersion)]]))
                }
            } else if props.minimumTLSVersion != nil {
                throw CDKError("EnforceEnabledMinimumVersionApplied",
                               "'enforceSSL' must be enabled for 'minimumTLSVersion' to be applied: set 'enforceSSL' to true.", at: self)
            }
            try setUpServerAccessLogs(props)
            for inventory in props.inventories { addInventory(inventory) }
            for metric in props.metrics { addMetric(metric) }
            for rule in props.cors { addCorsRule(rule) }
            for rule in props.lifecycleRules { try addLifecycleRule(rule) }
            if props.publicReadAccess {
                if props.blockPublicAccess == nil {
                    throw CDKError("CannotPublicReadAccessProperty",
                                   "Cannot use 'publicReadAccess' property on a bucket without allowing bucket-level public access through 'blockPublicAccess' property.", at: self)
                }
                try grantPublicAccess()
            }
            if props.autoDeleteObjects {
                if props.removalPolicy != .destroy {
                    throw CDKError("CannotAutoDeleteObjectsProperty",
                                   "Cannot use 'autoDeleteObjects' property on a bucket without setting removal policy to 'DESTROY'.", at: self)
                }
                try AutoDeleteObjects.attach(to: self)
            }
            if props.eventBridgeEnabled { try enableEventBridgeNotification() }
        }

        public override var bucketArn: String { crossEnvironmentArn }
        public override var bucketName: String { crossEnvironmentName }
        /// Whether the bucket has a `WebsiteConfiguration` (read from ``cfnBucket``).
        public override var isWebsite: Bool { cfnBucket.websiteConfiguration != nil }
        /// Whether the bucket's `PublicAccessBlockConfiguration` blocks public policies (read
        /// from ``cfnBucket``).
        public override var blocksPublicPolicy: Bool { cfnBucket.publicAccessBlockConfiguration?.blockPublicPolicy == true }

        /// Adds a lifecycle rule; throws when the rule is invalid.
        public func addLifecycleRule(_ rule: LifecycleRule) throws {
            _ = try converting("lifecycleRules") { try renderLifecycleRule(rule) }
            lifecycleRules.append(rule)
            cfnBucket.lifecycleConfiguration = .init(rules: try lifecycleRules.map(renderLifecycleRule),
                                                     transitionDefaultMinimumObjectSize: transitionDefaultMinimumObjectSize?.rawValue)
        }

        /// Adds a CORS rule.
        public func addCorsRule(_ rule: CorsRule) {
            corsRules.append(rule)
            cfnBucket.corsConfiguration = .init(corsRules: corsRules.map {
                .init(allowedHeaders: $0.allowedHeaders, allowedMethods: $0.allowedMethods.map(\.rawValue), allowedOrigins: $0.allowedOrigins,
                      exposedHeaders: $0.exposedHeaders, id: $0.id, maxAge: $0.maxAge.map(Double.init))
            })
        }

        /// Adds a CloudWatch request metrics configuration.
        public func addMetric(_ metric: BucketMetrics) {
            metrics.append(metric)
            cfnBucket.metricsConfigurations = metrics.map(\.rendered)
        }

        /// Adds an inventory report; it is checked, and its destination bucket's policy written,
        /// at synthesis.
        public func addInventory(_ inventory: Inventory) {
            let renderer = inventories ?? InventoriesRenderer(self)
            if inventories == nil {
                inventories = renderer
                Aspects.of(self).add(renderer)
            }
            renderer.add(inventory)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKS3.S3.Bucket") }

        // MARK: - Rendering

        /// Sets up delivery of the bucket's server access logs (after the bucket exists, as the
        /// AWS CDK does): permissions on the logs bucket of the app, or a warning for an imported one.
        private func setUpServerAccessLogs(_ props: BucketProps) throws {
            let hasPrefix = !(props.serverAccessLogsPrefix ?? "").isEmpty
            if let logsBucket = props.serverAccessLogsBucket as? Bucket {
                try logsBucket.allowLogDelivery(from: self, prefix: props.serverAccessLogsPrefix)
            } else if let logsBucket = props.serverAccessLogsBucket {
                Annotations.of(self).addWarningV2("@aws-cdk/aws-s3:accessLogsPolicyNotAdded",
                                                  "Unable to add necessary logging permissions to imported target bucket: \(logsBucket.node.path)")
            } else if hasPrefix {
                try allowLogDelivery(from: self, prefix: props.serverAccessLogsPrefix)
            }
        }

        /// CloudFormation wants a string for `BucketName`: a token that resolves to anything else
        /// (`Token.asString(5)`) fails at synthesis, as the AWS CDK's property validation does.
        private func addBucketNameTypeValidation() {
            cfnBucket.node.addValidation { [unowned self] in
                guard let name = self.cfnBucket.bucketName, Token.isUnresolved(name),
                      let resolved = try? self.stack.resolve(.string(name)) else { return [] }
                switch resolved {
                case .string: return []
                case .object(let object) where object.keys.contains(where: { $0 == "Ref" || $0.hasPrefix("Fn::") }): return []
                default:
                    return ["Supplied properties not correct for \"CfnBucketProps\"\n  bucketName: \(JSONWriter.compact(resolved)) should be a string."]
                }
            }
        }

        /// The `PublicAccessBlockConfiguration`; with the `publicAccessBlockedByDefault` flag,
        /// settings left unset block.
        private static func renderPublicAccessBlock(_ access: BlockPublicAccess?, at this: Construct) -> CfnBucket.PublicAccessBlockConfigurationProperty? {
            guard var access else { return nil }
            if FeatureFlags.of(this).isEnabled(publicAccessBlockedByDefaultFlag) {
                access = BlockPublicAccess(blockPublicAcls: access.blockPublicAcls ?? true, blockPublicPolicy: access.blockPublicPolicy ?? true,
                                           ignorePublicAcls: access.ignorePublicAcls ?? true, restrictPublicBuckets: access.restrictPublicBuckets ?? true)
            }
            return .init(blockPublicAcls: access.blockPublicAcls, blockPublicPolicy: access.blockPublicPolicy,
                         ignorePublicAcls: access.ignorePublicAcls, restrictPublicBuckets: access.restrictPublicBuckets)
        }

        /// The flag that makes settings left unset in `blockPublicAccess` block (default off).
        static let publicAccessBlockedByDefaultFlag = "@aws-cdk/aws-s3:publicAccessBlockedByDefault"

        static func renderOwnershipControls(_ objectOwnership: ObjectOwnership?, _ accessControl: BucketAccessControl?,
                                            at construct: Construct) throws -> CfnBucket.OwnershipControlsProperty? {
            let requiresOwnership = accessControl.map { ![.private, .bucketOwnerRead, .bucketOwnerFullControl].contains($0) } ?? false
            if objectOwnership == nil && !requiresOwnership { return nil }
            if requiresOwnership && objectOwnership == .bucketOwnerEnforced {
                throw CDKError("MustBeObjectownershipAccesscontrol",
                               "objectOwnership must be set to \"ObjectWriter\" when accessControl is \"\(accessControl?.rawValue ?? "")\"", at: construct)
            }
            return .init(rules: [.init(objectOwnership: (objectOwnership ?? .objectWriter).rawValue)])
        }

        private func renderLifecycleRule(_ rule: LifecycleRule) throws -> CfnBucket.RuleProperty {
            // As in the AWS CDK, any tag filters, even none, conflict with the delete marker.
            if rule.expiredObjectDeleteMarker == true && (rule.expiration != nil || rule.expirationDate != nil || rule.tagFilters != nil) {
                throw CDKError("ExpiredObjectDeleteMarkerCannot", "ExpiredObjectDeleteMarker cannot be specified with expiration, ExpirationDate, or TagFilters.", at: self)
            }
            if rule.abortIncompleteMultipartUploadAfter == nil && rule.expiration == nil && rule.expirationDate == nil
                && rule.expiredObjectDeleteMarker == nil && rule.noncurrentVersionExpiration == nil && rule.noncurrentVersionsToRetain == nil
                && rule.noncurrentVersionTransitions == nil && rule.transitions == nil {
                throw CDKError("RulesLeastFollowingProperties", "All rules for `lifecycleRules` must have at least one of the following properties: `abortIncompleteMultipartUploadAfter`, `expiration`, `expirationDate`, `expiredObjectDeleteMarker`, `noncurrentVersionExpiration`, `noncurrentVersionsToRetain`, `noncurrentVersionTransitions`, or `transitions`", at: self)
            }
            for (name, duration) in [("expiration", rule.expiration), ("noncurrentVersionExpiration", rule.noncurrentVersionExpiration)] {
                if let duration, !Token.isUnresolved(duration.amount), try duration.toDays() < 1 {
                    throw CDKError("ExpirationTooShort", "lifecycleRules: \(name) must be at least 1 day, got \(duration); S3 expires objects a whole number of days after they are created.", at: self)
                }
            }
            for transition in rule.transitions ?? [] where (transition.transitionDate == nil) == (transition.transitionAfter == nil) {
                throw CDKError("ExactlyOneTransitionDateTransition", "Exactly one of transitionDate or transitionAfter must be specified in lifecycle rule transition", at: self)
            }
            let tagFilters = rule.tagFilters.map { $0.map { CfnBucket.TagFilterProperty(key: $0.key, value: $0.value) } }
            return .init(
                abortIncompleteMultipartUpload: try rule.abortIncompleteMultipartUploadAfter.map { .init(daysAfterInitiation: try $0.toDays()) },
                expirationDate: rule.expirationDate,
                expirationInDays: try rule.expiration?.toDays(),
                expiredObjectDeleteMarker: rule.expiredObjectDeleteMarker,
                id: rule.id,
                noncurrentVersionExpiration: try rule.noncurrentVersionExpiration.map {
                    .init(newerNoncurrentVersions: rule.noncurrentVersionsToRetain.map(Double.init), noncurrentDays: try $0.toDays())
                },
                // Empty transition lists are left out, as the AWS CDK's `mapOrUndefined` does.
                noncurrentVersionTransitions: try rule.noncurrentVersionTransitions.flatMap { $0.isEmpty ? nil : $0 }.map { list in
                    try list.map { .init(newerNoncurrentVersions: $0.noncurrentVersionsToRetain.map(Double.init), storageClass: $0.storageClass.value,
                                         transitionInDays: try $0.transitionAfter.toDays()) }
                },
                objectSizeGreaterThan: rule.objectSizeGreaterThan.map(Self.numberToken),
                objectSizeLessThan: rule.objectSizeLessThan.map(Self.numberToken),
                prefix: rule.prefix,
                status: rule.enabled ? "Enabled" : "Disabled",
                tagFilters: tagFilters,
                transitions: try rule.transitions.flatMap { $0.isEmpty ? nil : $0 }.map { list in
                    try list.map { .init(storageClass: $0.storageClass.value, transitionDate: $0.transitionDate,
                                         transitionInDays: try $0.transitionAfter?.toDays()) }
                })
        }

        /// A byte count for a property CloudFormation types as a string: the AWS CDK writes the
        /// number itself (`"ObjectSizeLessThan": 0`), so the string is a token of the number.
        private static func numberToken(_ bytes: Int) -> String { Token.asString(Double(bytes)) }
    }
}
