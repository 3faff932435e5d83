import CDK
import CDKIAM
import CDKLambda
import CDKLogs

/// Destinations of log subscription filters (the AWS CDK's `aws-logs-destinations`).
///
/// ```swift
/// try logs.addSubscriptionFilter("Ship", .init(destination: LogsDestinations.LambdaDestination(shipper), filterPattern: Logs.FilterPattern.allTerms("ERROR")))
/// ```
public enum LogsDestinations {
    /// Sends log events to a function; the function gets a permission `CanInvokeLambda` under
    /// the filter, which the filter depends on.
    public final class LambdaDestination: Logs.SubscriptionDestination {
        /// The function.
        public let function: any Lambda.FunctionRef
        /// Whether the permission is added.
        public let addPermissions: Bool

        /// A destination invoking `function` (default: with the permission it needs).
        public init(_ function: any Lambda.FunctionRef, addPermissions: Bool = true) {
            self.function = function
            self.addPermissions = addPermissions
        }

        public func bind(_ scope: Construct, logGroup: any Logs.LogGroupRef) throws -> Logs.SubscriptionDestinationConfig {
            if addPermissions {
                try function.addPermission("CanInvokeLambda", Lambda.Permission(
                    principal: IAM.ServicePrincipal("logs.amazonaws.com"), sourceArn: logGroup.logGroupArn, scope: scope))
                // Every filter has one destination, so the permission's id under it is unique.
                if let permission = scope.node.tryFindChild("CanInvokeLambda") { scope.node.addDependency(permission) }
            }
            return Logs.SubscriptionDestinationConfig(arn: function.functionArn)
        }
    }
}
