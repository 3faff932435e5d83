import CDK
import CDKIAM
import CDKLogs
import CDKS3

extension EC2 {
    /// Which traffic a flow log records.
    public enum FlowLogTrafficType: String, Sendable {
        /// Accepted traffic only.
        case accept = "ACCEPT"
        /// All traffic.
        case all = "ALL"
        /// Rejected traffic only.
        case reject = "REJECT"
    }

    /// How long packets are aggregated into one flow log record.
    public enum FlowLogMaxAggregationInterval: Int, Sendable {
        /// One minute.
        case oneMinute = 60
        /// Ten minutes.
        case tenMinutes = 600
    }

    /// The file format of flow logs in S3.
    public enum FlowLogFileFormat: String, Sendable {
        /// Plain text.
        case plainText = "plain-text"
        /// Apache Parquet.
        case parquet
    }

    /// What a flow log watches (the AWS CDK's `FlowLogResourceType`).
    public struct FlowLogResourceType {
        /// `VPC`, `Subnet`, `NetworkInterface`, `TransitGateway` or `TransitGatewayAttachment`.
        public let resourceType: String
        /// The id of the watched resource.
        public let resourceId: String

        /// A whole VPC.
        public static func fromVpc(_ vpc: any VpcRef) -> FlowLogResourceType { .init(resourceType: "VPC", resourceId: vpc.vpcId) }
        /// One subnet.
        public static func fromSubnet(_ subnet: any SubnetRef) -> FlowLogResourceType { .init(resourceType: "Subnet", resourceId: subnet.subnetId) }
        /// One network interface, by id.
        public static func fromNetworkInterfaceId(_ id: String) -> FlowLogResourceType { .init(resourceType: "NetworkInterface", resourceId: id) }
    }

    /// Where a flow log writes (the AWS CDK's `FlowLogDestination`).
    public enum FlowLogDestination {
        /// A CloudWatch Logs log group, written by a role that `vpc-flow-logs.amazonaws.com` assumes.
        /// Without them: a new log group (child `LogGroup`) and role (child `IAMRole`).
        case cloudWatchLogs(logGroup: (any Logs.LogGroupRef)? = nil, role: (any IAM.RoleRef)? = nil)
        /// An S3 bucket, optionally under `keyPrefix`. Without a bucket: a new, retained one (child `Bucket`).
        case s3(bucket: (any S3.BucketRef)? = nil, keyPrefix: String? = nil, options: S3DestinationOptions = S3DestinationOptions())

        /// CloudWatch Logs with a new log group and role.
        public static func toCloudWatchLogs() -> FlowLogDestination { .cloudWatchLogs() }
        /// S3 with a new bucket.
        public static func toS3() -> FlowLogDestination { .s3() }
    }

    /// Options of flow logs written to S3.
    public struct S3DestinationOptions: Sendable {
        /// Whether prefixes are Hive-compatible.
        ///
        /// Default: `false`.
        public var hiveCompatiblePartitions: Bool?
        /// The file format.
        ///
        /// Default: `.plainText`.
        public var fileFormat: FlowLogFileFormat?
        /// Whether logs are partitioned per hour.
        ///
        /// Default: `false`.
        public var perHourPartition: Bool?

        /// Options with every member at its default.
        public init(hiveCompatiblePartitions: Bool? = nil, fileFormat: FlowLogFileFormat? = nil, perHourPartition: Bool? = nil) {
            self.hiveCompatiblePartitions = hiveCompatiblePartitions
            self.fileFormat = fileFormat
            self.perHourPartition = perHourPartition
        }
    }

    /// The options of a flow log (the AWS CDK's `FlowLogOptions`).
    public struct FlowLogOptions {
        /// Which traffic to record.
        ///
        /// Default: `.all`.
        public var trafficType: FlowLogTrafficType?
        /// Where to write.
        ///
        /// Default: `.toCloudWatchLogs()` (a new log group and role).
        public var destination: FlowLogDestination?
        /// The fields of a record, in order (`${srcaddr}` style names, as AWS documents them).
        ///
        /// Default: the default format.
        public var logFormat: [String]?
        /// The aggregation interval.
        ///
        /// Default: no `MaxAggregationInterval` property (10 minutes).
        public var maxAggregationInterval: FlowLogMaxAggregationInterval?

        /// Options with every member at its default.
        public init() {}
    }

    /// The props of a ``FlowLog``.
    public struct FlowLogProps: ConstructProps, ExtendingOptions {
        /// What the flow log watches.
        public var resourceType: FlowLogResourceType
        /// The flow log's `Name` tag.
        ///
        /// Default: the construct's path.
        public var flowLogName: String?
        /// Traffic, destination and format.
        public var options: FlowLogOptions

        /// Props of a flow log of `resourceType`.
        public init(resourceType: FlowLogResourceType, options: FlowLogOptions = FlowLogOptions()) {
            self.resourceType = resourceType
            self.options = options
        }
    }

