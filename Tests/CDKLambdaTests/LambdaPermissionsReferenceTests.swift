import CDK
import CDKAssertions
import CDKIAM
import CDKLambda
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/lambda-permissions-reference/app.py: permissions from
/// every kind of principal and condition, repeated and version grants, imported functions in
/// and out of the stack's environment; templates and warnings equal the AWS CDK's.
@Suite struct LambdaPermissionsReferenceTests {
    static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/lambda-permissions-reference/expected")

    static func function(_ scope: Construct, _ id: String) throws -> Lambda.Function {
        try Lambda.Function(scope, id, .init(runtime: .python312, handler: "index.handler",
                                             code: .fromInline("def handler(event, context):\n    return {}")))
    }

    func permissionsStack(_ app: App) throws {
        let stack = try Stack(app, "Permissions")
        let fn = try Self.function(stack, "Fn")
        try fn.addPermission("S3", .init(principal: IAM.ServicePrincipal("s3.amazonaws.com"), action: "lambda:*",
                                         sourceArn: "arn:aws:s3:::my_bucket", sourceAccount: stack.account))
        try fn.addPermission("OrgOfAccount", .init(principal: IAM.AccountPrincipal("123456789012"),
                                                   organizationId: try IAM.OrganizationPrincipal("o-xxxxxxxxxx").organizationId))
        try fn.addPermission("Org", .init(principal: try IAM.OrganizationPrincipal("o-12345abcde")))
        try fn.addPermission("Conditional", .init(principal: IAM.PrincipalWithConditions(IAM.ServicePrincipal("my-service"), conditions: [
            "ArnLike": ["aws:SourceArn": "arn:aws:s3:::my-bucket"],
            "StringEquals": ["aws:SourceAccount": "some-account"],
        ])))
        try fn.addPermission("InOrg", .init(principal: IAM.PrincipalWithConditions(IAM.ServicePrincipal("other-service"), conditions: [
            "StringEquals": ["aws:PrincipalOrgID": "o-principalorg"],
        ])))
        try fn.grantInvoke(IAM.ServicePrincipal("elasticloadbalancing.amazonaws.com"))
        try fn.grantInvoke(IAM.ServicePrincipal("elasticloadbalancing.amazonaws.com"))
        try fn.grantInvoke(try IAM.OrganizationPrincipal("o-abcdefghij"))
        for bucket in ["bucket-a", "bucket-b"] {
            try fn.grantInvoke(IAM.PrincipalWithConditions(IAM.ServicePrincipal("s3.amazonaws.com"), conditions: [
                "ArnLike": ["aws:SourceArn": .string("arn:aws:s3:::\(bucket)")], "StringEquals": ["aws:SourceAccount": "111111111111"],
            ]))
        }
        try fn.grantInvokeCompositePrincipal(IAM.CompositePrincipal(
            IAM.AccountPrincipal("1234"), IAM.ServicePrincipal("apigateway.amazonaws.com"),
            IAM.ArnPrincipal("arn:aws:iam::123456789012:role/someRole")))
        let caller = try IAM.Role(stack, "Caller", .init(assumedBy: IAM.AccountPrincipal("1234")))
        try fn.grantInvoke(caller)
        try fn.grantInvoke(caller)
        try fn.grantInvokeLatestVersion(caller)
        let version = try Lambda.Version(stack, "V2", .init(lambda: fn))
        try fn.grantInvokeVersion(caller, version)
        try version.addPermission("OnVersion", .init(principal: IAM.ServicePrincipal("lambda.amazonaws.com")))
        let alias = try Lambda.Alias(stack, "Live", .init(aliasName: "live", version: try fn.latestVersion))
        try alias.addPermission("OnAlias", .init(principal: IAM.ServicePrincipal("lambda.amazonaws.com")))
        try fn.latestVersion.addPermission("OnLatest", .init(principal: IAM.ServicePrincipal("lambda.amazonaws.com")))
        _ = try CfnOutput(stack, "LatestArn", value: try fn.latestVersion.functionArn)
        _ = try CfnOutput(stack, "LatestName", value: try fn.latestVersion.functionName)

        let versioned = try Self.function(stack, "Versioned")
        try versioned.addPermission("Invoke", .init(principal: IAM.ServicePrincipal("lambda.amazonaws.com")))
        _ = try versioned.currentVersion
        _ = try versioned.currentVersion
        try versioned.addPermission("Get", .init(principal: IAM.ServicePrincipal("lambda.amazonaws.com"), action: "lambda:GetFunction"))

        let unknown = try Lambda.Function.fromFunctionAttributes(stack, "Unknown", .init(functionArn: "arn:aws:lambda:us-west-2:123456789012:function:my-function"))
        try unknown.addPermission("Nothing", .init(principal: IAM.AccountPrincipal("123456789010")))
        let skipped = try Lambda.Function.fromFunctionAttributes(stack, "Skipped", .init(functionArn: "arn:aws:lambda:us-west-2:123456789012:function:my-function")) {
            $0.skipPermissions = true
        }
        try skipped.addPermission("Nothing", .init(principal: IAM.AccountPrincipal("123456789010")))
        try skipped.grantInvoke(IAM.ServicePrincipal("elasticloadbalancing.amazonaws.com"))
        let same = try Lambda.Function.fromFunctionAttributes(stack, "Same", .init(functionArn: "arn:aws:lambda:us-east-1:123456789012:function:BaseFunction")) {
            $0.sameEnvironment = true
        }
        try same.addPermission("FromCloudFormation", .init(principal: IAM.ServicePrincipal("cloudformation.amazonaws.com")))
        try same.grantInvoke(IAM.ServicePrincipal("elasticloadbalancing.amazonaws.com"))
        let named = try Lambda.Function.fromFunctionName(stack, "Named", functionName: "my-function")
        try named.grantInvoke(IAM.ServicePrincipal("events.amazonaws.com"))
        _ = try CfnOutput(stack, "NamedArn", value: named.functionArn)
        _ = try CfnOutput(stack, "NamedName", value: named.functionName)
    }

