import CDK
import CDKAssertions
import CDKIAM
import CDKLambda
import Testing

/// What `addPermission` and the invoke grants refuse, and how they treat imported functions,
/// as the AWS CDK does.
@Suite struct PermissionRulesTests {
    func stack(env: Environment? = nil) throws -> Stack { try Stack(try App(environment: [:]), "S", env: env) }

    func function(_ stack: Stack) throws -> Lambda.Function {
        try Lambda.Function(stack, "Fn", .init(runtime: .python312, handler: "index.handler", code: .fromInline("x")))
    }

    @Test func principalsAPermissionCannotNameAreRejected() throws {
        let stack = try stack()
        let fn = try function(stack)
        try expectError(path: "/S/Fn", message: .containing("Invalid principal type for Lambda permission statement: CanonicalUserPrincipal. Supported: AccountPrincipal, ArnPrincipal, ServicePrincipal, OrganizationPrincipal")) {
            try fn.addPermission("F1", .init(principal: IAM.CanonicalUserPrincipal("org")))
        }
        try fn.addPermission("S1", .init(principal: IAM.ServicePrincipal("my-service")))
        try fn.addPermission("S2", .init(principal: IAM.AccountPrincipal("account")))
        try fn.addPermission("S3", .init(principal: IAM.ArnPrincipal("my:arn")))
        try fn.addPermission("S4", .init(principal: try IAM.OrganizationPrincipal("o-12345abcde")))
        try Template(stack).resourceCountIs("AWS::Lambda::Permission", 4)
    }

    @Test func conditionsOtherThanSourceAndOrganizationAreRejected() throws {
        let fn = try function(try stack())
        let unsupported: [JSONObject] = [
            ["ArnEquals": ["aws:SourceArn": "source-arn"]],
            ["StringLike": ["aws:SourceAccount": "source-account"]],
            ["ArnLike": ["s3:DataAccessPointArn": "data-access-point-arn"]],
        ]
        for (index, conditions) in unsupported.enumerated() {
            let principal = IAM.PrincipalWithConditions(IAM.ServicePrincipal("my-service"), conditions: conditions)
            try expectError(path: "/S/Fn", message: .containing("PrincipalWithConditions had unsupported conditions for Lambda permission statement")) {
                try fn.addPermission("F\(index)", .init(principal: principal))
            }
        }
        let error = try expectError { try fn.addPermission("F9", .init(principal: IAM.PrincipalWithConditions(IAM.ServicePrincipal("my-service"), conditions: unsupported[0]))) }
        #expect(error.entries.first?.message.contains(#"[{"operator":"ArnEquals","key":"aws:SourceArn"}]. Supported operator/condition pairs: [{"operator":"ArnLike","key":"aws:SourceArn"},{"operator":"StringEquals","key":"aws:SourceAccount"},{"operator":"StringEquals","key":"aws:PrincipalOrgID"}]"#) == true)
    }

    @Test func anOrganizationConditionCannotBeCombinedWithSourceConditions() throws {
        let fn = try function(try stack())
        let principal = IAM.PrincipalWithConditions(IAM.ServicePrincipal("my-service"), conditions: [
            "StringEquals": ["aws:SourceAccount": "source-account", "aws:PrincipalOrgID": "principal-org-id"],
            "ArnLike": ["aws:SourceArn": "source-arn"],
        ])
        try expectError(path: "/S/Fn", message: .exactly("PrincipalWithConditions had unsupported condition combinations for Lambda permission statement: principalOrgID cannot be set with other conditions.")) {
            try fn.addPermission("F", .init(principal: principal))
        }
    }

    @Test func grantsToAFunctionOutsideTheStacksReachThrow() throws {
        let agnostic = try stack()
        let unknown = try Lambda.Function.fromFunctionArn(agnostic, "Function", functionArn: "arn:aws:lambda:us-east-1:123456789012:function:MyFn")
        try expectError(path: "/S/Function", message: .containing("Cannot modify permission to lambda function. Function is either imported or $LATEST version.")) {
            try unknown.grantInvoke(IAM.ServicePrincipal("elasticloadbalancing.amazonaws.com"))
        }
        let inAccount = try stack(env: Environment(account: "111111111111"))
        let foreign = try Lambda.Function.fromFunctionArn(inAccount, "Function", functionArn: "arn:aws:lambda:us-east-1:123456789012:function:MyFn")
        try expectError(path: "/S/Function", message: .containing("use `fromFunctionAttributes()` API with the `skipPermissions` flag")) {
            try foreign.grantInvoke(IAM.ServicePrincipal("elasticloadbalancing.amazonaws.com"))
        }
        let latest = try function(agnostic).latestVersion
        try expectError(path: "/S/Fn/$LATEST", message: .containing("Cannot modify permission to lambda function")) {
            try latest.grantInvoke(IAM.ServicePrincipal("elasticloadbalancing.amazonaws.com"))
        }
    }

    @Test func importedFunctionsTakeTheirEnvironmentFromTheArn() throws {
        let stack = try stack(env: Environment(account: "111111111111", region: "eu-south-9"))
        let fn = try Lambda.Function.fromFunctionAttributes(stack, "iFunc", .init(functionArn: "arn:aws:lambda:function-region:222222222222:function:function-name"))
        let resource = try #require(fn as? Resource)
        #expect(resource.environment.region == "function-region")
        #expect(resource.environment.account == "222222222222")
        #expect(fn.functionName == "function-name")
        #expect(!fn.canCreatePermissions)
    }

    @Test func latestVersionIsMadeOnce() throws {
        let stack = try stack()
        let fn = try function(stack)
        let first = try fn.latestVersion
        #expect(first === (try fn.latestVersion))
        #expect(first.version == "$LATEST")
        #expect((try first.latestVersion) === first)
        let version = try Lambda.Version(stack, "V", .init(lambda: fn))
        #expect((try version.latestVersion) === first)
        #expect(first.resourceArnsForGrantInvoke.count == 1)
    }

    @Test func repeatedGrantsReturnTheFirstGrant() throws {
        let stack = try stack()
        let fn = try function(stack)
        let role = try IAM.Role(stack, "R", .init(assumedBy: IAM.AccountPrincipal("1234")))
        let first = try fn.grantInvoke(role)
        #expect(first === (try fn.grantInvoke(role)))
        let service = IAM.ServicePrincipal("elasticloadbalancing.amazonaws.com")
        #expect((try fn.grantInvoke(service)) === (try fn.grantInvoke(service)))
        try Template(stack).resourceCountIs("AWS::Lambda::Permission", 1)
    }

    @Test func noCurrentVersionMeansNoWarning() throws {
        let stack = try stack()
        let fn = try function(stack)
        try fn.addPermission("Invoke", .init(principal: IAM.ServicePrincipal("lambda.amazonaws.com")))
        try AnnotationsAssertions(stack).hasNoWarning("/S/Fn", Match.stringLikeRegexp("AWS Lambda has changed their authorization strategy"))
    }

    @Test func theCurrentVersionMadeFirstWarnsOnce() throws {
        let stack = try stack()
        let fn = try function(stack)
        _ = try fn.currentVersion
        try fn.addPermission("Invoke", .init(principal: IAM.ServicePrincipal("lambda.amazonaws.com")))
        _ = try fn.currentVersion
        let warnings = try AnnotationsAssertions(stack).findWarning("/S/Fn", Match.stringLikeRegexp("AWS Lambda has changed their authorization strategy"))
        #expect(warnings.count == 1)
    }
}
