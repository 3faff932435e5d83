import CDK
import CDKIAM
import CDKSQS

extension Lambda {
    /// A Lambda function (`AWS::Lambda::Function`). Without `role`, it gets a `ServiceRole` with
    /// `AWSLambdaBasicExecutionRole`; grants to the function go to that role's `DefaultPolicy`,
    /// and the function depends on both, exactly as in the AWS CDK.
    ///
    /// ```swift
    /// let fn = try Lambda.Function(stack, "Worker", runtime: .python312, handler: "index.handler",
    ///                              code: .fromInline("def handler(event, context):\n    return {}"),
    ///                              timeout: .seconds(10), environment: ["TABLE": table.tableName])
    /// try queue.grantConsumeMessages(fn)
    /// ```
    public final class Function: Resource, FunctionRef {
        /// The execution role.
        public private(set) var role: IAM.Role?
        /// The runtime.
        public let runtime: Runtime
        /// The timeout, if set.
        public let timeout: Duration?
        /// The instruction set.
        public let architecture: Architecture
        /// The dead-letter queue, if any.
        public private(set) var deadLetterQueue: (any SQS.QueueRef)?
        private var environmentVariables: [(key: String, value: String)] = []
        private var resource: CfnFunction!

        /// A function.
        ///
        /// - Parameters:
        ///   - functionName: Up to 64 letters, digits, hyphens or underscores.
        ///   - description: Up to 256 characters.
        ///   - tracing: `.active` or `.passThrough` add the X-Ray statement to the role policy.
        ///   - deadLetterQueue: Where failed asynchronous invocations go; `deadLetterQueueEnabled`
        ///     alone creates a queue (`DeadLetterQueue`, 14 days retention).
        ///   - role: The execution role (default: a new `ServiceRole`).
        ///   - initialPolicy: Statements added to the role policy.
        ///   - events: Event sources connected right away.
        public init(
            _ scope: Construct, _ id: String,
            runtime: Runtime,
            handler: String,
            code: Code,
            memorySize: Double? = nil,
            timeout: Duration? = nil,
            environment: KeyValuePairs<String, String> = [:],
            description: String? = nil,
            functionName: String? = nil,
            tracing: Tracing? = nil,
            reservedConcurrentExecutions: Double? = nil,
            deadLetterQueue: (any SQS.QueueRef)? = nil,
            deadLetterQueueEnabled: Bool? = nil,
            role: IAM.Role? = nil,
            architecture: Architecture? = nil,
            initialPolicy: [IAM.PolicyStatement] = [],
            events: [any EventSource] = []
        ) throws {
            let path = scope.node.path.isEmpty ? id : scope.node.path + "/" + id
            if let functionName, !Token.isUnresolved(functionName) {
                if functionName.count > 64 {
                    throw CDKError(code: "FunctionNameTooLong", message: "Function name can not be longer than 64 characters but has \(functionName.count) characters.", path: path)
                }
                if functionName.isEmpty || !functionName.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }) {
                    throw CDKError(code: "InvalidFunctionNameFormat", message: "Function name \(functionName) can contain only letters, numbers, hyphens, or underscores with no spaces.", path: path)
                }
            }
            if let description, !Token.isUnresolved(description), description.count > 256 {
                throw CDKError(code: "DescriptionTooLong", message: "Function description can not be longer than 256 characters but has \(description.count) characters.", path: path)
            }
            if deadLetterQueue != nil && deadLetterQueueEnabled == false {
                throw CDKError(code: "DeadLetterQueueDisabled", message: "deadLetterQueue defined but deadLetterQueueEnabled explicitly set to false", path: path)
            }
            self.runtime = runtime
            self.timeout = timeout
            self.architecture = architecture ?? .x86_64
            try super.init(scope, id, physicalName: functionName)
            let executionRole = try role ?? IAM.Role(
                self, "ServiceRole", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"),
                managedPolicies: [IAM.ManagedPolicy.fromAwsManagedPolicyName("service-role/AWSLambdaBasicExecutionRole")])
            self.role = executionRole
            for statement in initialPolicy { _ = try executionRole.addToPrincipalPolicy(statement) }
            environmentVariables = environment.map { ($0.key, $0.value) }

