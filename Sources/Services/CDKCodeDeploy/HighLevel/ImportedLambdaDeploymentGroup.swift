import CDK

extension CodeDeploy {
    /// What is known of a Lambda deployment group defined outside the app (the AWS CDK's
    /// `LambdaDeploymentGroupAttributes`).
    public struct LambdaDeploymentGroupAttributes: ConstructProps {
        /// The application the group belongs to; the group is in its account and region.
        public var application: any LambdaApplicationRef
        /// The group's name.
        public var deploymentGroupName: String
        /// How the group shifts traffic.
        ///
        /// Default: ``LambdaDeploymentConfig/canary10Percent5Minutes``.
        public var deploymentConfig: (any LambdaDeploymentConfigRef)?

        /// Attributes of the group `deploymentGroupName` of `application`.
        public init(application: any LambdaApplicationRef, deploymentGroupName: String) {
            self.application = application
            self.deploymentGroupName = deploymentGroupName
        }
    }

    /// A deployment group defined outside the app.
    final class ImportedLambdaDeploymentGroup: Resource, LambdaDeploymentGroupRef {
        let application: any LambdaApplicationRef
        let deploymentGroupName: String
        let deploymentGroupArn: String
        let deploymentConfig: any LambdaDeploymentConfigRef

        init(_ scope: Construct, _ id: String, _ attributes: LambdaDeploymentGroupAttributes) throws {
            let environment = attributes.application.environment
            application = attributes.application
            deploymentGroupName = attributes.deploymentGroupName
            deploymentGroupArn = "arn:\(Aws.partition):codedeploy:\(environment.region):\(environment.account):deploymentgroup:"
                + "\(attributes.application.applicationName)/\(attributes.deploymentGroupName)"
            let config = attributes.deploymentConfig ?? LambdaDeploymentConfig.canary10Percent5Minutes
            deploymentConfig = (config as? PredefinedLambdaDeploymentConfig)?.bound(to: environment) ?? config
            try super.init(scope, id, account: Token.isUnresolved(environment.account) ? nil : environment.account,
                           region: Token.isUnresolved(environment.region) ? nil : environment.region)
        }
    }
}

extension CodeDeploy.LambdaDeploymentGroup {
    /// A deployment group defined outside the app (or in another region), in its
    /// application's account and region.
    public static func fromLambdaDeploymentGroupAttributes(_ scope: Construct, _ id: String,
                                                           _ attributes: CodeDeploy.LambdaDeploymentGroupAttributes) throws -> any CodeDeploy.LambdaDeploymentGroupRef {
        try CodeDeploy.ImportedLambdaDeploymentGroup(scope, id, attributes)
    }
}
