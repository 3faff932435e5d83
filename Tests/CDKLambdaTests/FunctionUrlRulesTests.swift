import CDK
import CDKAssertions
import CDKIAM
import CDKLambda
import Testing

/// What function URLs refuse and what they default to, as the AWS CDK's function-url tests check.
@Suite struct FunctionUrlRulesTests {
    func stack() throws -> Stack { try Stack(try App(environment: [:]), "S") }

    func function(_ stack: Stack) throws -> Lambda.Function {
        try Lambda.Function(stack, "Fn", .init(runtime: .python312, handler: "index.handler", code: .fromInline("x")))
    }

    @Test func aVersionCannotHaveAUrl() throws {
        let stack = try stack()
        let version = try Lambda.Version(stack, "V", .init(lambda: try function(stack)))
        try expectError(path: "/S/Url", message: .containing("FunctionUrl cannot be used with a Version")) {
            try Lambda.FunctionUrl(stack, "Url", .init(function: version))
        }
    }

    @Test func corsMaxAgeIsAtMostOneDay() throws {
        let stack = try stack()
        let fn = try function(stack)
        try expectError(path: "/S/Fn/FunctionUrl", message: .containing("FunctionUrl CORS maxAge should be less than or equal to 86400 secs (got 86401)")) {
            try fn.addFunctionUrl { $0.cors = .init(maxAge: .seconds(86_401)) }
        }
        let url = try Lambda.FunctionUrl(stack, "Day", .init(function: fn)) { $0.cors = .init(maxAge: .days(1)) }
        try Template(stack).hasResourceProperties("AWS::Lambda::Url", ["Cors": ["AllowMethods": ["*"], "MaxAge": 86400]])
        #expect(url.authType == .awsIam)
    }

    @Test func iamAuthAddsNoPermission() throws {
        let stack = try stack()
        try function(stack).addFunctionUrl { $0.authType = .awsIam }
        let template = try Template(stack)
        try template.resourceCountIs("AWS::Lambda::Permission", 0)
        try template.hasResourceProperties("AWS::Lambda::Url", ["AuthType": "AWS_IAM", "Cors": Match.absent(), "InvokeMode": Match.absent()])
    }

    @Test func aSecondUrlOfTheSameFunctionIsADuplicate() throws {
        let fn = try function(try stack())
        try fn.addFunctionUrl()
        #expect(throws: CDKError.self) { try fn.addFunctionUrl() }
    }

    @Test func aRepeatedUrlGrantReturnsTheFirst() throws {
        let stack = try stack()
        let fn = try function(stack)
        let first = try fn.grantInvokeUrl(IAM.ServicePrincipal("lambda.amazonaws.com"))
        let second = try fn.grantInvokeUrl(IAM.ServicePrincipal("lambda.amazonaws.com"))
        #expect(first === second)
        try Template(stack).resourceCountIs("AWS::Lambda::Permission", 2)
    }
}