            if deadLetterQueue != nil || deadLetterQueueEnabled == true {
                let queue = try deadLetterQueue ?? SQS.Queue(self, "DeadLetterQueue", retentionPeriod: .days(14))
                _ = try executionRole.addToPrincipalPolicy(IAM.PolicyStatement(actions: ["sqs:SendMessage"], resources: [queue.queueArn]))
                self.deadLetterQueue = queue
            }

            let codeProperty = try code.bind(self, runtime: runtime)
            let resource = try CfnFunction(
                self, "Resource",
                architectures: architecture.map { [$0.rawValue] },
                code: codeProperty,
                deadLetterConfig: self.deadLetterQueue.map { CfnFunction.DeadLetterConfigProperty(targetArn: $0.queueArn) },
                description: description,
                functionName: functionName,
                handler: handler,
                memorySize: memorySize,
                reservedConcurrentExecutions: reservedConcurrentExecutions,
                role: executionRole.roleArn,
                runtime: runtime.name,
                timeout: try timeout?.toSeconds())
            self.resource = resource
            renderEnvironment()
            if let tracing, tracing != .disabled {
                _ = try executionRole.addToPrincipalPolicy(IAM.PolicyStatement(
                    actions: ["xray:PutTraceSegments", "xray:PutTelemetryRecords"], resources: ["*"]))
                resource.tracingConfig = CfnFunction.TracingConfigProperty(mode: tracing.rawValue)
            }
            resource.node.addDependency(executionRole)
            for event in events { try addEventSource(event) }
        }

        /// The function's CloudFormation resource.
        public var cfnFunction: CfnFunction { resource }
        /// The function's ARN.
        public var functionArn: String { resource.attrArn }
        /// The function's name.
        public var functionName: String { resource.ref }
        /// The principal grants go to: the execution role.
        public var grantPrincipal: any IAM.Principal { role! }
        /// Functions in the app can always have permissions.
        public var canCreatePermissions: Bool { true }

        /// Adds an environment variable.
        @discardableResult
        public func addEnvironment(_ key: String, _ value: String) -> Function {
            if let index = environmentVariables.firstIndex(where: { $0.key == key }) {
                environmentVariables[index].value = value
            } else {
                environmentVariables.append((key, value))
            }
            renderEnvironment()
            return self
        }

        /// A new version of the function (`AWS::Lambda::Version`) named `Version<name>`.
        public func addVersion(_ name: String, description: String? = nil) throws -> Version {
            try Version(self, "Version" + name, lambda: self, description: description)
        }

        /// Renders the `Environment` property from the variables, in the order they were given
        /// (the generated property type takes a dictionary, which would sort them), once there are any.
        private func renderEnvironment() {
            guard !environmentVariables.isEmpty, !environmentRendered else { return }
            environmentRendered = true
            let variables = Lazy.any { [unowned self] in .object(self.renderedVariables) }
            resource.addPropertyOverride("Environment", ["Variables": .string(Token.asString(variables))])
        }

        private var environmentRendered = false

        /// The variables as written: in the order given, or sorted by name once `currentVersion`
        /// is used (as the AWS CDK does, so that the version hash does not depend on the order).
        private var renderedVariables: JSONObject {
            let pairs = currentVersionStorage == nil ? environmentVariables : environmentVariables.sorted { $0.key < $1.key }
            return JSONObject(pairs.map { ($0.key, JSONValue.string($0.value)) })
        }

        private var currentVersionStorage: Version?

        /// A version of the function that changes whenever its configuration does: its logical id
        /// ends with the MD5 of the version-relevant properties, exactly as the AWS CDK computes it.
        public var currentVersion: Version {
            get throws {
                if let currentVersionStorage { return currentVersionStorage }
                let version = try Version(self, "CurrentVersion", lambda: self)
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
            guard case .object(var properties)? = try stack.resolve(.object(try resource.renderProperties())) else {
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
            try ImportedFunction(scope, id, functionArn: functionArn, role: nil)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKLambda.Lambda.Function") }
    }
}
