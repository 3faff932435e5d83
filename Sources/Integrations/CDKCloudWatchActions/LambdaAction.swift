import CDK
import CDKCloudWatch
import CDKIAM
import CDKLambda

extension CloudWatchActions {
    /// Invokes a function (or a version or alias); the function gets a permission for
    /// CloudWatch alarms, one per function unless ``LambdaActionProps/useUniquePermissionId``.
    public final class LambdaAction: CloudWatch.AlarmAction {
        /// The feature flag that puts the alarm's id in front of the permission's id.
        public static let changeLambdaPermissionLogicalIdFlag = "@aws-cdk/aws-cloudwatch-actions:changeLambdaPermissionLogicalIdForLambdaAction"

        /// The function.
        public let function: any Lambda.FunctionRef
        private let props: LambdaActionProps

        /// An action that invokes `function`.
        public init(_ function: any Lambda.FunctionRef, _ props: LambdaActionProps = LambdaActionProps()) {
            self.function = function
            self.props = props
        }

        /// An action that invokes `function`, with the props `configure` sets.
        public convenience init(_ function: any Lambda.FunctionRef, _ props: LambdaActionProps = LambdaActionProps(),
                                configure: (inout LambdaActionProps) throws -> Void) rethrows {
            self.init(function, try props.with(configure))
        }

        public func bind(_ scope: Construct, alarm: any CloudWatch.AlarmRef) throws -> String {
            var prefix = FeatureFlags.of(scope).isEnabled(Self.changeLambdaPermissionLogicalIdFlag) ? alarm.node.id : ""
            if props.useUniquePermissionId { prefix = try Names.nodeUniqueId(alarm) }
            let permissionId = prefix + "AlarmPermission"
            let existing = function.node.tryFindChild(permissionId) as? Lambda.CfnPermission
            // The same alarm adding the function again (for another state) reuses its permission.
            if existing?.sourceArn != alarm.alarmArn {
                if existing != nil && !props.useUniquePermissionId {
                    Annotations.of(scope).addWarningV2("@aws-cdk/aws-cloudwatch-actions:LambdaActionPermissionId", "Please use 'useUniquePermissionId' on LambdaAction \(function.functionName) to generate unique Lambda Permission Id")
                }
                try function.addPermission(permissionId, Lambda.Permission(
                    principal: IAM.ServicePrincipal("lambda.alarms.cloudwatch.amazonaws.com"), sourceArn: alarm.alarmArn,
                    sourceAccount: try Stack.of(scope).account))
            }
            return function.functionArn
        }
    }

    /// The props of a ``LambdaAction``.
    public struct LambdaActionProps: ConstructProps {
        /// Whether the permission's id starts with the alarm's unique id, so that several
        /// alarms can invoke the same function.
        ///
        /// Default: `false` (`AlarmPermission`, or `<alarm id>AlarmPermission` with the
        /// feature flag `@aws-cdk/aws-cloudwatch-actions:changeLambdaPermissionLogicalIdForLambdaAction`).
        public var useUniquePermissionId = false

        /// Props with every member at its default.
        public init() {}
    }
}
