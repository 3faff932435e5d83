import CDK
import CDKIAM

extension DynamoDB {
    /// A Node.js Lambda function that runs handler code of the library, made of the low-level
    /// layer in the shape the AWS CDK's `lambda.Function` renders: a `ServiceRole` with
    /// `AWSLambdaBasicExecutionRole` (statements go to its `DefaultPolicy`) and the function
    /// (`Resource`), which depends on the role.
    final class HandlerFunction: Construct, IAM.Grantable {
        /// The function's execution role.
        let role: IAM.Role
        /// The `AWS::Lambda::Function` resource.
        private(set) var resource: CfnResource!
        private var environment: [(name: String, value: String)] = []
        private var inlinePolicyCount = 0

        /// A function of `files` (a folder asset, by path in the folder).
        ///
        /// - Parameters:
        ///   - handler: The entry point, `file.export`.
        ///   - timeout: How long one invocation may run.
        ///   - description: The function's `Description`.
        ///   - applicationLogLevel: With it, JSON logs kept from that level on.
        init(_ scope: Construct, _ id: String, files: [String: [UInt8]], handler: String,
             timeout: Duration, description: String? = nil, applicationLogLevel: String? = nil) throws {
            let this = try ConstructScope(scope, id)
            role = try IAM.Role(this, "ServiceRole", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))) {
                $0.managedPolicies = [IAM.ManagedPolicy.fromAwsManagedPolicyName("service-role/AWSLambdaBasicExecutionRole")]
            }
            try super.init(this)
            let code = try FileAsset(self, "Code", files: files)
            var properties: JSONObject = ["Code": ["S3Bucket": .string(code.bucketName), "S3Key": .string(code.objectKey)]]
            if let description { properties["Description"] = .string(description) }
            properties["Environment"] = .string(Token.asString(Lazy.uncachedAny { [unowned self] in self.renderEnvironment() }))
            properties["Handler"] = .string(handler)
            if let applicationLogLevel {
                properties["LoggingConfig"] = ["ApplicationLogLevel": .string(applicationLogLevel), "LogFormat": "JSON"]
            }
            properties["Role"] = .string(role.roleArn)
            properties["Runtime"] = .string(CustomResourceProviderRuntime.latestNodejs.name(in: try Stack.of(self)))
            properties["Timeout"] = .number(try timeout.toSeconds())
            resource = try CfnResource(self, "Resource", type: "AWS::Lambda::Function", properties: properties)
            resource.node.addDependency(role)
        }

        /// The function's ARN.
        var functionArn: String { resource.getAtt("Arn").toString() }

        /// The principal of the function's role.
        var grantPrincipal: any IAM.Principal { role }

        /// Adds an environment variable (written in the order they were added).
        func addEnvironment(_ name: String, _ value: String) {
            environment.append((name, value))
        }

        /// Adds `statement` to the role's default policy or, with the flag
        /// `@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy`, to a new policy
        /// `inlinePolicyAddedToExecutionRole-<n>` under the function attached to the role, as
        /// `lambda.Function.addToRolePolicy` does.
        func addToRolePolicy(_ statement: IAM.PolicyStatement) throws {
            guard FeatureFlags.of(self).isEnabled("@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy") else {
                _ = try role.addToPrincipalPolicy(statement)
                return
            }
            let policy = try IAM.Policy(self, "inlinePolicyAddedToExecutionRole-\(inlinePolicyCount)") { $0.statements = [statement] }
            inlinePolicyCount += 1
            role.attachInlinePolicy(policy)
        }

        /// Lets `grantee` invoke the function (and its versions and aliases), as
        /// `lambda.Function.grantInvoke` does for a principal of the same account.
        func grantInvoke(_ grantee: any IAM.Grantable) throws {
            _ = try IAM.Grant.addToPrincipal(grantee: grantee, actions: ["lambda:InvokeFunction"],
                                             resourceArns: [functionArn, functionArn + ":*"])
        }

        private func renderEnvironment() -> JSONValue? {
            if environment.isEmpty { return nil }
            return ["Variables": .object(JSONObject(environment.map { ($0.name, JSONValue.string($0.value)) }))]
        }

        override var constructInfo: ConstructInfo { ConstructInfo(fqn: "aws-cdk-lib.aws_lambda.Function") }
    }
}
