import CDK
import CDKCloudWatch
import CDKIAM
import CDKLambda

extension CodeDeploy {
    /// The props of a ``LambdaDeploymentGroup``.
    public struct LambdaDeploymentGroupProps: ConstructProps {
        /// The alias whose traffic is shifted: a new version for the alias starts a deployment
        /// (the group sets the alias's `UpdatePolicy`).
        public var alias: Lambda.Alias
        /// The application the group belongs to.
        ///
        /// Default: a new ``LambdaApplication``, the group's child `Application`.
        public var application: (any LambdaApplicationRef)?
        /// The group's physical name: up to 100 letters, digits and `._+=,@-`.
        ///
        /// Default: a name CloudFormation generates.
        public var deploymentGroupName: String?
        /// How traffic is shifted.
        ///
        /// Default: ``LambdaDeploymentConfig/canary10Percent5Minutes``.
        public var deploymentConfig: (any LambdaDeploymentConfigRef)?
        /// The alarms that stop a deployment (and, with ``autoRollback``, roll it back) when
        /// they go off; more can be added with ``LambdaDeploymentGroup/addAlarm(_:)``.
        ///
        /// Default: none.
        public var alarms: [any CloudWatch.AlarmRef] = []
        /// The service role CodeDeploy uses (it gets the managed policy
        /// `service-role/AWSCodeDeployRoleForLambdaLimited`).
        ///
        /// Default: a new role for `codedeploy.amazonaws.com`, the group's child `ServiceRole`.
        public var role: (any IAM.RoleRef)?
        /// The function to run before traffic is shifted (it may report the hook's status,
        /// and the service role may invoke it).
        ///
        /// Default: none.
        public var preHook: (any Lambda.FunctionRef)?
        /// The function to run after traffic is shifted.
        ///
        /// Default: none.
        public var postHook: (any Lambda.FunctionRef)?
        /// Whether a deployment goes on when the alarms' state cannot be read from CloudWatch.
        ///
        /// Default: no `IgnorePollAlarmFailure` property (`false`).
        public var ignorePollAlarmsFailure: Bool?
        /// When a deployment is rolled back on its own.
        ///
        /// Default: failed deployments, and deployments in alarm when the group has alarms.
        public var autoRollback = AutoRollbackConfig()
        /// Whether the alarms are left unchecked during deployments (they stay configured).
        ///
        /// Default: `false`.
        public var ignoreAlarmConfiguration = false

        /// Props of a group that deploys `alias`.
        public init(alias: Lambda.Alias) {
            self.alias = alias
        }
    }
}