    /// A flow log (`AWS::EC2::FlowLog`, child `FlowLog`), with its destination's resources as
    /// the AWS CDK makes them.
    public final class FlowLog: Resource {
        /// The flow log's CloudFormation resource.
        public let cfnFlowLog: CfnFlowLog
        /// The log group, for CloudWatch Logs destinations.
        public let logGroup: (any Logs.LogGroupRef)?
        /// The role that writes the logs, for CloudWatch Logs destinations.
        public let iamRole: (any IAM.RoleRef)?
        /// The bucket, for S3 destinations.
        public let bucket: (any S3.BucketRef)?

        /// A flow log.
        public init(_ scope: Construct, _ id: String, _ props: FlowLogProps,
                    configure: (inout FlowLogProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            let stack = try Stack.of(this)
            var logDestination: String?
            var destinationOptions: JSONValue?
            switch props.destination ?? .toCloudWatchLogs() {
            case .cloudWatchLogs(let givenGroup, let givenRole):
                let role = try givenRole ?? IAM.Role(this, "IAMRole", .init(assumedBy: IAM.ServicePrincipal("vpc-flow-logs.amazonaws.com"))) {
                    $0.roleName = PhysicalName.generateIfNeeded
                }
                let group = try givenGroup ?? Logs.LogGroup(this, "LogGroup")
                _ = try role.addToPrincipalPolicy(IAM.PolicyStatement(
                    actions: ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"], resources: [group.logGroupArn]))
                iamRole = role
                logGroup = group
                bucket = nil
            case .s3(let givenBucket, let keyPrefix, let options):
                let bucket = try givenBucket ?? S3.Bucket(this, "Bucket") { $0.removalPolicy = .retain }
                if FeatureFlags.of(this).isEnabled("@aws-cdk/aws-s3:createDefaultLoggingPolicy") {
                    try Self.addLogDeliveryPolicy(to: bucket, keyPrefix: keyPrefix, options: options, stack: stack)
                }
                logDestination = keyPrefix.map { bucket.arnForObjects($0) } ?? bucket.bucketArn
                if options.fileFormat != nil || options.perHourPartition == true || options.hiveCompatiblePartitions == true {
                    // The AWS CDK writes these keys in camel case, as the property is untyped there.
                    destinationOptions = [
                        "fileFormat": .string((options.fileFormat ?? .plainText).rawValue),
                        "perHourPartition": .bool(options.perHourPartition ?? false),
                        "hiveCompatiblePartitions": .bool(options.hiveCompatiblePartitions ?? false),
                    ]
                }
                self.bucket = bucket
                iamRole = nil
                logGroup = nil
            }
            cfnFlowLog = try CfnFlowLog(
                this, "FlowLog", deliverLogsPermissionArn: iamRole?.roleArn, logDestination: logDestination,
                logDestinationType: bucket == nil ? "cloud-watch-logs" : "s3", logFormat: props.logFormat?.joined(separator: " "),
                logGroupName: logGroup?.logGroupName, maxAggregationInterval: props.maxAggregationInterval.map { Double($0.rawValue) },
                resourceId: props.resourceType.resourceId, resourceType: props.resourceType.resourceType,
                trafficType: (props.trafficType ?? .all).rawValue)
            if let destinationOptions { cfnFlowLog.addPropertyOverride("DestinationOptions", destinationOptions) }
            if let policy = bucket?.policy { try cfnFlowLog.addDependency(policy.cfnBucketPolicy) }
            try super.init(this)
            node.defaultChild = cfnFlowLog
            try Tags.of(self).add("Name", props.flowLogName ?? node.path)
        }

        /// The flow log's id.
        public var flowLogId: String { cfnFlowLog.ref }

        /// The statements the AWS CDK gives the log delivery service on the bucket.
        private static func addLogDeliveryPolicy(to bucket: any S3.BucketRef, keyPrefix: String?, options: S3DestinationOptions, stack: Stack) throws {
            var prefix = keyPrefix ?? ""
            if !prefix.isEmpty && !prefix.hasSuffix("/") { prefix += "/" }
            let objects = options.hiveCompatiblePartitions == true
                ? bucket.arnForObjects("\(prefix)AWSLogs/aws-account-id=\(stack.account)/*")
                : bucket.arnForObjects("\(prefix)AWSLogs/\(stack.account)/*")
            let sourceArn = stack.formatArn(ArnComponents(service: "logs", resource: "*"))
            _ = try bucket.addToResourcePolicy(IAM.PolicyStatement(
                actions: ["s3:PutObject"], resources: [objects], principals: [IAM.ServicePrincipal("delivery.logs.amazonaws.com")],
                conditions: ["StringEquals": ["s3:x-amz-acl": "bucket-owner-full-control", "aws:SourceAccount": .string(stack.account)],
                             "ArnLike": ["aws:SourceArn": .string(sourceArn)]]))
            _ = try bucket.addToResourcePolicy(IAM.PolicyStatement(
                actions: ["s3:GetBucketAcl", "s3:ListBucket"], resources: [bucket.bucketArn],
                principals: [IAM.ServicePrincipal("delivery.logs.amazonaws.com")],
                conditions: ["StringEquals": ["aws:SourceAccount": .string(stack.account)], "ArnLike": ["aws:SourceArn": .string(sourceArn)]]))
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKEC2.EC2.FlowLog") }
    }
}
