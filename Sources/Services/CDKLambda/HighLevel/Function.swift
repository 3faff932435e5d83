import CDK
import CDKEC2
import CDKIAM
import CDKLogs
import CDKSNS
import CDKSQS

extension Lambda {
    /// A Lambda function (`AWS::Lambda::Function`). Without `role`, it gets a `ServiceRole` with
    /// `AWSLambdaBasicExecutionRole`; grants to the function go to that role's `DefaultPolicy`,
    /// and the function depends on both, exactly as in the AWS CDK.
    ///
    /// ```swift
    /// let fn = try Lambda.Function(stack, "Worker", .init(runtime: .python312, handler: "index.handler",
    ///                                                     code: .fromInline("def handler(event, context):\n    return {}"))) {
    ///     $0.timeout = .seconds(10)
    ///     $0.environment = ["TABLE": table.tableName]
    /// }
    /// try queue.grantConsumeMessages(fn)
    /// ```
    public final class Function: Resource, FunctionRef {
        /// The execution role.
        public let executionRole: IAM.Role
        /// The runtime.
        public let runtime: Runtime
        /// The timeout, if set.
        public let timeout: Duration?
        /// The instruction set.
        public let architecture: Architecture
        /// The dead-letter queue, if any.
        public let deadLetterQueue: (any SQS.QueueRef)?
        /// The dead-letter topic, if any.
        public let deadLetterTopic: (any SNS.TopicRef)?
        /// The tenant isolation, if any.
        public let tenancyConfig: TenancyConfig?
        /// The log group given in `logGroup`, or made for the function; `nil` when Lambda makes it.
        public private(set) var logGroup: (any Logs.LogGroupRef)?
        private var environmentVariables: [(key: String, value: String)] = []
        /// The connections of a function in a VPC.
        let vpcConnections: EC2.Connections?
        /// The function's CloudFormation resource.
        public let cfnFunction: CfnFunction

        /// A function.
        public init(_ scope: Construct, _ id: String, _ props: FunctionProps,
                    configure: (inout FunctionProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            try Self.validate(props, at: this)
            runtime = props.runtime
            timeout = props.timeout
            architecture = props.architecture ?? .x86_64
            tenancyConfig = props.tenancyConfig
            executionRole = try props.role ?? IAM.Role(this, "ServiceRole", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))) {
                $0.managedPolicies = [IAM.ManagedPolicy.fromAwsManagedPolicyName("service-role/AWSLambdaBasicExecutionRole")]
                    + FunctionVpcPlacement.managedPolicies(props.options.vpcOptions)
            }
            for statement in props.initialPolicy { _ = try executionRole.addToPrincipalPolicy(statement) }
            for (key, _) in props.environment { try Self.checkEnvironmentName(key, at: this) }
            environmentVariables = props.environment.map { ($0.key, $0.value) }

            let bookkeeping = PermissionBookkeeping()
            permissionBookkeeping = bookkeeping
            let deadLetterTarget = try DeadLetterTarget.make(props.options, role: executionRole, scope: this, bookkeeping: bookkeeping)
            if case .queue(let queue)? = deadLetterTarget { deadLetterQueue = queue } else { deadLetterQueue = nil }
            if case .topic(let topic)? = deadLetterTarget { deadLetterTopic = topic } else { deadLetterTopic = nil }

