import CDK
import CDKIAM

extension Lambda {
    /// The options of an ``Alias`` (the AWS CDK's `AliasOptions`). It extends
    /// ``EventInvokeConfigOptions``.
    public struct AliasOptions: ConstructProps, ExtendingOptions {
        /// How Lambda retries asynchronous invocations through this alias.
        public var options = EventInvokeConfigOptions()
        /// A description of the alias.
        ///
        /// Default: none.
        public var description: String?
        /// Other versions the alias routes a share of the traffic to; the weights add up to at
        /// most 1, the rest goes to the alias's version.
        ///
        /// Default: none.
        public var additionalVersions: [VersionWeight] = []
        /// How many execution environments are kept initialized for the alias.
        ///
        /// Default: none.
        public var provisionedConcurrentExecutions: Int?

        /// Options with every member at its default.
        public init() {}
    }

    /// A version and the share of an alias's traffic it gets (0 to 1).
    public struct VersionWeight {
        /// The version.
        public var version: any VersionRef
        /// The share of the traffic, 0 to 1.
        public var weight: Double

        /// `weight` of the traffic to `version`.
        public init(version: any VersionRef, weight: Double) {
            self.version = version
            self.weight = weight
        }
    }

    /// The props of an ``Alias``.
    public struct AliasProps: ConstructProps, ExtendingOptions {
        /// The alias name (`live`).
        public var aliasName: String
        /// The version the alias points to (usually ``Function/currentVersion``).
        public var version: any VersionRef
        /// Everything else about the alias.
        public var options: AliasOptions

        /// Props of an alias `aliasName` of `version`.
        public init(aliasName: String, version: any VersionRef, options: AliasOptions = AliasOptions()) {
            self.aliasName = aliasName
            self.version = version
            self.options = options
        }
    }

    /// A named pointer to a version (`AWS::Lambda::Alias`). It is a function: grants,
    /// permissions, metrics, event sources and rule targets work on it as on the function, for
    /// the version it points to.
    ///
    /// ```swift
    /// let live = try fn.addAlias("live")
    /// try live.grantInvoke(IAM.ServicePrincipal("apigateway.amazonaws.com"))
    /// ```
    public final class Alias: Resource, FunctionRef {
        /// The version the alias points to.
        public let version: any VersionRef
        /// The alias name.
        public let aliasName: String
        /// The alias's CloudFormation resource.
        public let cfnAlias: CfnAlias
        /// The service-linked role Application Auto Scaling uses for provisioned concurrency
        /// (child `ScalingRole`, imported).
        let scalingRole: any IAM.RoleRef
        /// The scaled provisioned concurrency, once ``addAutoScaling(_:)`` was called.
        var scalableAlias: ScalableFunctionAttribute?

        /// An alias `props.aliasName` of `props.version`.
        public init(_ scope: Construct, _ id: String, _ props: AliasProps, configure: (inout AliasProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            version = props.version
            aliasName = props.aliasName
            cfnAlias = try CfnAlias(this, "Resource", description: props.description, functionName: props.version.lambda.functionName,
                                    functionVersion: props.version.version, name: props.aliasName,
                                    provisionedConcurrencyConfig: try provisionedConcurrency(props.provisionedConcurrentExecutions, at: this).map {
                                        CfnAlias.ProvisionedConcurrencyConfigurationProperty(provisionedConcurrentExecutions: $0)
                                    },
                                    routingConfig: try Self.routingConfig(props.additionalVersions, at: this))
            scalingRole = try IAM.Role.fromRoleArn(this, "ScalingRole", try Stack.of(this).formatArn(ArnComponents(
                service: "iam", resource: "role/aws-service-role/lambda.application-autoscaling.amazonaws.com",
                resourceName: "AWSServiceRoleForApplicationAutoScaling_LambdaConcurrency", region: "")))
            try super.init(this, physicalName: props.aliasName)
            if props.options.options.isSet { try configureAsyncInvoke(props.options.options) }
        }

        /// The routing configuration of `weights`, checked as the AWS CDK checks it.
        private static func routingConfig(_ weights: [VersionWeight], at this: ConstructScope) throws -> CfnAlias.AliasRoutingConfigurationProperty? {
            if weights.isEmpty { return nil }
            for weight in weights where !(0...1).contains(weight.weight) {
                throw CDKError("InvalidVersionWeight", "Additional version weight must be between 0 and 1, got: \(JSONWriter.formatNumber(weight.weight))", at: this)
            }
            let total = weights.reduce(0) { $0 + $1.weight }
            if total > 1 {
                throw CDKError("InvalidVersionWeight", "Sum of additional version weights must not exceed 1, got: \(JSONWriter.formatNumber(total))", at: this)
            }
            return .init(additionalVersionWeights: weights.map { .init(functionVersion: $0.version.version, functionWeight: $0.weight) })
        }

        /// The function the alias's version belongs to.
        public var lambda: any FunctionRef { version.lambda }
        /// The ARN of the alias.
        public var functionArn: String { cfnAlias.ref }
        /// The ARN of the alias (as ``functionArn``).
        public var aliasArn: String { cfnAlias.ref }
        /// `<function name>:<alias name>`, read from the alias's ARN so that using it depends on the alias.
        public var functionName: String { "\(Fn.select(6, Fn.split(":", functionArn))):\(aliasName)" }
        /// The version's role.
        public var role: IAM.Role? { version.role }
        /// The version's principal.
        public var grantPrincipal: any IAM.Principal { version.grantPrincipal }
        /// Aliases in the app can always have permissions.
        public var canCreatePermissions: Bool { true }
        /// What it remembers of its grants and permissions.
        public let permissionBookkeeping = PermissionBookkeeping()
        /// The function the alias qualifies.
        public var unqualifiedFunction: any FunctionRef { lambda }
        /// The alias name, read from the alias's ARN.
        public var qualifier: String? { Fn.select(7, Fn.split(":", functionArn)) }
        /// `FunctionName` of the function and `Resource` `<function name>:<alias>`, as the AWS CDK
        /// writes them for an alias.
        public var metricDimensions: KeyValuePairs<String, String> {
            ["FunctionName": lambda.functionName, "Resource": "\(lambda.functionName):\(aliasName)"]
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKLambda.Lambda.Alias") }
    }
}