    func accountStack(_ app: App) throws {
        let stack = try Stack(app, "InAccount", env: Environment(account: "123456789012", region: "us-east-1"))
        let own = try Lambda.Function.fromFunctionArn(stack, "Own", functionArn: "arn:aws:lambda:us-east-1:123456789012:function:MyFn")
        try own.grantInvoke(IAM.ServicePrincipal("elasticloadbalancing.amazonaws.com"))
        let foreign = try Lambda.Function.fromFunctionArn(stack, "Foreign", functionArn: "arn:aws:lambda:us-east-1:222222222222:function:MyFn")
        try foreign.addPermission("Nothing", .init(principal: IAM.ServicePrincipal("cloudformation.amazonaws.com")))
        let local = try Self.function(stack, "Local")
        try local.grantInvoke(try IAM.Role.fromRoleArn(stack, "SameAccountRole", "arn:aws:iam::123456789012:role/someRole"))
        try local.grantInvoke(try IAM.Role.fromRoleArn(stack, "OtherAccountRole", "arn:aws:iam::333333333333:role/otherRole"))
    }

    func synth() throws -> (App, CloudAssembly) {
        let app = try App(environment: [:])
        try permissionsStack(app)
        try accountStack(app)
        return (app, try app.synth())
    }

    @Test(arguments: ["Permissions", "InAccount"])
    func templateEqualsTheAWSCDKs(_ stackName: String) throws {
        let (_, assembly) = try synth()
        let file = "\(stackName).template.json"
        let expectedText = try String(contentsOf: Self.expected.appendingPathComponent(file), encoding: .utf8)
        #expect(assembly.stack(stackName)?.template == (try JSONParser.parse(expectedText)))
        #expect(assembly.files.first { $0.name == file }?.contents == expectedText)
    }

    /// The warnings are the AWS CDK's, at the same paths. Where the message names the
    /// stack's unknown region and account, the AWS CDK writes its token placeholders and this
    /// library the resolved references.
    @Test func warningsAreTheAWSCDKs() throws {
        let (app, _) = try synth()
        let annotations = try AnnotationsAssertions(app)
        let warnings = try annotations.findWarning("*")
        #expect(warnings.map(\.path).sorted() == ["/InAccount/Foreign", "/Permissions/Fn/$LATEST", "/Permissions/Unknown", "/Permissions/Versioned"])
        try annotations.hasWarning("/Permissions/Versioned", """
            AWS Lambda has changed their authorization strategy, which may cause client invocations using the 'Qualifier' parameter of the lambda function to fail with Access Denied errors.
            If you are using a lambda Version or Alias, make sure to call 'grantInvoke' or 'addPermission' on the Version or Alias, not the underlying Function
            See: https://github.com/aws/aws-cdk/issues/19273 [ack: @aws-cdk/aws-lambda:addPermissionsToVersionOrAlias]
            """)
        try annotations.hasWarning("/InAccount/Foreign", "addPermission() has no effect on a Lambda Function with region=us-east-1, account=222222222222, in a Stack with region=us-east-1, account=123456789012. Suppress this warning if this is intentional, or pass sameEnvironment=true to fromFunctionAttributes() if you would like to add the permissions. [ack: UnclearLambdaEnvironment]")
        try annotations.hasWarning("/Permissions/Unknown", Match.stringLikeRegexp(#"addPermission\(\) has no effect on a Lambda Function with region=us-west-2, account=123456789012, in a Stack with region=.*AWS::Region.*account=.*AWS::AccountId.*Suppress this warning if this is intentional, or pass sameEnvironment=true to fromFunctionAttributes\(\) if you would like to add the permissions\. \[ack: UnclearLambdaEnvironment\]"#))
    }
}
