import CDK
import CDKAssertions
import CDKCloudWatch
import CDKEvents
import CDKEventsTargets
import CDKIAM
import CDKLambda
import CDKLambdaEventSources
import CDKSQS
import Foundation
import Testing

/// Versions and aliases are functions: the Swift port of Tests/Fixtures/lambda-alias-reference/app.py
/// (grants, permissions, event sources, rule targets, metrics and asynchronous invocation options
/// on an alias and a version) must synthesize the AWS CDK's template.
@Suite struct LambdaAliasReferenceTests {
    static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/lambda-alias-reference/expected/Aliases.template.json")

    static func port() throws -> App {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Aliases")
        let code = Lambda.Code.fromInline("def handler(event, context):\n    return 1")
        let fn = try Lambda.Function(stack, "Api", .init(runtime: .python312, handler: "index.handler", code: code)) {
            $0.maxEventAge = .hours(1)
            $0.retryAttempts = 1
        }
        let live = try fn.addAlias("live") { $0.retryAttempts = 0; $0.description = "Live traffic" }
        let version = try Lambda.Version(stack, "V1", .init(lambda: fn)) { $0.maxEventAge = .minutes(5) }
        let canary = try Lambda.Alias(stack, "Canary", .init(aliasName: "canary", version: try fn.currentVersion)) {
            $0.additionalVersions = [Lambda.VersionWeight(version: version, weight: 0.1)]
            $0.provisionedConcurrentExecutions = 2
        }

        let caller = try IAM.Role(stack, "Caller", .init(assumedBy: IAM.AccountRootPrincipal()))
        try live.grantInvoke(caller)
        try version.grantInvoke(caller)
        try live.grantInvoke(IAM.ServicePrincipal("apigateway.amazonaws.com"))
        try canary.addPermission("AllowS3", Lambda.Permission(principal: IAM.ServicePrincipal("s3.amazonaws.com"), sourceAccount: "123456789012"))
        try version.addPermission("AllowSns", Lambda.Permission(principal: IAM.ServicePrincipal("sns.amazonaws.com")))

        let queue = try SQS.Queue(stack, "Jobs")
        try live.addEventSource(LambdaEventSources.SqsEventSource(queue) { $0.batchSize = 5 })
        let rule = try Events.Rule(stack, "Hourly") { $0.schedule = try .rate(.hours(1)) }
        try rule.addTarget(EventsTargets.LambdaFunction(live))

        _ = try CloudWatch.Alarm(stack, "LiveErrors", .init(metric: live.metricErrors(), threshold: 1, evaluationPeriods: 1))
        _ = try CloudWatch.Alarm(stack, "VersionDuration", .init(metric: version.metricDuration(.init(period: .minutes(1))),
                                                                  threshold: 1000, evaluationPeriods: 2))
        _ = try CfnOutput(stack, "LiveName", value: live.functionName)
        _ = try CfnOutput(stack, "LiveArn", value: live.functionArn)
        _ = try CfnOutput(stack, "VersionName", value: version.functionName)
        return app
    }

    @Test func templateEqualsTheAWSCDKs() throws {
        let assembly = try Self.port().synth()
        let expectedText = try String(contentsOf: Self.expected, encoding: .utf8)
        #expect(assembly.stack("Aliases")?.template == (try JSONParser.parse(expectedText)))
        #expect(assembly.files.first { $0.name == "Aliases.template.json" }?.contents == expectedText)
    }

    @Test func aliasesAndVersionsQualifyTheirFunction() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        let fn = try Lambda.Function(stack, "Fn", .init(runtime: .python312, handler: "h", code: .fromInline("x")))
        let alias = try fn.addAlias("live")
        #expect(alias.node.path == "S/Fn/Aliaslive")
        #expect(alias.lambda === fn)
        #expect(alias.role === fn.role)
        #expect(alias.resourceArnsForGrantInvoke == [alias.functionArn])
        #expect(fn.resourceArnsForGrantInvoke == [fn.functionArn, "\(fn.functionArn):*"])
        try expectError(message: "An EventInvokeConfig has already been configured") {
            try alias.configureAsyncInvoke(.init(retryAttempts: 1))
            try alias.configureAsyncInvoke(.init(retryAttempts: 2))
        }
        try expectError(message: "`retryAttempts` must be between 0 and 2, got 3.") {
            try fn.configureAsyncInvoke(.init(retryAttempts: 3))
        }
        try expectError(message: "Sum of additional version weights must not exceed 1, got: 1.2") {
            try Lambda.Alias(stack, "Bad", .init(aliasName: "bad", version: try fn.currentVersion)) {
                $0.additionalVersions = [.init(version: try fn.currentVersion, weight: 0.6), .init(version: try fn.currentVersion, weight: 0.6)]
            }
        }
    }
}
