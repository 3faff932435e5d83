import CDK
import CDKCloudWatch
import CDKIAM
import CDKLambda

extension CodeDeploy {
    /// A Lambda deployment group, in this app or imported (the AWS CDK's `ILambdaDeploymentGroup`).
    public protocol LambdaDeploymentGroupRef: Construct {
        /// The application the group belongs to.
        var application: any LambdaApplicationRef { get }
        /// The group's name.
        var deploymentGroupName: String { get }
        /// The group's ARN.
        var deploymentGroupArn: String { get }
        /// How the group shifts traffic.
        var deploymentConfig: any LambdaDeploymentConfigRef { get }
    }

    /// A CodeDeploy deployment group that shifts a Lambda alias's traffic to each new version
    /// (`AWS::CodeDeploy::DeploymentGroup`, blue/green with traffic control), as the AWS CDK's
    /// `LambdaDeploymentGroup` does: it sets the alias's `UpdatePolicy`, so that CloudFormation
    /// hands the alias's updates to CodeDeploy.
    ///
    /// ```swift
    /// let live = try Lambda.Alias(stack, "Live", .init(aliasName: "live", version: try fn.currentVersion))
    /// _ = try CodeDeploy.LambdaDeploymentGroup(stack, "Deploy", .init(alias: live)) {
    ///     $0.deploymentConfig = CodeDeploy.LambdaDeploymentConfig.linear10PercentEvery1Minute
    ///     $0.alarms = [errors]
    /// }
    /// ```
    public final class LambdaDeploymentGroup: Resource, LambdaDeploymentGroupRef {
        /// The application the group belongs to.
        public let application: any LambdaApplicationRef
        /// How the group shifts traffic.
        public let deploymentConfig: any LambdaDeploymentConfigRef
        /// The service role CodeDeploy uses.
        public let role: any IAM.RoleRef
        /// The group's CloudFormation resource.
        public let cfnDeploymentGroup: CfnDeploymentGroup
        /// The alarms that stop a deployment.
        public private(set) var alarms: [any CloudWatch.AlarmRef]
        /// The function run before traffic is shifted, if any.
        public private(set) var preHook: (any Lambda.FunctionRef)?
        /// The function run after traffic is shifted, if any.
        public private(set) var postHook: (any Lambda.FunctionRef)?
        private let alias: Lambda.Alias
        private let settings: LambdaDeploymentGroupProps
        /// `@aws-cdk/aws-codedeploy:removeAlarmsFromDeploymentGroup`: a group without alarms
        /// says `Enabled: false` instead of leaving the alarm configuration out.
        private let removesAlarms: Bool

