import CDK
import CDKAssertions
import CDKIAM
import CDKLambda
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/lambda-function-url-reference/app.py: URLs with both auth
/// types, full and default CORS, invoke modes, a URL of an alias, the permissions for NONE auth,
/// and grantInvokeUrl to a role and to principals without a policy; the template equals the
/// AWS CDK's.
@Suite struct LambdaFunctionUrlReferenceTests {
    static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/lambda-function-url-reference/expected")

    static func function(_ scope: Construct, _ id: String) throws -> Lambda.Function {
        try Lambda.Function(scope, id, .init(runtime: .python312, handler: "index.handler",
                                             code: .fromInline("def handler(event, context):\n    return {}")))
    }

    static func synth() throws -> (App, CloudAssembly) {
        let app = try App(environment: [:])
        let stack = try Stack(app, "FunctionUrls")
        let privateFn = try function(stack, "Private")
        let privateUrl = try privateFn.addFunctionUrl()
        _ = try CfnOutput(stack, "PrivateUrl", value: privateUrl.url)

        let publicFn = try function(stack, "Public")
        try publicFn.addFunctionUrl {
            $0.authType = Lambda.FunctionUrlAuthType.noAuth
            $0.invokeMode = .responseStream
            $0.cors = .init(allowCredentials: true, allowedHeaders: ["X-Custom-Header"], allowedMethods: [.get, .post],
                            allowedOrigins: ["https://example.com"], exposedHeaders: ["X-Exposed"], maxAge: .hours(1))
        }

        let corsFn = try function(stack, "CorsDefaults")
        _ = try Lambda.FunctionUrl(stack, "CorsUrl", .init(function: corsFn)) {
            $0.authType = .awsIam
            $0.invokeMode = .buffered
            $0.cors = .init(allowedOrigins: ["*"])
        }

        let aliasedFn = try function(stack, "Aliased")
        let alias = try Lambda.Alias(stack, "Live", .init(aliasName: "live", version: try aliasedFn.currentVersion))
        let aliasUrl = try alias.addFunctionUrl { $0.authType = Lambda.FunctionUrlAuthType.noAuth }
        _ = try CfnOutput(stack, "AliasUrl", value: aliasUrl.url)

        let invoker = try IAM.Role(stack, "Invoker", .init(assumedBy: IAM.AccountPrincipal("1234")))
        try privateFn.grantInvokeUrl(invoker)
        try privateFn.grantInvokeUrl(invoker)
        try privateUrl.grantInvokeUrl(IAM.ServicePrincipal("lambda.amazonaws.com"))
        try alias.grantInvokeUrl(invoker)
        try alias.grantInvokeUrl(IAM.AccountPrincipal("5678"))
        return (app, try app.synth())
    }

    @Test func templateEqualsTheAWSCDKs() throws {
        let (_, assembly) = try Self.synth()
        let file = "FunctionUrls.template.json"
        let expectedText = try String(contentsOf: Self.expected.appendingPathComponent(file), encoding: .utf8)
        #expect(assembly.stack("FunctionUrls")?.template == (try JSONParser.parse(expectedText)))
        #expect(assembly.files.first { $0.name == file }?.contents == expectedText)
    }

    /// As in the AWS CDK, none of these URLs and grants warns.
    @Test func noWarnings() throws {
        let (app, _) = try Self.synth()
        #expect(try AnnotationsAssertions(app).findWarning("*").isEmpty)
    }
}
