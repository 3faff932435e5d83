import CDK
import CDKApplicationAutoScaling
import CDKAssertions
import CDKLambda
import Foundation
import Testing

/// Provisioned concurrency autoscaling of aliases: the Swift port of
/// Tests/Fixtures/lambda-alias-autoscaling-reference/app.py must synthesize the AWS CDK's
/// template; then the scalable target's resource id, bounds and role, the utilization policy,
/// schedules with their warning, and each error.
@Suite struct LambdaAliasAutoScalingTests {
    static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/lambda-alias-autoscaling-reference/expected/AliasScaling.template.json")

    static func port() throws -> App {
        let app = try App(environment: [:])
        let stack = try Stack(app, "AliasScaling")
        let fn = try Lambda.Function(stack, "Api", .init(runtime: .python312, handler: "index.handler",
                                                         code: .fromInline("def handler(event, context):\n    return 1")))
        let live = try Lambda.Alias(stack, "Live", .init(aliasName: "live", version: try fn.currentVersion)) {
            $0.provisionedConcurrentExecutions = 2
        }
        let scaling = try live.addAutoScaling(.init(maxCapacity: 20, minCapacity: 2))
        try scaling.scaleOnUtilization(.init(utilizationTarget: 0.7)) {
            $0.scaleInCooldown = .minutes(5)
            $0.scaleOutCooldown = .seconds(30)
            $0.disableScaleIn = false
        }
        try scaling.scaleOnSchedule("MorningPeak", .init(schedule: try .cron(.init(minute: "0", hour: "8", weekDay: "MON-FRI")), minCapacity: 10))
        try scaling.scaleOnSchedule("Evening", .init(schedule: try .rate(.hours(12)), minCapacity: 2, maxCapacity: 5))

        let named = try Lambda.Function(stack, "Named", .init(runtime: .python312, handler: "index.handler",
                                                             code: .fromInline("def handler(event, context):\n    return 2"))) {
            $0.functionName = "named-function"
        }
        let beta = try named.addAlias("beta")
        try beta.addAutoScaling(maxCapacity: 5).scaleOnUtilization(.init(utilizationTarget: 0.5)) { $0.policyName = "BetaTracking" }
        return app
    }

    @Test func templateEqualsTheAWSCDKs() throws {
        let assembly = try Self.port().synth()
        let expectedText = try String(contentsOf: Self.expected, encoding: .utf8)
        #expect(assembly.stack("AliasScaling")?.template == (try JSONParser.parse(expectedText)))
        #expect(assembly.files.first { $0.name == "AliasScaling.template.json" }?.contents == expectedText)
    }

    func alias(_ stack: Stack, provisioned: Int? = nil) throws -> Lambda.Alias {
        let fn = try Lambda.Function(stack, "MyLambda", .init(runtime: .nodejs20X, handler: "index.hello", code: .fromInline("hello()")))
        return try Lambda.Alias(stack, "Alias", .init(aliasName: "prod", version: try fn.currentVersion)) {
            $0.provisionedConcurrentExecutions = provisioned
        }
    }

