import CDK
import CDKAssertions
import CDKCodeDeploy
import CDKLambda
import ErrorCatalogueSupport
import Testing

/// The CodeDeploy part of the error catalogue: traffic routing intervals, names, hooks and
/// rollback on alarms.
@Suite struct CodeDeployErrorCatalogue {
    static func canary(_ stack: Stack, every interval: Duration) throws {
        _ = try CodeDeploy.LambdaDeploymentConfig(stack, "Config") { $0.trafficRouting = .timeBasedCanary(interval: interval, percentage: 10) }
    }

    static func group(_ app: App, _ stack: Stack, configure: (inout CodeDeploy.LambdaDeploymentGroupProps) throws -> Void = { _ in }) throws -> CodeDeploy.LambdaDeploymentGroup {
        try CodeDeploy.LambdaDeploymentGroup(stack, "Group", .init(alias: try LambdaDeploymentGroupTests.live(stack)), configure: configure)
    }

    static let cases: [BadInput] = [
        BadInput("canary interval of NaN minutes", path: "S/Config", mentions: ["trafficRouting.interval", "NaN"]) {
            let (_, stack) = try appWithStack()
            try canary(stack, every: .minutes(.nan))
        },
        BadInput("linear interval that is infinite", path: "S/Config", mentions: ["trafficRouting.interval", "Infinity"]) {
            let (_, stack) = try appWithStack()
            _ = try CodeDeploy.LambdaDeploymentConfig(stack, "Config") { $0.trafficRouting = .timeBasedLinear(interval: .hours(.infinity), percentage: 10) }
        },
        BadInput("canary interval of 90 seconds", path: "S/Config", mentions: ["trafficRouting.interval", "'90 seconds'"]) {
            let (_, stack) = try appWithStack()
            try canary(stack, every: .seconds(90))
        },
        BadInput("deployment config name with a slash", path: "S/Config", mentions: ["\"a/b\"", "can only contain letters"]) {
            let (app, stack) = try appWithStack()
            _ = try CodeDeploy.LambdaDeploymentConfig(stack, "Config") { $0.deploymentConfigName = "a/b" }
            try app.synth()
        },
        BadInput("application name of 101 characters", path: "S/App", mentions: ["can be a max of 100 characters"]) {
            let (app, stack) = try appWithStack()
            _ = try CodeDeploy.LambdaApplication(stack, "App") { $0.applicationName = String(repeating: "a", count: 101) }
            try app.synth()
        },
        BadInput("empty deployment group name", path: "S/Group", mentions: ["Deployment group name: \"\"", "can only contain letters"]) {
            let (app, stack) = try appWithStack()
            _ = try group(app, stack) { $0.deploymentGroupName = "" }
            try app.synth()
        },
        BadInput("second pre-hook", path: "S/Group", mentions: ["A pre-hook function is already defined"]) {
            let (app, stack) = try appWithStack()
            let hook = try Lambda.Function(stack, "Hook", .init(runtime: .python312, handler: "index.handler", code: .fromInline("x")))
            try group(app, stack) { $0.preHook = hook }.addPreHook(hook)
        },
        BadInput("rollback on alarms without an alarm", path: "S/Group", mentions: ["deploymentInAlarm", "at least one CloudWatch alarm"]) {
            let (app, stack) = try appWithStack()
            _ = try group(app, stack) { $0.autoRollback.deploymentInAlarm = true }
            try app.synth()
        },
    ]

    @Test(arguments: cases) func rejected(_ input: BadInput) throws { try input.check() }

    @Test func extremeIntervalsNeverTrap() throws {
        var inputs = FuzzedInputs()
        for duration in extremeDurations {
            inputs.expectAcceptedOrAttributed("canary every \(duration)") {
                let (app, stack) = try appWithStack()
                try Self.canary(stack, every: duration)
                return try app.synth()
            }
        }
        try inputs.lintAccepted()
    }
}
