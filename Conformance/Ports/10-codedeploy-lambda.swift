import CDK
import CDKCloudWatch
import CDKCodeDeploy
import CDKLambda

/// Port of ../shared/conformance/10-codedeploy-lambda/app.py: traffic shifting for Lambda. A
/// function version and alias, a pre-traffic hook, an alarm on the alias's errors, a deployment
/// group with a predefined linear config, the alarm and auto rollback; and a custom canary
/// config used by a second group.
enum CodeDeployLambda {
    static func synthesize(to outdir: String) throws {
        let app = try App(outdir: outdir)
        let stack = try Stack(app, "Deploy")
        func function(_ id: String, returning body: String) throws -> Lambda.Function {
            try Lambda.Function(stack, id, .init(runtime: .python312, handler: "index.handler",
                                                 code: .fromInline("def handler(event, context):\n    return \(body)")))
        }

        let api = try function("Api", returning: "{'statusCode': 200}")
        let live = try Lambda.Alias(stack, "Live", .init(aliasName: "live", version: try api.currentVersion))
        let hook = try function("PreHook", returning: "None")
        let errors = try CloudWatch.Alarm(stack, "Errors", .init(metric: live.metricErrors(.init(period: .minutes(1))), threshold: 1, evaluationPeriods: 1)) {
            $0.comparisonOperator = .greaterThanOrEqualToThreshold
        }
        _ = try CodeDeploy.LambdaDeploymentGroup(stack, "Group", .init(alias: live)) {
            $0.deploymentConfig = CodeDeploy.LambdaDeploymentConfig.linear10PercentEvery1Minute
            $0.alarms = [errors]
            $0.preHook = hook
            $0.autoRollback = .init(failedDeployment: true, stoppedDeployment: true, deploymentInAlarm: true)
        }

        let custom = try CodeDeploy.LambdaDeploymentConfig(stack, "Custom") {
            $0.trafficRouting = .timeBasedCanary(interval: .minutes(10), percentage: 5)
        }
        let worker = try function("Worker", returning: "{'ok': True}")
        let workerLive = try Lambda.Alias(stack, "WorkerLive", .init(aliasName: "live", version: try worker.currentVersion))
        _ = try CodeDeploy.LambdaDeploymentGroup(stack, "WorkerGroup", .init(alias: workerLive)) { $0.deploymentConfig = custom }
        try app.synth()
    }
}
