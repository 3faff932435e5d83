import CDK
import CDKIAM

extension S3 {
    /// The `Custom::S3BucketNotifications` resource of one bucket (its `Notifications` child):
    /// the notification configuration, applied by the stack's handler function. For a bucket of
    /// the app the configuration is managed (replaced); for an imported bucket it is merged
    /// with what the bucket has (`Managed: false`), as always with the
    /// `@aws-cdk/aws-s3:keepNotificationInImportedBucket` flag.
    final class BucketNotifications: Construct {
        static let keepNotificationInImportedBucketFlag = "@aws-cdk/aws-s3:keepNotificationInImportedBucket"
        private unowned let bucket: BucketBase
        private var lambdaConfigurations: [JSONValue] = []
        private var queueConfigurations: [JSONValue] = []
        private var topicConfigurations: [JSONValue] = []
        private var eventBridgeEnabled = false
        private(set) var resource: CfnResource?

        init(_ bucket: BucketBase, _ id: String) throws {
            self.bucket = bucket
            try super.init(bucket, id)
        }

        /// Sends `event` (for keys matching `filters`) to `destination`.
        func addNotification(_ event: EventType, _ destination: any NotificationDestination, filters: [NotificationKeyFilter]) throws {
            let resource = try createResourceOnce()
            let config = try destination.bind(self, bucket: bucket)
            var entry: JSONObject = ["Events": .array([.string(event.rawValue)])]
            if let filter = try renderFilters(filters) { entry["Filter"] = filter }
            for dependency in config.dependencies { resource.node.addDependency(dependency) }
            switch config.type {
            case .lambda:
                entry["LambdaFunctionArn"] = .string(config.arn)
                lambdaConfigurations.append(.object(entry))
            case .queue:
                entry["QueueArn"] = .string(config.arn)
                queueConfigurations.append(.object(entry))
            case .topic:
                entry["TopicArn"] = .string(config.arn)
                topicConfigurations.append(.object(entry))
            }
        }

        /// Sends every event of the bucket to Amazon EventBridge.
        func enableEventBridgeNotification() throws {
            _ = try createResourceOnce()
            eventBridgeEnabled = true
        }

        /// Makes the notifications resource wait for the bucket policy (created later, or already).
        func dependOnBucketPolicy(_ policy: BucketPolicy) {
            resource?.node.addDependency(policy)
        }

        private func createResourceOnce() throws -> CfnResource {
            if let resource { return resource }
            let handler = try NotificationsHandler.singleton(self, role: bucket.notificationsHandlerRole)
            let managed = bucket is Bucket && !FeatureFlags.of(self).isEnabled(Self.keepNotificationInImportedBucketFlag)
            var statements = [IAM.PolicyStatement(actions: ["s3:PutBucketNotification"], resources: [bucket.bucketArn])]
            if !managed { statements.append(IAM.PolicyStatement(actions: ["s3:GetBucketNotification"], resources: [bucket.bucketArn])) }
            let policy = try IAM.Policy(self, "HandlerPolicy") { $0.statements = statements }
            handler.role.attachInlinePolicy(policy)
            let configuration = Lazy.any { [unowned self] in self.renderConfiguration() }
            let resource = try CfnResource(self, "Resource", type: "Custom::S3BucketNotifications", properties: [
                "ServiceToken": .string(handler.functionArn),
                "BucketName": .string(bucket.bucketName),
                "NotificationConfiguration": .string(Token.asString(configuration)),
                "Managed": .bool(managed),
                "SkipDestinationValidation": .bool(bucket.notificationsSkipDestinationValidation),
            ])
            resource.node.addDependency(policy)
            if let bucketPolicy = bucket.policy { resource.node.addDependency(bucketPolicy) }
            self.resource = resource
            return resource
        }

        private func renderConfiguration() -> JSONValue {
            var object = JSONObject()
            if eventBridgeEnabled { object["EventBridgeConfiguration"] = .object([:]) }
            if !lambdaConfigurations.isEmpty { object["LambdaFunctionConfigurations"] = .array(lambdaConfigurations) }
            if !queueConfigurations.isEmpty { object["QueueConfigurations"] = .array(queueConfigurations) }
            if !topicConfigurations.isEmpty { object["TopicConfigurations"] = .array(topicConfigurations) }
            return .object(object)
        }

        private func renderFilters(_ filters: [NotificationKeyFilter]) throws -> JSONValue? {
            if filters.isEmpty { return nil }
            var rules: [JSONValue] = []
            var hasPrefix = false
            var hasSuffix = false
            for filter in filters {
                if filter.prefix == nil && filter.suffix == nil {
                    throw CDKError(code: "NotificationKeyFilterMustSpecifyPrefixOrSuffix", message: "NotificationKeyFilter must specify `prefix` and/or `suffix`", path: node.path)
                }
                if let suffix = filter.suffix {
                    if hasSuffix { throw CDKError(code: "CannotSpecifyMultipleSuffixRules", message: "Cannot specify more than one suffix rule in a filter.", path: node.path) }
                    rules.append(.object(["Name": "suffix", "Value": .string(suffix)]))
                    hasSuffix = true
                }
                if let prefix = filter.prefix {
                    if hasPrefix { throw CDKError(code: "CannotSpecifyMultiplePrefixRules", message: "Cannot specify more than one prefix rule in a filter.", path: node.path) }
                    rules.append(.object(["Name": "prefix", "Value": .string(prefix)]))
                    hasPrefix = true
                }
            }
            return .object(["Key": .object(["FilterRules": .array(rules)])])
        }
    }
}