    /// The resource id is `function:` and the function name read from the alias's ARN (so the
    /// target depends on the alias), then `:<alias name>`; the minimum defaults to 1.
    @Test(arguments: [nil, 10] as [Int?])
    func scalableTargetOfTheAlias(_ provisioned: Int?) throws {
        let stack = try Stack(try App(environment: [:]), "S")
        let alias = try alias(stack, provisioned: provisioned)
        let scaling = try alias.addAutoScaling(.init(maxCapacity: 5))
        #expect(scaling.node.path == "S/Alias/AliasScaling")
        #expect(scaling.target.node.path == "S/Alias/AliasScaling/Target")
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", Match.objectEquals([
            "MinCapacity": 1, "MaxCapacity": 5, "ServiceNamespace": "lambda",
            "ScalableDimension": "lambda:function:ProvisionedConcurrency",
            "ResourceId": ["Fn::Join": ["", ["function:", ["Fn::Select": [6, ["Fn::Split": [":", ["Ref": "Alias325C5727"]]]]], ":prod"]]],
            "RoleARN": ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":iam::", ["Ref": "AWS::AccountId"],
                                          ":role/aws-service-role/lambda.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_LambdaConcurrency"]]],
        ]))
        if let provisioned {
            try template.hasResourceProperties("AWS::Lambda::Alias", ["ProvisionedConcurrencyConfig": ["ProvisionedConcurrentExecutions": .json(.number(Double(provisioned)))]])
        }
        // The service-linked role is imported: no role is created.
        try template.resourceCountIs("AWS::IAM::Role", 1)
    }

    @Test func utilizationPolicyTracksProvisionedConcurrency() throws {
        let stack = try Stack(try App(environment: [:]), "S")
        try alias(stack).addAutoScaling(.init(maxCapacity: 5)).scaleOnUtilization(.init(utilizationTarget: 0.9))
        try Template(stack).hasResourceProperties("AWS::ApplicationAutoScaling::ScalingPolicy", [
            "PolicyType": "TargetTrackingScaling",
            "PolicyName": Match.stringLikeRegexp("^SAliasAliasScalingTargetTracking[0-9A-F]{8}$"),
            "ScalingTargetId": ["Ref": Match.stringLikeRegexp("^AliasAliasScalingTarget")],
            "TargetTrackingScalingPolicyConfiguration": Match.objectEquals([
                "PredefinedMetricSpecification": ["PredefinedMetricType": "LambdaProvisionedConcurrencyUtilization"],
                "TargetValue": 0.9,
            ]),
        ])
    }

    /// A token target is not checked: its value shows only at synthesis.
    @Test func aTokenUtilizationTargetIsNotChecked() throws {
        let stack = try Stack(try App(environment: [:]), "S")
        try alias(stack, provisioned: 10).addAutoScaling(.init(maxCapacity: 5))
            .scaleOnUtilization(.init(utilizationTarget: Lazy.number { 0.95 }))
        try Template(stack).hasResourceProperties("AWS::ApplicationAutoScaling::ScalingPolicy", [
            "TargetTrackingScalingPolicyConfiguration": [
                "PredefinedMetricSpecification": ["PredefinedMetricType": "LambdaProvisionedConcurrencyUtilization"],
                "TargetValue": 0.95,
            ],
        ])
    }

    @Test(arguments: [0.95, 0.05, -1, .nan])
    func utilizationTargetOutsideTheRangeIsRejected(_ target: Double) throws {
        let stack = try Stack(try App(environment: [:]), "S")
        let scaling = try alias(stack).addAutoScaling(.init(maxCapacity: 5))
        try expectError(path: "/S/Alias/AliasScaling",
                        message: "Utilization Target should be between 0.1 and 0.9. Found \(NumberText.display(target)).") {
            try scaling.scaleOnUtilization(.init(utilizationTarget: target))
        }
    }

    @Test func scalingTwiceIsRejected() throws {
        let stack = try Stack(try App(environment: [:]), "S")
        let alias = try alias(stack)
        try alias.addAutoScaling(.init(maxCapacity: 5))
        try expectError(path: "/S/Alias", message: "AutoScaling already enabled for this alias") {
            try alias.addAutoScaling(.init(maxCapacity: 8))
        }
    }

    @Test func invalidBoundsAreRejectedByTheTarget() throws {
        let stack = try Stack(try App(environment: [:]), "S")
        let alias = try alias(stack)
        try expectError(path: "/S/Alias/AliasScaling/Target", message: "minCapacity (10) should be lower than maxCapacity (5)") {
            try alias.addAutoScaling(.init(maxCapacity: 5, minCapacity: 10))
        }
    }

    @Test func scheduledScalingWarnsWithoutAMinute() throws {
        let stack = try Stack(try App(environment: [:]), "Default")
        let scaling = try alias(stack).addAutoScaling(.init(maxCapacity: 5))
        try scaling.scaleOnSchedule("Scheduling", .init(schedule: try .cron(), maxCapacity: 10))
        try Template(stack).hasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", ["ScheduledActions": [[
            "ScalableTargetAction": Match.objectEquals(["MaxCapacity": 10]), "Schedule": "cron(* * * * ? *)", "ScheduledActionName": "Scheduling",
        ]]])
        try AnnotationsAssertions(stack).hasWarning("/Default/Alias/AliasScaling/Target", "cron: If you don't pass 'minute', by default the event runs every minute. Pass 'minute: '*'' if that's what you intend, or 'minute: 0' to run once per hour instead. [ack: @aws-cdk/aws-applicationautoscaling:defaultRunEveryMinute]")
    }

    @Test func scheduledScalingWithAMinuteDoesNotWarn() throws {
        let stack = try Stack(try App(environment: [:]), "Default")
        try alias(stack).addAutoScaling(.init(maxCapacity: 5))
            .scaleOnSchedule("Scheduling", .init(schedule: try .cron(.init(minute: "*")), maxCapacity: 10))
        #expect(try AnnotationsAssertions(stack).findWarning("*").isEmpty)
    }

    @Test func aScheduleWithoutBoundsIsRejected() throws {
        let stack = try Stack(try App(environment: [:]), "S")
        let scaling = try alias(stack).addAutoScaling(.init(maxCapacity: 5))
        try expectError(path: "/S/Alias/AliasScaling/Target", message: "You must supply at least one of minCapacity or maxCapacity, got a schedule of rate(1 hour) only") {
            try scaling.scaleOnSchedule("Nothing", .init(schedule: try .rate(.hours(1))))
        }
    }
}