            let vpcPlacement = try FunctionVpcPlacement.make(props.options.vpcOptions, at: this)
            vpcConnections = vpcPlacement?.connections
            cfnFunction = try CfnFunction(
                this, "Resource",
                architectures: props.architecture.map { [$0.rawValue] },
                code: try props.code.bind(this, runtime: props.runtime),
                deadLetterConfig: deadLetterTarget.map { CfnFunction.DeadLetterConfigProperty(targetArn: $0.targetArn) },
                description: props.description,
                ephemeralStorage: try props.ephemeralStorageSize.map { CfnFunction.EphemeralStorageProperty(size: try $0.toMebibytes()) },
                functionName: props.functionName,
                handler: props.handler,
                kmsKeyArn: props.environmentEncryption?.keyArn,
                loggingConfig: try Self.loggingConfig(props.options, at: this),
                memorySize: props.memorySize.map(Double.init),
                recursiveLoop: props.recursiveLoop?.rawValue,
                reservedConcurrentExecutions: props.reservedConcurrentExecutions.map(Double.init),
                role: executionRole.roleArn,
                runtime: props.runtime.name,
                runtimeManagementConfig: props.runtimeManagementMode?.config,
                snapStart: try Self.snapStart(props, at: this),
                tenancyConfig: props.tenancyConfig?.property,
                timeout: try props.timeout?.toSeconds())
            cfnFunction.vpcConfig = vpcPlacement?.config
            currentVersionOptions = props.currentVersionOptions ?? VersionOptions()
            try super.init(this, physicalName: props.functionName)
            if props.snapStart != nil {
                Annotations.of(self).addWarningV2("@aws-cdk/aws-lambda:snapStartRequirePublish", "SnapStart only supports published Lambda versions. Ignore if function already has published versions.")
            }
            if let vpcPlacement { node.addDependency(vpcPlacement.connectivity) }
            renderEnvironment()
            if let tracing = props.tracing, tracing != .disabled {
                try addToRolePolicy(IAM.PolicyStatement(actions: ["xray:PutTraceSegments", "xray:PutTelemetryRecords"], resources: ["*"]))
                cfnFunction.tracingConfig = CfnFunction.TracingConfigProperty(mode: tracing.rawValue)
            }
            cfnFunction.node.addDependency(executionRole)
            try addLayers(props.layers)
            for event in props.events { try addEventSource(event) }
            logGroup = try makeLogGroup(props.options)
            if props.options.options.isSet { try configureAsyncInvoke(props.options.options) }
        }

        /// Checks the name, description and dead-letter options, as the AWS CDK does.
        private static func validate(_ props: FunctionProps, at this: ConstructScope) throws {
            if let functionName = props.functionName, !Token.isUnresolved(functionName) {
                if functionName.count > 64 {
                    throw CDKError("FunctionNameTooLong", "Function name can not be longer than 64 characters but has \(functionName.count) characters.", at: this)
                }
                let allowed = functionName.unicodeScalars.allSatisfy {
                    $0.isASCIILetterOrDigit || $0 == "-" || $0 == "_"
                }
                if functionName.isEmpty || !allowed {
                    throw CDKError("InvalidFunctionNameFormat", "Function name \(functionName) can contain only letters, numbers, hyphens, or underscores with no spaces.", at: this)
                }
            }
            if let description = props.description, !Token.isUnresolved(description), description.count > 256 {
                throw CDKError("DescriptionTooLong", "Function description can not be longer than 256 characters but has \(description.count) characters.", at: this)
            }
            try checkEphemeralStorage(props.ephemeralStorageSize, at: this)
        }

        /// The function's ARN.
        public var functionArn: String { cfnFunction.attrArn }
        /// The function's name.
        public var functionName: String { cfnFunction.ref }
        /// The principal grants go to: the execution role.
        public var grantPrincipal: any IAM.Principal { executionRole }
        /// The execution role.
        public var role: IAM.Role? { executionRole }
        /// Functions in the app can always have permissions.
        public var canCreatePermissions: Bool { true }
        /// What the function remembers of its grants and permissions.
        public let permissionBookkeeping: PermissionBookkeeping

        /// Adds an environment variable.
        @discardableResult
        public func addEnvironment(_ key: String, _ value: String) throws -> Function {
            try Self.checkEnvironmentName(key, at: self)
            if let index = environmentVariables.firstIndex(where: { $0.key == key }) {
                environmentVariables[index].value = value
            } else {
                environmentVariables.append((key, value))
            }
            renderEnvironment()
            return self
        }

        /// An alias `aliasName` of the function's ``currentVersion`` (child `Alias<aliasName>`).
        @discardableResult
        public func addAlias(_ aliasName: String, _ options: AliasOptions = AliasOptions(),
                             configure: (inout AliasOptions) throws -> Void = { _ in }) throws -> Alias {
            try Alias(self, "Alias" + aliasName, .init(aliasName: aliasName, version: try currentVersion, options: try options.with(configure)))
        }

