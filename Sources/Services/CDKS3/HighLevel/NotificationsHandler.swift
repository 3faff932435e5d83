import CDK
import CDKIAM

extension S3 {
    /// The stack-wide function that applies bucket notification configurations (one per stack,
    /// with the AWS CDK's construct id, so its logical ids are the AWS CDK's). Built from a raw
    /// `AWS::Lambda::Function`, as the AWS CDK does, so that S3 does not depend on the Lambda
    /// constructs. Its code, inline, is swift-cdk's own handler
    /// (Handlers/s3-bucket-notifications/index.py): the template differs from the AWS CDK's in
    /// that function's `Code` alone.
    final class NotificationsHandler: Construct {
        static let constructId = "BucketNotificationsHandler050a0587b7544547bf325f094a3db834"
        /// The role the function runs with; bucket notification resources attach their policies to it.
        let role: IAM.Role
        /// The function's ARN, the custom resources' service token.
        let functionArn: String

        /// The handler of `scope`'s stack, created on first use; `role` is the role it runs with
        /// when it is created (the first bucket to need it decides, as in the AWS CDK).
        static func singleton(_ scope: Construct, role: IAM.Role? = nil) throws -> NotificationsHandler {
            let stack = try Stack.of(scope)
            if let existing = stack.node.tryFindChild(constructId) as? NotificationsHandler { return existing }
            return try NotificationsHandler(stack, constructId, role: role)
        }

        private init(_ scope: Construct, _ id: String, role givenRole: IAM.Role?) throws {
            let this = try ConstructScope(scope, id)
            let role = try givenRole ?? IAM.Role(this, "Role", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
            role.addManagedPolicy(IAM.ManagedPolicy.fromAwsManagedPolicyName("service-role/AWSLambdaBasicExecutionRole"))
            let function = try CfnResource(this, "Resource", type: "AWS::Lambda::Function", properties: [
                "Description": "AWS CloudFormation handler for \"Custom::S3BucketNotifications\" resources (@aws-cdk/aws-s3)",
                "Code": ["ZipFile": .string(S3.notificationsHandlerSource)],
                "Handler": "index.handler",
                "Role": .string(role.roleArn),
                "Runtime": "python3.13",
                "Timeout": 300,
            ])
            function.node.addDependency(role)
            self.role = role
            functionArn = function.getAtt("Arn").toString()
            try super.init(this)
        }
    }
}
