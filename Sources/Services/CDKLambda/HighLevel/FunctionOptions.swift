import CDK
import CDKIAM
import CDKKMS
import CDKLogs
import CDKSNS
import CDKSQS

extension Lambda {
    /// The options of every kind of function (the AWS CDK's `FunctionOptions`): everything but
    /// its code, handler and runtime. It extends ``EventInvokeConfigOptions``.
    public struct FunctionOptions: ConstructProps, ExtendingOptions {
        /// How Lambda retries asynchronous invocations.
        public var options = EventInvokeConfigOptions()
        /// A description of the function, up to 256 characters.
        ///
        /// Default: none.
        public var description: String?
        /// How long an invocation may run, up to 15 minutes.
        ///
        /// Default: no `Timeout` property (3 seconds).
        public var timeout: Duration?
        /// Environment variables, in the order given.
        ///
        /// Default: none.
        public var environment: KeyValuePairs<String, String> = [:]
        /// The function's physical name: up to 64 letters, digits, hyphens or underscores.
        ///
        /// Default: a name CloudFormation generates.
        public var functionName: String?
        /// Statements added to the execution role's policy.
        ///
        /// Default: none.
        public var initialPolicy: [IAM.PolicyStatement] = []
        /// The execution role.
        ///
        /// Default: a new role (child `ServiceRole`) with `AWSLambdaBasicExecutionRole`.
        public var role: IAM.Role?
        /// Whether failed asynchronous invocations go to a dead-letter queue; a queue is created
        /// (child `DeadLetterQueue`, 14 days retention) unless `deadLetterQueue` is given.
        ///
        /// Default: `true` when `deadLetterQueue` is given, otherwise `false`.
        public var deadLetterQueueEnabled: Bool?
        /// Where failed asynchronous invocations go.
        ///
        /// Default: a new queue when `deadLetterQueueEnabled` is `true`, otherwise none.
        public var deadLetterQueue: (any SQS.QueueRef)?
        /// X-Ray tracing; `.active` and `.passThrough` add the X-Ray statement to the role policy.
        ///
        /// Default: no tracing.
        public var tracing: Tracing?
        /// How many concurrent executions are reserved for the function.
        ///
        /// Default: no reservation (the account's unreserved pool).
        public var reservedConcurrentExecutions: Int?
        /// Event sources connected right away.
        ///
        /// Default: none (add them with `addEventSource`).
        public var events: [any EventSource] = []
        /// The instruction set.
        ///
        /// Default: `.x86_64` (no `Architectures` property).
        public var architecture: Architecture?
        /// Memory in MB, 128 to 10,240.
        ///
        /// Default: no `MemorySize` property (128 MB).
        public var memorySize: Int?
        /// An SNS topic failed asynchronous invocations go to (instead of a queue); the role may
        /// publish to it.
        ///
        /// Default: none.
        public var deadLetterTopic: (any SNS.TopicRef)?
        /// The size of `/tmp`, 512 MiB to 10,240 MiB.
        ///
        /// Default: no `EphemeralStorage` property (512 MiB).
        public var ephemeralStorageSize: Size?
        /// The key that encrypts the environment variables at rest (`KmsKeyArn`).
        ///
        /// Default: a key AWS Lambda manages.
        public var environmentEncryption: (any KMS.KeyRef)?
        /// The log group the function writes to (`LoggingConfig.LogGroup`).
        ///
        /// Default: `/aws/lambda/<function name>`, made by Lambda, or, with
        /// `@aws-cdk/aws-lambda:useCdkManagedLogGroup`, by the app (child `LogGroup`).
        public var logGroup: (any Logs.LogGroupRef)?
        /// Layers the function uses, at most 5, each compatible with its runtime.
        ///
        /// Default: none (add them with `addLayers`).
        public var layers: [any LayerVersionRef] = []
        /// The format of the function's logs.
        ///
        /// Default: no `LogFormat` (text).
        public var loggingFormat: LoggingFormat?
        /// The lowest level of application logs kept; needs `loggingFormat` `.json`.
        ///
        /// Default: no `ApplicationLogLevel` (`INFO`).
        public var applicationLogLevel: ApplicationLogLevel?
        /// The lowest level of system logs kept; needs `loggingFormat` `.json`.
        ///
        /// Default: no `SystemLogLevel` (`INFO`).
        public var systemLogLevel: SystemLogLevel?
        /// What Lambda does about recursive loops.
        ///
        /// Default: no `RecursiveLoop` property (`Terminate`).
        public var recursiveLoop: RecursiveLoop?
        /// When the runtime is updated.
        ///
        /// Default: no `RuntimeManagementConfig` (`Auto`).
        public var runtimeManagementMode: RuntimeManagementMode?
        /// SnapStart, for runtimes that support it (warns that only published versions use it).
        ///
        /// Default: none.
        public var snapStart: SnapStartConf?
        /// The options of ``Function/currentVersion``.
        ///
        /// Default: the defaults of ``VersionOptions``.
        public var currentVersionOptions: VersionOptions?
        /// Tenant isolation: each tenant gets execution environments of its own. Not with
        /// SnapStart; event sources other than API Gateway are refused.
        ///
        /// Default: no `TenancyConfig` property (environments are shared).
        public var tenancyConfig: TenancyConfig?
        /// The VPC, subnets and security groups (``FunctionVpcOptions``; `$0.vpc` reads and writes them).
        public var vpcOptions = FunctionVpcOptions()

        /// Options with every member at its default.
        public init() {}
    }

    /// The props of a ``Function``: its runtime, handler and code, and the ``FunctionOptions``
    /// every kind of function shares.
    public struct FunctionProps: ConstructProps, ExtendingOptions {
        /// The runtime (`.python312`, `.nodejs22`, ...).
        public var runtime: Runtime
        /// The entry point (`index.handler`).
        public var handler: String
        /// The code.
        public var code: Code
        /// Everything else about the function.
        public var options: FunctionOptions

        /// Props of a function running `handler` of `code` on `runtime`.
        public init(runtime: Runtime, handler: String, code: Code, options: FunctionOptions = FunctionOptions()) {
            self.runtime = runtime
            self.handler = handler
            self.code = code
            self.options = options
        }
    }
}
