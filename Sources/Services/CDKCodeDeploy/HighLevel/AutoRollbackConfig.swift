import CDK

extension CodeDeploy {
    /// When CodeDeploy rolls a deployment back on its own (the AWS CDK's `AutoRollbackConfig`).
    public struct AutoRollbackConfig: Sendable {
        /// Whether a deployment that fails is rolled back.
        ///
        /// Default: `true`.
        public var failedDeployment: Bool?
        /// Whether a deployment that was stopped by hand is rolled back.
        ///
        /// Default: `false`.
        public var stoppedDeployment: Bool?
        /// Whether a deployment during which one of the group's alarms went off is rolled back.
        /// `true` needs at least one alarm.
        ///
        /// Default: `true` when the group has alarms, `false` otherwise.
        public var deploymentInAlarm: Bool?

        /// A configuration; members left `nil` take their defaults.
        public init(failedDeployment: Bool? = nil, stoppedDeployment: Bool? = nil, deploymentInAlarm: Bool? = nil) {
            self.failedDeployment = failedDeployment
            self.stoppedDeployment = stoppedDeployment
            self.deploymentInAlarm = deploymentInAlarm
        }

        /// `AutoRollbackConfiguration` for a group with `hasAlarms`, as the AWS CDK renders it:
        /// `Enabled: false` when every kind is turned off, nothing when no event is left.
        func render(hasAlarms: Bool) -> CfnDeploymentGroup.AutoRollbackConfigurationProperty? {
            var events: [String] = []
            if failedDeployment != false { events.append("DEPLOYMENT_FAILURE") }
            if stoppedDeployment == true { events.append("DEPLOYMENT_STOP_ON_REQUEST") }
            if deploymentInAlarm != false && hasAlarms { events.append("DEPLOYMENT_STOP_ON_ALARM") }
            if failedDeployment == false && stoppedDeployment != true && deploymentInAlarm == false {
                return .init(enabled: false)
            }
            return events.isEmpty ? nil : .init(enabled: true, events: events)
        }

        /// The problem of rolling back on alarms in a group without any.
        func problems(hasAlarms: Bool) -> [String] {
            guard deploymentInAlarm == true && !hasAlarms else { return [] }
            return ["The auto-rollback setting 'deploymentInAlarm' does not have any effect unless you associate at least one CloudWatch alarm with the Deployment Group. Add an alarm (alarms or addAlarm), or leave deploymentInAlarm unset."]
        }
    }
}
