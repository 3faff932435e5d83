import CDK
import CDKAssertions
import CDKCloudWatch
import CDKCodeDeploy
import CDKIAM
import CDKLambda
import Testing

/// The behaviour the AWS CDK's tests of `LambdaDeploymentGroup`, `LambdaDeploymentConfig` and
/// `LambdaApplication` check, in this library's words.
@Suite struct LambdaDeploymentGroupTests {
    static func stack(env: Environment? = nil) throws -> Stack { try Stack(try App(environment: [:]), "S", env: env) }

    static func live(_ stack: Stack, _ id: String = "Fn") throws -> Lambda.Alias {
        let function = try Lambda.Function(stack, id, .init(runtime: .python312, handler: "index.handler", code: .fromInline("def handler(e, c): pass")))
        return try Lambda.Alias(stack, id + "Live", .init(aliasName: "live", version: try function.currentVersion))
    }

    static func alarm(_ stack: Stack, _ id: String = "Alarm") throws -> CloudWatch.Alarm {
        try CloudWatch.Alarm(stack, id, .init(metric: CloudWatch.Metric(namespace: "App", metricName: "Errors"), threshold: 1, evaluationPeriods: 1))
    }

    @Test func defaultsToANewApplicationRoleAndTheFiveMinuteCanary() throws {
        let stack = try Self.stack()
        let group = try CodeDeploy.LambdaDeploymentGroup(stack, "Group", .init(alias: try Self.live(stack)))
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::CodeDeploy::Application", ["ComputePlatform": "Lambda"])
        try template.hasResourceProperties("AWS::CodeDeploy::DeploymentGroup", [
            "ApplicationName": ["Ref": "GroupApplication6E8A938A"],
            "ServiceRoleArn": ["Fn::GetAtt": ["GroupServiceRole39A35F90", "Arn"]],
            "DeploymentConfigName": "CodeDeployDefault.LambdaCanary10Percent5Minutes",
            "DeploymentStyle": ["DeploymentOption": "WITH_TRAFFIC_CONTROL", "DeploymentType": "BLUE_GREEN"],
            "AutoRollbackConfiguration": ["Enabled": true, "Events": ["DEPLOYMENT_FAILURE"]],
            "AlarmConfiguration": Match.absent(),
        ])
        try template.hasResourceProperties("AWS::IAM::Role", [
            "AssumeRolePolicyDocument": ["Statement": [["Action": "sts:AssumeRole", "Principal": ["Service": "codedeploy.amazonaws.com"]]]],
            "ManagedPolicyArns": [["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":iam::aws:policy/service-role/AWSCodeDeployRoleForLambdaLimited"]]]],
        ])
        try template.hasResource("AWS::Lambda::Alias", ["UpdatePolicy": ["CodeDeployLambdaAliasUpdate": [
            "ApplicationName": ["Ref": "GroupApplication6E8A938A"], "DeploymentGroupName": ["Ref": "GroupC77FDACD"],
        ]]])
        #expect(group.deploymentConfig.deploymentConfigName == "CodeDeployDefault.LambdaCanary10Percent5Minutes")
    }

    @Test func hooksAreInvokedByTheRoleAndReportTheirStatus() throws {
        let stack = try Self.stack()
        let pre = try Lambda.Function(stack, "Pre", .init(runtime: .python312, handler: "index.handler", code: .fromInline("x")))
        let post = try Lambda.Function(stack, "Post", .init(runtime: .python312, handler: "index.handler", code: .fromInline("x")))
        let group = try CodeDeploy.LambdaDeploymentGroup(stack, "Group", .init(alias: try Self.live(stack))) { $0.preHook = pre }
        try group.addPostHook(post)
        let template = try Template(stack)
        try template.hasResource("AWS::Lambda::Alias", ["UpdatePolicy": ["CodeDeployLambdaAliasUpdate": [
            "BeforeAllowTrafficHook": ["Ref": "Pre8D9AA392"], "AfterAllowTrafficHook": ["Ref": "Post0F9B6667"],
        ]]])
        try template.hasResourceProperties("AWS::IAM::Policy", [
            "PolicyDocument": ["Statement": [["Action": "codedeploy:PutLifecycleEventHookExecutionStatus", "Effect": "Allow"]]],
            "Roles": [["Ref": "PreServiceRole5C5DFE03"]],
        ])
        try template.hasResourceProperties("AWS::IAM::Policy", [
            "PolicyDocument": ["Statement": [
                ["Action": "lambda:InvokeFunction", "Resource": [["Fn::GetAtt": ["Pre8D9AA392", "Arn"]], Match.anyValue()]],
                ["Action": "lambda:InvokeFunction", "Resource": [["Fn::GetAtt": ["Post0F9B6667", "Arn"]], Match.anyValue()]],
            ]],
            "Roles": [["Ref": "GroupServiceRole39A35F90"]],
        ])
    }

    @Test func aSecondHookOfAKindIsAnError() throws {
        let stack = try Self.stack()
        let hook = try Lambda.Function(stack, "Hook", .init(runtime: .python312, handler: "index.handler", code: .fromInline("x")))
        let group = try CodeDeploy.LambdaDeploymentGroup(stack, "Group", .init(alias: try Self.live(stack))) { $0.preHook = hook; $0.postHook = hook }
        try expectError(path: "S/Group", message: .containing("A pre-hook function is already defined")) { try group.addPreHook(hook) }
        try expectError(path: "S/Group", message: .containing("A post-hook function is already defined")) { try group.addPostHook(hook) }
    }

    @Test func alarmsAddedLaterAreConfiguredAndRollBack() throws {
        let stack = try Self.stack()
        let group = try CodeDeploy.LambdaDeploymentGroup(stack, "Group", .init(alias: try Self.live(stack))) {
            $0.autoRollback = .init(stoppedDeployment: true)
        }
        group.addAlarm(try Self.alarm(stack))
        try Template(stack).hasResourceProperties("AWS::CodeDeploy::DeploymentGroup", [
            "AlarmConfiguration": ["Alarms": [["Name": ["Ref": "Alarm7103F465"]]], "Enabled": true],
            "AutoRollbackConfiguration": ["Enabled": true, "Events": ["DEPLOYMENT_FAILURE", "DEPLOYMENT_STOP_ON_REQUEST", "DEPLOYMENT_STOP_ON_ALARM"]],
        ])
    }

    @Test func rollingBackOnAlarmsNeedsAnAlarm() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        _ = try CodeDeploy.LambdaDeploymentGroup(stack, "Group", .init(alias: try Self.live(stack))) {
            $0.autoRollback = .init(deploymentInAlarm: true)
        }
        try expectError(path: "S/Group", message: .containing("'deploymentInAlarm' does not have any effect")) { try app.synth() }
    }

    @Test func namesCodeDeployRefusesAreErrors() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        _ = try CodeDeploy.LambdaApplication(stack, "App") { $0.applicationName = "my app" }
        _ = try CodeDeploy.LambdaDeploymentGroup(stack, "Group", .init(alias: try Self.live(stack))) { $0.deploymentGroupName = String(repeating: "g", count: 101) }
        _ = try CodeDeploy.LambdaDeploymentConfig(stack, "Config") { $0.deploymentConfigName = "a/b" }
        let caught = try expectError(message: .containing("can only contain letters")) { try app.synth() }
        let messages = caught.entries.map { "\($0.path ?? "") \($0.message)" }
        #expect(messages.contains { $0.hasPrefix("S/App Application name: \"my app\" can only contain letters") })
        #expect(messages.contains { $0.hasPrefix("S/Group Deployment group name: \"\(String(repeating: "g", count: 101))\" can be a max of 100 characters.") })
        #expect(messages.contains { $0.hasPrefix("S/Config Deployment config name: \"a/b\" can only contain letters") })
    }