        /// A deployment group for `props.alias`.
        public init(_ scope: Construct, _ id: String, _ props: LambdaDeploymentGroupProps,
                    configure: (inout LambdaDeploymentGroupProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            role = try props.role ?? IAM.Role(this, "ServiceRole", .init(assumedBy: IAM.ServicePrincipal("codedeploy.amazonaws.com")))
            application = try props.application ?? LambdaApplication(this, "Application")
            alarms = props.alarms
            alias = props.alias
            settings = props
            try role.addManagedPolicy(IAM.ManagedPolicy.fromAwsManagedPolicyName("service-role/AWSCodeDeployRoleForLambdaLimited"))
            let stack = try Stack.of(this)
            let config = props.deploymentConfig ?? LambdaDeploymentConfig.canary10Percent5Minutes
            deploymentConfig = (config as? PredefinedLambdaDeploymentConfig)?.bound(to: ResourceEnvironment(account: stack.account, region: stack.region)) ?? config
            removesAlarms = FeatureFlags.of(this).isEnabled("@aws-cdk/aws-codedeploy:removeAlarmsFromDeploymentGroup")
            cfnDeploymentGroup = try CfnDeploymentGroup(
                this, "Resource", applicationName: application.applicationName, deploymentConfigName: deploymentConfig.deploymentConfigName,
                deploymentGroupName: props.deploymentGroupName,
                deploymentStyle: .init(deploymentOption: "WITH_TRAFFIC_CONTROL", deploymentType: "BLUE_GREEN"), serviceRoleArn: role.roleArn)
            try super.init(this, physicalName: props.deploymentGroupName)
            cfnDeploymentGroup.deploymentGroupName = physicalName
            renderAlarms()
            if let preHook = props.preHook { try addPreHook(preHook) }
            if let postHook = props.postHook { try addPostHook(postHook) }
            renderAliasUpdatePolicy()
            node.addValidation { [unowned self] in CodeDeploy.nameProblems(of: "Deployment group", self.physicalName) }
            node.addValidation { [unowned self] in self.settings.autoRollback.problems(hasAlarms: !self.alarms.isEmpty) }
        }

        /// The group's name; from another account or region, its physical name.
        public private(set) lazy var deploymentGroupName: String = getResourceNameAttribute(cfnDeploymentGroup.ref)

        /// The group's ARN, `arn:<partition>:codedeploy:<region>:<account>:deploymentgroup:<application>/<group>`.
        public private(set) lazy var deploymentGroupArn: String = getResourceArnAttribute(
            CodeDeploy.arn(of: "deploymentgroup", named: "\(application.applicationName)/\(cfnDeploymentGroup.ref)", in: stack),
            ArnComponents(service: "codedeploy", resource: "deploymentgroup", resourceName: "\(application.applicationName)/\(physicalName ?? "")",
                          arnFormat: .colonResourceName))

        /// Adds an alarm that stops a deployment when it goes off.
        public func addAlarm(_ alarm: any CloudWatch.AlarmRef) {
            alarms.append(alarm)
            renderAlarms()
        }

        /// Sets the function run before traffic is shifted: it may report the hook's status,
        /// and the service role may invoke it. Throws when the group has one already.
        public func addPreHook(_ hook: any Lambda.FunctionRef) throws {
            if preHook != nil {
                throw CDKError("PreHookAlreadyDefined", "A pre-hook function is already defined for this deployment group. A group runs one pre-hook: call addPreHook once.", at: self)
            }
            preHook = hook
            try allow(hook)
        }

        /// Sets the function run after traffic is shifted: it may report the hook's status,
        /// and the service role may invoke it. Throws when the group has one already.
        public func addPostHook(_ hook: any Lambda.FunctionRef) throws {
            if postHook != nil {
                throw CDKError("PostHookAlreadyDefined", "A post-hook function is already defined for this deployment group. A group runs one post-hook: call addPostHook once.", at: self)
            }
            postHook = hook
            try allow(hook)
        }

        /// Grants `codedeploy:PutLifecycleEventHookExecutionStatus` on this group to `grantee`
        /// (what a hook function calls to report its result).
        @discardableResult
        public func grantPutLifecycleEventHookExecutionStatus(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
            try IAM.Grant.addToPrincipal(grantee: grantee, actions: ["codedeploy:PutLifecycleEventHookExecutionStatus"], resourceArns: [deploymentGroupArn])
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKCodeDeploy.CodeDeploy.LambdaDeploymentGroup") }

        /// A hook may report its status, and the service role may invoke it.
        private func allow(_ hook: any Lambda.FunctionRef) throws {
            try grantPutLifecycleEventHookExecutionStatus(hook)
            _ = try hook.grantInvoke(role)
            renderAliasUpdatePolicy()
        }

        /// The alarm and rollback configurations, from the alarms now.
        private func renderAlarms() {
            let names = alarms.map { CfnDeploymentGroup.AlarmProperty(name: $0.alarmName) }
            let ignoreFailure = settings.ignorePollAlarmsFailure
            if removesAlarms {
                cfnDeploymentGroup.alarmConfiguration = .init(alarms: names.isEmpty ? nil : names, enabled: !settings.ignoreAlarmConfiguration && !names.isEmpty,
                                                              ignorePollAlarmFailure: ignoreFailure)
            } else {
                cfnDeploymentGroup.alarmConfiguration = names.isEmpty ? nil
                    : .init(alarms: names, enabled: !settings.ignoreAlarmConfiguration, ignorePollAlarmFailure: ignoreFailure)
            }
            cfnDeploymentGroup.autoRollbackConfiguration = settings.autoRollback.render(hasAlarms: !alarms.isEmpty)
        }

        /// The alias's `UpdatePolicy`: CodeDeploy deploys its updates through this group, with the hooks.
        private func renderAliasUpdatePolicy() {
            var update: JSONObject = [
                "ApplicationName": .string(application.applicationName),
                "DeploymentGroupName": .string(cfnDeploymentGroup.ref),
            ]
            if let preHook { update["BeforeAllowTrafficHook"] = .string(preHook.functionName) }
            if let postHook { update["AfterAllowTrafficHook"] = .string(postHook.functionName) }
            alias.cfnAlias.cfnOptions.updatePolicy = ["CodeDeployLambdaAliasUpdate": .object(update)]
        }
    }
}
