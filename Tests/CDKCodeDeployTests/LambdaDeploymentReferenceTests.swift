import CDK
import CDKCloudWatch
import CDKCodeDeploy
import CDKIAM
import CDKLambda
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/codedeploy-lambda-reference/app.py (named and imported
/// applications, groups with hooks, alarms added later, rollback turned off, a given role,
/// ignored alarms, custom and imported configs, the ARNs, the removeAlarms flag) must
/// synthesize the AWS CDK's templates, byte for byte.
@Suite struct LambdaDeploymentReferenceTests {
    static func function(_ scope: Construct, _ id: String) throws -> Lambda.Function {
        try Lambda.Function(scope, id, .init(runtime: .python312, handler: "index.handler",
                                             code: .fromInline("def handler(event, context):\n    return None")))
    }

    static func alias(_ scope: Construct, _ id: String, of function: Lambda.Function) throws -> Lambda.Alias {
        try Lambda.Alias(scope, id, .init(aliasName: "live", version: try function.currentVersion))
    }

    @Test func templatesEqualTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Deploy")
        let api = try Self.function(stack, "Api")
        let live = try Self.alias(stack, "Live", of: api)
        let post = try Self.function(stack, "PostHook")
        let application = try CodeDeploy.LambdaApplication(stack, "App") { $0.applicationName = "my-app" }
        let group = try CodeDeploy.LambdaDeploymentGroup(stack, "Group", .init(alias: live)) {
            $0.application = application
            $0.deploymentGroupName = "my-group"
            $0.postHook = post
            $0.ignorePollAlarmsFailure = true
        }
        let alarm = try CloudWatch.Alarm(stack, "Errors", .init(metric: live.metricErrors(), threshold: 1, evaluationPeriods: 1))
        group.addAlarm(alarm)
        _ = try CfnOutput(stack, "GroupArn", value: group.deploymentGroupArn)
        _ = try CfnOutput(stack, "GroupName", value: group.deploymentGroupName)
        _ = try CfnOutput(stack, "AppArn", value: application.applicationArn)

        let quiet = try Self.function(stack, "Quiet")
        _ = try CodeDeploy.LambdaDeploymentGroup(stack, "NoRollback", .init(alias: try Self.alias(stack, "QuietLive", of: quiet))) {
            $0.autoRollback = .init(failedDeployment: false, stoppedDeployment: false, deploymentInAlarm: false)
            $0.deploymentConfig = CodeDeploy.LambdaDeploymentConfig.allAtOnce
        }

        let role = try IAM.Role(stack, "DeployRole", .init(assumedBy: IAM.ServicePrincipal("codedeploy.amazonaws.com")))
        let linear = try CodeDeploy.LambdaDeploymentConfig(stack, "Linear") {
            $0.deploymentConfigName = "my-linear"
            $0.trafficRouting = .timeBasedLinear(interval: .minutes(3), percentage: 20)
        }
        let allAtOnce = try CodeDeploy.LambdaDeploymentConfig(stack, "AllAtOnce")
        _ = try CfnOutput(stack, "LinearArn", value: linear.deploymentConfigArn)
        _ = try CfnOutput(stack, "AllAtOnceArn", value: allAtOnce.deploymentConfigArn)
        _ = try CfnOutput(stack, "PredefinedArn", value: CodeDeploy.LambdaDeploymentConfig.canary10Percent15Minutes.deploymentConfigArn)
        let given = try Self.function(stack, "Given")
        let givenGroup = try CodeDeploy.LambdaDeploymentGroup(stack, "GivenRole", .init(alias: try Self.alias(stack, "GivenLive", of: given))) {
            $0.role = role
            $0.deploymentConfig = linear
            $0.alarms = [alarm]
            $0.ignoreAlarmConfiguration = true
        }
        try givenGroup.addPreHook(post)

        let importedApp = try CodeDeploy.LambdaApplication.fromLambdaApplicationName(stack, "ImportedApp", "legacy-app")
        let importedConfig = try CodeDeploy.LambdaDeploymentConfig.fromLambdaDeploymentConfigName(stack, "ImportedConfig", "legacy-config")
        var attributes = CodeDeploy.LambdaDeploymentGroupAttributes(application: importedApp, deploymentGroupName: "legacy-group")
        attributes.deploymentConfig = importedConfig
        let importedGroup = try CodeDeploy.LambdaDeploymentGroup.fromLambdaDeploymentGroupAttributes(stack, "ImportedGroup", attributes)
        _ = try CfnOutput(stack, "ImportedGroupArn", value: importedGroup.deploymentGroupArn)
        _ = try CfnOutput(stack, "ImportedAppArn", value: importedApp.applicationArn)
        _ = try CfnOutput(stack, "ImportedConfigArn", value: importedGroup.deploymentConfig.deploymentConfigArn)
        let worker = try Self.function(stack, "Worker")
        _ = try CodeDeploy.LambdaDeploymentGroup(stack, "OnImported", .init(alias: try Self.alias(stack, "WorkerLive", of: worker))) {
            $0.application = importedApp
            $0.deploymentConfig = importedConfig
        }

        let flagged = try Stack(app, "Flagged")
        try flagged.node.setContext("@aws-cdk/aws-codedeploy:removeAlarmsFromDeploymentGroup", true)
        let job = try Self.function(flagged, "Job")
        _ = try CodeDeploy.LambdaDeploymentGroup(flagged, "Group", .init(alias: try Self.alias(flagged, "Live", of: job)))

        let assembly = try app.synth()
        for name in ["Deploy", "Flagged"] {
            let expected = try FixtureFiles.text("codedeploy-lambda-reference", "\(name).template.json")
            #expect(assembly.stack(name)?.template == (try JSONParser.parse(expected)), "template of \(name)")
            #expect(assembly.files.first { $0.name == "\(name).template.json" }?.contents == expected, "bytes of \(name)")
        }
    }
}

/// The expected output of a reference app under Tests/Fixtures (made by the real AWS CDK).
enum FixtureFiles {
    static func text(_ fixture: String, _ file: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/\(fixture)/expected/\(file)")
        return try String(contentsOf: url, encoding: .utf8)
    }
}