    @Test func trafficRoutingIntervalsAreWholeMinutes() throws {
        let stack = try Self.stack()
        try expectError(path: "S/Canary", message: .containing("trafficRouting.interval")) {
            try CodeDeploy.LambdaDeploymentConfig(stack, "Canary") { $0.trafficRouting = .timeBasedCanary(interval: .seconds(90), percentage: 10) }
        }
        _ = try CodeDeploy.LambdaDeploymentConfig(stack, "Hourly") { $0.trafficRouting = .timeBasedCanary(interval: .hours(1), percentage: 10) }
        try Template(stack).hasResourceProperties("AWS::CodeDeploy::DeploymentConfig", [
            "TrafficRoutingConfig": ["Type": "TimeBasedCanary", "TimeBasedCanary": ["CanaryInterval": 60, "CanaryPercentage": 10]],
        ])
    }

    @Test func importsTakeNamesAndEnvironmentsFromWhatTheyAreGiven() throws {
        let stack = try Self.stack(env: Environment(account: "123456789012", region: "eu-west-1"))
        let byArn = try CodeDeploy.LambdaApplication.fromLambdaApplicationArn(stack, "ByArn", "arn:aws:codedeploy:us-east-1:111111111111:application:orders")
        #expect(byArn.applicationName == "orders")
        #expect(byArn.environment == ResourceEnvironment(account: "111111111111", region: "us-east-1"))
        let group = try CodeDeploy.LambdaDeploymentGroup.fromLambdaDeploymentGroupAttributes(
            stack, "Group", .init(application: byArn, deploymentGroupName: "blue"))
        #expect(group.deploymentConfig.deploymentConfigName == "CodeDeployDefault.LambdaCanary10Percent5Minutes")
        let resolved = try stack.resolve(.array([.string(group.deploymentGroupArn), .string(group.deploymentConfig.deploymentConfigArn)]))
        #expect(resolved == .array([
            ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":codedeploy:us-east-1:111111111111:deploymentgroup:orders/blue"]]],
            ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":codedeploy:us-east-1:111111111111:deploymentconfig:CodeDeployDefault.LambdaCanary10Percent5Minutes"]]],
        ]))
    }

    @Test func grantsReportingAHooksStatusOnTheGroup() throws {
        let stack = try Self.stack()
        let group = try CodeDeploy.LambdaDeploymentGroup(stack, "Group", .init(alias: try Self.live(stack)))
        let role = try IAM.Role(stack, "Reporter", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        try group.grantPutLifecycleEventHookExecutionStatus(role)
        try Template(stack).hasResourceProperties("AWS::IAM::Policy", [
            "PolicyDocument": ["Statement": [["Action": "codedeploy:PutLifecycleEventHookExecutionStatus", "Resource": ["Fn::Join": ["", [
                "arn:", ["Ref": "AWS::Partition"], ":codedeploy:", ["Ref": "AWS::Region"], ":", ["Ref": "AWS::AccountId"], ":deploymentgroup:",
                ["Ref": "GroupApplication6E8A938A"], "/", ["Ref": "GroupC77FDACD"],
            ]]]]]],
            "Roles": [["Ref": "Reporter08098DAC"]],
        ])
    }

    @Test func theServiceRoleTrustsCodeDeployInIsolatedRegionsToo() throws {
        let stack = try Self.stack(env: Environment(region: "us-isob-east-1"))
        _ = try CodeDeploy.LambdaDeploymentGroup(stack, "Group", .init(alias: try Self.live(stack)))
        try Template(stack).hasResourceProperties("AWS::IAM::Role", [
            "AssumeRolePolicyDocument": ["Statement": [["Action": "sts:AssumeRole", "Principal": ["Service": "codedeploy.amazonaws.com"]]]],
        ])
    }

    @Test func ignoredAlarmsStayConfiguredButDisabled() throws {
        for removesAlarms in [false, true] {
            let stack = try Self.stack()
            try stack.node.setContext("@aws-cdk/aws-codedeploy:removeAlarmsFromDeploymentGroup", .bool(removesAlarms))
            let alarm = try Self.alarm(stack)
            _ = try CodeDeploy.LambdaDeploymentGroup(stack, "Group", .init(alias: try Self.live(stack))) {
                $0.alarms = [alarm]
                $0.ignoreAlarmConfiguration = true
            }
            try Template(stack).hasResourceProperties("AWS::CodeDeploy::DeploymentGroup", [
                "AlarmConfiguration": ["Alarms": [["Name": ["Ref": "Alarm7103F465"]]], "Enabled": false],
            ])
        }
    }
}
