import CDK

extension EC2 {
    /// An AWS service reachable through a gateway endpoint (the AWS CDK's
    /// `GatewayVpcEndpointAwsService`): `com.amazonaws.<region>.<name>`.
    public struct GatewayVpcEndpointAwsService: Sendable {
        /// The service's full name.
        public let name: String

        /// The service `name` (`s3`, `dynamodb`) with `prefix`.
        public init(_ name: String, prefix: String = "com.amazonaws") {
            self.name = "\(prefix).\(Aws.region).\(name)"
        }

        /// Amazon S3.
        public static var s3: GatewayVpcEndpointAwsService { .init("s3") }
        /// Amazon DynamoDB.
        public static var dynamodb: GatewayVpcEndpointAwsService { .init("dynamodb") }
        /// Amazon S3 Express One Zone.
        public static var s3Express: GatewayVpcEndpointAwsService { .init("s3express") }
    }

    /// A service reachable through an interface endpoint (the AWS CDK's
    /// `IInterfaceVpcEndpointService`).
    public protocol InterfaceVpcEndpointServiceRef: Sendable {
        /// The service's full name in the stack's region (`com.amazonaws.eu-west-1.sqs`).
        func name(in stack: Stack) -> String
        /// The port the service listens on.
        var port: Int { get }
        /// Whether private DNS is enabled unless the endpoint says otherwise.
        var privateDnsDefault: Bool { get }
    }

    /// A service of your own or of a partner, by its full name.
    public struct InterfaceVpcEndpointService: InterfaceVpcEndpointServiceRef {
        /// The full service name (`com.amazonaws.vpce.eu-west-1.vpce-svc-...`).
        public let serviceName: String
        /// The port.
        public let port: Int
        /// Private DNS is off by default for custom services.
        public var privateDnsDefault: Bool { false }

        /// The service `serviceName` on `port` (default 443).
        public init(_ serviceName: String, port: Int = 443) {
            self.serviceName = serviceName
            self.port = port
        }

        public func name(in stack: Stack) -> String { serviceName }
    }

    /// An AWS service reachable through an interface endpoint (the AWS CDK's
    /// `InterfaceVpcEndpointAwsService`): `com.amazonaws.<region>.<name>` (`cn.com.amazonaws`
    /// for the services the AWS CDK lists in the China regions), port 443, private DNS on.
    public struct InterfaceVpcEndpointAwsService: InterfaceVpcEndpointServiceRef {
        /// The short name (`sqs`, `ecr.api`).
        public let shortName: String
        /// A prefix that replaces `com.amazonaws`, if any.
        public let prefix: String?
        /// The port.
        public let port: Int
        /// Whether the name leaves out the region (global services).
        public let global: Bool
        /// Private DNS is on by default for AWS services.
        public var privateDnsDefault: Bool { true }

        /// The AWS service `name`.
        public init(_ name: String, prefix: String? = nil, port: Int = 443, global: Bool = false) {
            shortName = name
            self.prefix = prefix
            self.port = port
            self.global = global
        }

        public func name(in stack: Stack) -> String {
            let region = stack.region
            let defaultPrefix = Self.chinaPrefixed[region]?.contains(shortName) == true ? "cn.com.amazonaws" : "com.amazonaws"
            let suffix = (region == "cn-north-1" || region == "cn-northwest-1") && shortName == "transcribe" ? ".cn" : ""
            return "\(prefix ?? defaultPrefix).\(global ? "" : region + ".")\(shortName)\(suffix)"
        }

        /// Amazon ECR's API (`ecr.api`).
        public static var ecr: Self { .init("ecr.api") }
        /// Amazon ECR's Docker registry (`ecr.dkr`).
        public static var ecrDocker: Self { .init("ecr.dkr") }
        /// CloudWatch Logs (`logs`).
        public static var cloudWatchLogs: Self { .init("logs") }
        /// CloudWatch metrics (`monitoring`).
        public static var cloudWatchMonitoring: Self { .init("monitoring") }
        /// EventBridge (`events`).
        public static var eventBridge: Self { .init("events") }
        /// Secrets Manager (`secretsmanager`).
        public static var secretsManager: Self { .init("secretsmanager") }
        /// Systems Manager (`ssm`).
        public static var ssm: Self { .init("ssm") }
        /// Systems Manager messages (`ssmmessages`).
        public static var ssmMessages: Self { .init("ssmmessages") }
        /// STS (`sts`).
        public static var sts: Self { .init("sts") }
        /// SQS (`sqs`).
        public static var sqs: Self { .init("sqs") }
        /// SNS (`sns`).
        public static var sns: Self { .init("sns") }
        /// KMS (`kms`).
        public static var kms: Self { .init("kms") }
        /// Lambda (`lambda`).
        public static var lambda: Self { .init("lambda") }
        /// API Gateway (`execute-api`).
        public static var apiGateway: Self { .init("execute-api") }
        /// ECS (`ecs`).
        public static var ecs: Self { .init("ecs") }
        /// ECS agent (`ecs-agent`).
        public static var ecsAgent: Self { .init("ecs-agent") }
        /// ECS telemetry (`ecs-telemetry`).
        public static var ecsTelemetry: Self { .init("ecs-telemetry") }
        /// Step Functions (`states`).
        public static var stepFunctions: Self { .init("states") }
        /// X-Ray (`xray`).
        public static var xray: Self { .init("xray") }
        /// RDS (`rds`).
        public static var rds: Self { .init("rds") }
        /// EC2 (`ec2`).
        public static var ec2: Self { .init("ec2") }

        /// The services the AWS CDK names `cn.com.amazonaws.<region>...` in the China regions.
        static let chinaPrefixed: [String: Set<String>] = [
            "cn-north-1": ["application-autoscaling", "appmesh-envoy-management", "athena", "autoscaling", "awsconnector",
                           "backup", "batch", "cassandra", "cloudcontrolapi", "cloudformation", "codedeploy-commands-secure", "databrew", "dms",
                           "ebs", "ec2", "ecr.api", "ecr.dkr", "eks", "elasticache", "elasticbeanstalk", "elasticfilesystem",
                           "elasticfilesystem-fips", "emr-containers", "execute-api", "fsx", "imagebuilder", "iot.data", "iotsitewise.api",
                           "iotsitewise.data", "kinesis-streams", "lambda", "license-manager", "monitoring", "rds", "redshift", "redshift-data",
                           "s3", "sagemaker.api", "sagemaker.featurestore-runtime", "sagemaker.runtime", "securityhub", "servicecatalog",
                           "sms", "sqs", "states", "sts", "sync-states", "synthetics", "transcribe", "transcribestreaming", "transfer", "xray"],
            "cn-northwest-1": ["account", "application-autoscaling", "appmesh-envoy-management", "athena", "autoscaling", "awsconnector",
                               "backup", "batch", "cassandra", "cloudcontrolapi", "cloudformation", "codedeploy-commands-secure", "databrew", "dms", "ebs", "ec2",
                               "ecr.api", "ecr.dkr", "eks", "elasticache", "elasticbeanstalk", "elasticfilesystem", "elasticfilesystem-fips", "emr-containers",
                               "execute-api", "fsx", "imagebuilder", "iot.data", "kinesis-streams", "lambda", "license-manager", "monitoring", "polly", "rds",
                               "redshift", "redshift-data", "s3", "sagemaker.api", "sagemaker.featurestore-runtime", "sagemaker.runtime", "securityhub",
                               "servicecatalog", "sms", "sqs", "states", "sts", "sync-states", "synthetics", "transcribe", "transcribestreaming", "transfer",
                               "workspaces", "xray"],
        ]
    }
}
