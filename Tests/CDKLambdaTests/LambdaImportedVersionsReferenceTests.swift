import CDK
import CDKAssertions
import CDKIAM
import CDKLambda
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/lambda-imported-versions-reference/app.py: versions
/// imported by ARN (literal and token) and by number, aliases of versions and of `$LATEST`,
/// and a stage's permissions boundary on the service role.
@Suite struct LambdaImportedVersionsReferenceTests {
    static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/lambda-imported-versions-reference/expected")

    func function(_ stack: Stack) throws -> Lambda.Function {
        try Lambda.Function(stack, "Fn", .init(runtime: .nodejs22X, handler: "index.handler", code: .fromInline("foo")))
    }

    @Test func templatesEqualTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Versions")
        let version = try Lambda.Version.fromVersionArn(stack, "Version", versionArn: "arn:aws:lambda:region:account-id:function:function-name:version1")
        _ = try CfnOutput(stack, "ARN", value: version.functionArn)
        _ = try CfnOutput(stack, "Name", value: version.functionName)
        _ = try CfnOutput(stack, "FunctionArn", value: version.lambda.functionArn)
        try version.configureAsyncInvoke(.init(retryAttempts: 1))
        let fn = try function(stack)
        let numbered = try Lambda.Version.fromVersionAttributes(stack, "Numbered", version: "7", lambda: fn)
        try numbered.configureAsyncInvoke(.init(retryAttempts: 0))
        try numbered.grantInvoke(try IAM.Role(stack, "Caller", .init(assumedBy: IAM.AccountPrincipal("1234"))))
        _ = try CfnOutput(stack, "NumberedArn", value: numbered.functionArn)
        try fn.currentVersion.addAlias("foo")
        try fn.latestVersion.addAlias("latest")
        let token = try Lambda.Version.fromVersionArn(stack, "FromToken", versionArn: try fn.currentVersion.functionArn)
        _ = try CfnOutput(stack, "TokenFunctionArn", value: token.lambda.functionArn)
        _ = try CfnOutput(stack, "TokenVersion", value: token.version)

        let prod = try Stage(app, "Prod", permissionsBoundary: .fromName("my-boundary"))
        let bounded = try Stack(prod, "Bounded")
        _ = try function(bounded)

        let assembly = try app.synth()
        let expectedText = try String(contentsOf: Self.expected.appendingPathComponent("Versions.template.json"), encoding: .utf8)
        #expect(assembly.stack("Versions")?.template == (try JSONParser.parse(expectedText)))
        #expect(assembly.files.first { $0.name == "Versions.template.json" }?.contents == expectedText)
        let boundedText = try String(contentsOf: Self.expected.appendingPathComponent("assembly-Prod/ProdBoundedB8755859.template.json"), encoding: .utf8)
        #expect(try Template(bounded).toJSON() == (try JSONParser.parse(boundedText)))
    }

    @Test func anImportedVersionOutsideAKnownAccountCannotHavePermissions() throws {
        let stack = try Stack(try App(environment: [:]), "S")
        let fn = try function(stack)
        let numbered = try Lambda.Version.fromVersionAttributes(stack, "Numbered", version: "7", lambda: fn)
        #expect(numbered.functionName.hasSuffix(":7"))
        try expectError(path: "/S/Numbered", message: .containing("Cannot modify permission to lambda function")) {
            try numbered.grantInvoke(IAM.ServicePrincipal("events.amazonaws.com"))
        }
        let inAccount = try Stack(try App(environment: [:]), "A", env: Environment(account: "123456789012", region: "us-east-1"))
        let own = try Lambda.Version.fromVersionArn(inAccount, "Own", versionArn: "arn:aws:lambda:us-east-1:123456789012:function:fn:3")
        try own.grantInvoke(IAM.ServicePrincipal("events.amazonaws.com"))
        try Template(inAccount).hasResourceProperties("AWS::Lambda::Permission", [
            "FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:fn:3", "Principal": "events.amazonaws.com",
        ])
    }
}