        /// Renders the `Environment` property from the variables, in the order they were given
        /// (the generated property type takes a dictionary, which would sort them), once there are any.
        private func renderEnvironment() {
            guard !environmentVariables.isEmpty, !environmentRendered else { return }
            environmentRendered = true
            let variables = Lazy.any { [unowned self] in .object(self.renderedVariables) }
            cfnFunction.addPropertyOverride("Environment", ["Variables": .string(Token.asString(variables))])
        }

        private var environmentRendered = false

        /// The variables as written: in the order given, or sorted by name once `currentVersion`
        /// is used (as the AWS CDK does, so that the version hash does not depend on the order).
        private var renderedVariables: JSONObject {
            let pairs = currentVersionStorage == nil ? environmentVariables : environmentVariables.sorted { $0.key < $1.key }
            return JSONObject(pairs.map { ($0.key, JSONValue.string($0.value)) })
        }

        private var currentVersionStorage: Version?
        private let currentVersionOptions: VersionOptions

        /// A version of the function that changes whenever its configuration does: its logical id
        /// ends with the MD5 of the version-relevant properties, exactly as the AWS CDK computes it.
        public var currentVersion: Version {
            get throws {
                if let currentVersionStorage { return currentVersionStorage }
                if permissionBookkeeping.warnIfCurrentVersionCalled { Lambda.warnInvokePermissionOnFunction(self) }
                let version = try Version(self, "CurrentVersion", .init(lambda: self, options: currentVersionOptions))
                currentVersionStorage = version
                let cfnVersion = version.cfnVersion
                let originalId = try cfnVersion.resolvedLogicalId
                // The hash is taken once the configuration is final: validation runs before the templates are written.
                node.addValidation { [unowned self] in
                    do {
                        try cfnVersion.overrideLogicalId(String(originalId.suffix(255 - 32)) + self.configurationHash())
                        return []
                    } catch {
                        return ["Cannot compute the hash of the current version: \(error)"]
                    }
                }
                return version
            }
        }

        /// The MD5 of the function's version-locked properties, resolved, in the AWS CDK's key order.
        func configurationHash() throws -> String {
            guard case .object(var properties)? = try stack.resolve(.object(try cfnFunction.renderProperties())) else {
                return Names.md5Hex("{}")
            }
            if !environmentVariables.isEmpty { properties["Environment"] = ["Variables": .object(renderedVariables)] }
            var ordered: [(String, JSONValue)] = []
            for key in Self.versionPropertyOrder { if let value = properties[key] { ordered.append((key, value)) } }
            for key in properties.keys.sorted() where !Self.versionPropertyOrder.contains(key) && !Self.versionUnlocked.contains(key) {
                if let value = properties[key] { ordered.append((key, value)) }
            }
            return Names.md5Hex(JSONWriter.compact(.object(JSONObject(ordered))))
        }

        /// The order the AWS CDK sorts function properties in before hashing them.
        static let versionPropertyOrder = [
            "Code", "Handler", "Role", "Runtime", "Architectures", "CodeSigningConfigArn", "DeadLetterConfig", "Description",
            "Environment", "EphemeralStorage", "FileSystemConfigs", "FunctionName", "ImageConfig", "KmsKeyArn", "Layers",
            "MemorySize", "PackageType", "ReservedConcurrentExecutions", "RuntimeManagementConfig", "SnapStart", "Tags",
            "Timeout", "TracingConfig", "VpcConfig",
        ].filter { !versionUnlocked.contains($0) }

        /// Properties that can change without a new version.
        static let versionUnlocked: Set<String> = ["CodeSigningConfigArn", "ReservedConcurrentExecutions", "Tags", "TenancyConfig"]

        /// A function defined outside the app, by ARN; grants on it do nothing to its (unknown) role.
        public static func fromFunctionArn(_ scope: Construct, _ id: String, functionArn: String) throws -> any FunctionRef {
            try ImportedFunction(scope, id, FunctionAttributes(functionArn: functionArn))
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKLambda.Lambda.Function") }
    }
}
