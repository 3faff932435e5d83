import CDK

extension CodeDeploy {
    /// How a Lambda deployment group shifts traffic: one of CodeDeploy's own configurations
    /// (``LambdaDeploymentConfig/canary10Percent5Minutes`` and the others), a custom
    /// ``LambdaDeploymentConfig`` or an imported one (the AWS CDK's `ILambdaDeploymentConfig`).
    public protocol LambdaDeploymentConfigRef {
        /// The configuration's name.
        var deploymentConfigName: String { get }
        /// The configuration's ARN.
        var deploymentConfigArn: String { get }
    }

    /// A deployment configuration that CodeDeploy defines (`CodeDeployDefault.Lambda...`).
    public struct PredefinedLambdaDeploymentConfig: LambdaDeploymentConfigRef, Sendable {
        /// The configuration's name, `CodeDeployDefault.Lambda...`.
        public let deploymentConfigName: String

        /// The configuration's ARN, in the account and region of the deployment.
        public var deploymentConfigArn: String { CodeDeploy.deploymentConfigArn(named: deploymentConfigName) }

        /// The configuration as a group in `environment` uses it: its ARN in that account and region.
        func bound(to environment: ResourceEnvironment) -> any LambdaDeploymentConfigRef {
            DeploymentConfigReference(deploymentConfigName: deploymentConfigName,
                                      deploymentConfigArn: CodeDeploy.deploymentConfigArn(named: deploymentConfigName, account: environment.account,
                                                                                          region: environment.region))
        }
    }

    /// A configuration known by its name and ARN.
    struct DeploymentConfigReference: LambdaDeploymentConfigRef {
        let deploymentConfigName: String
        let deploymentConfigArn: String
    }

    /// The props of a ``LambdaDeploymentConfig``.
    public struct LambdaDeploymentConfigProps: ConstructProps {
        /// The configuration's physical name: up to 100 letters, digits and `._+=,@-`.
        ///
        /// Default: a name CloudFormation generates.
        public var deploymentConfigName: String?
        /// How traffic is shifted to the new version.
        ///
        /// Default: ``TrafficRouting/allAtOnce``.
        public var trafficRouting: TrafficRouting = .allAtOnce

        /// Props with every member at its default.
        public init() {}
    }

    /// A custom deployment configuration for Lambda deployment groups
    /// (`AWS::CodeDeploy::DeploymentConfig` with the `Lambda` compute platform).
    ///
    /// ```swift
    /// let canary = try CodeDeploy.LambdaDeploymentConfig(stack, "Canary") {
    ///     $0.trafficRouting = .timeBasedCanary(interval: .minutes(10), percentage: 5)
    /// }
    /// ```
    public final class LambdaDeploymentConfig: Resource, LambdaDeploymentConfigRef {
        /// The configuration's CloudFormation resource.
        public let cfnDeploymentConfig: CfnDeploymentConfig

        /// A deployment configuration; its traffic routing's intervals must be whole minutes.
        public init(_ scope: Construct, _ id: String, _ props: LambdaDeploymentConfigProps = LambdaDeploymentConfigProps(),
                    configure: (inout LambdaDeploymentConfigProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            cfnDeploymentConfig = try CfnDeploymentConfig(this, "Resource", computePlatform: "Lambda", deploymentConfigName: props.deploymentConfigName,
                                                          trafficRoutingConfig: try props.trafficRouting.render(at: this))
            try super.init(this, physicalName: props.deploymentConfigName)
            cfnDeploymentConfig.deploymentConfigName = physicalName
            node.addValidation { [unowned self] in CodeDeploy.nameProblems(of: "Deployment config", self.physicalName) }
        }

        /// The configuration's name; from another account or region, its physical name.
        public private(set) lazy var deploymentConfigName: String = getResourceNameAttribute(cfnDeploymentConfig.ref)

        /// The configuration's ARN, `arn:<partition>:codedeploy:<region>:<account>:deploymentconfig:<name>`.
        public private(set) lazy var deploymentConfigArn: String = getResourceArnAttribute(
            CodeDeploy.deploymentConfigArn(named: cfnDeploymentConfig.ref),
            ArnComponents(service: "codedeploy", resource: "deploymentconfig", resourceName: physicalName, arnFormat: .colonResourceName))

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKCodeDeploy.CodeDeploy.LambdaDeploymentConfig") }

        // MARK: CodeDeploy's own configurations

        /// All traffic at once.
        public static let allAtOnce = predefined("CodeDeployDefault.LambdaAllAtOnce")
        /// 10 percent of the traffic, the other 90 percent 30 minutes later.
        public static let canary10Percent30Minutes = predefined("CodeDeployDefault.LambdaCanary10Percent30Minutes")
        /// 10 percent of the traffic, the other 90 percent five minutes later.
        public static let canary10Percent5Minutes = predefined("CodeDeployDefault.LambdaCanary10Percent5Minutes")
        /// 10 percent of the traffic, the other 90 percent 10 minutes later.
        public static let canary10Percent10Minutes = predefined("CodeDeployDefault.LambdaCanary10Percent10Minutes")
        /// 10 percent of the traffic, the other 90 percent 15 minutes later.
        public static let canary10Percent15Minutes = predefined("CodeDeployDefault.LambdaCanary10Percent15Minutes")
        /// 10 percent more of the traffic every 10 minutes.
        public static let linear10PercentEvery10Minutes = predefined("CodeDeployDefault.LambdaLinear10PercentEvery10Minutes")
        /// 10 percent more of the traffic every minute.
        public static let linear10PercentEvery1Minute = predefined("CodeDeployDefault.LambdaLinear10PercentEvery1Minute")
        /// 10 percent more of the traffic every two minutes.
        public static let linear10PercentEvery2Minutes = predefined("CodeDeployDefault.LambdaLinear10PercentEvery2Minutes")
        /// 10 percent more of the traffic every three minutes.
        public static let linear10PercentEvery3Minutes = predefined("CodeDeployDefault.LambdaLinear10PercentEvery3Minutes")

        private static func predefined(_ name: String) -> PredefinedLambdaDeploymentConfig {
            PredefinedLambdaDeploymentConfig(deploymentConfigName: name)
        }

        /// A configuration defined outside the app, by name, in the stack's account and region.
        /// As in the AWS CDK, no construct is made: `id` is not used.
        public static func fromLambdaDeploymentConfigName(_ scope: Construct, _ id: String, _ deploymentConfigName: String) throws -> any LambdaDeploymentConfigRef {
            DeploymentConfigReference(deploymentConfigName: deploymentConfigName,
                                      deploymentConfigArn: CodeDeploy.arn(of: "deploymentconfig", named: deploymentConfigName, in: try Stack.of(scope)))
        }
    }

    /// `arn:<partition>:codedeploy:<region>:<account>:deploymentconfig:<name>`, in the account
    /// and region of the deployment unless they are given.
    static func deploymentConfigArn(named name: String, account: String = Aws.accountId, region: String = Aws.region) -> String {
        "arn:\(Aws.partition):codedeploy:\(region):\(account):deploymentconfig:\(name)"
    }
}
