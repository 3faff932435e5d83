import CDK
import CDKIAM
import CDKLambda

extension S3 {
    /// The stack-wide function that applies bucket notification configurations (one per stack,
    /// with the AWS CDK's construct id, so its logical ids are the AWS CDK's).
    final class NotificationsHandler: Construct {
        static let constructId = "BucketNotificationsHandler050a0587b7544547bf325f094a3db834"
        /// The role the function runs with; bucket notification resources attach their policies to it.
        private(set) var role: IAM.Role!
        private var function: Lambda.CfnFunction!

        /// The handler of `scope`'s stack, created on first use.
        static func singleton(_ scope: Construct) throws -> NotificationsHandler {
            let stack = try Stack.of(scope)
            if let existing = stack.node.tryFindChild(constructId) as? NotificationsHandler { return existing }
            return try NotificationsHandler(stack, constructId)
        }

        private override init(_ scope: Construct, _ id: String) throws {
            try super.init(scope, id)
            role = try IAM.Role(self, "Role", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
            role.addManagedPolicy(IAM.ManagedPolicy.fromAwsManagedPolicyName("service-role/AWSLambdaBasicExecutionRole"))
            function = try Lambda.CfnFunction(
                self, "Resource",
                code: .init(zipFile: S3.notificationsHandlerCode),
                description: "AWS CloudFormation handler for \"Custom::S3BucketNotifications\" resources (@aws-cdk/aws-s3)",
                handler: "index.handler", role: role.roleArn, runtime: "python3.13", timeout: 300)
            function.node.addDependency(role)
        }

        /// The function's ARN, the custom resources' service token.
        var functionArn: String { function.attrArn }
    }
}
