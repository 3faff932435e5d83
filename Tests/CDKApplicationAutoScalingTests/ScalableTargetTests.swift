import CDK
import CDKApplicationAutoScaling
import CDKAssertions
import CDKIAM
import Testing

/// `ApplicationAutoScaling.ScalableTarget` on its own: its role, schedules, target tracking
/// policies and the errors of invalid bounds and actions.
@Suite struct ScalableTargetTests {
    func stack() throws -> Stack { try Stack(try App(environment: [:]), "S") }
    func props(min: Int = 1, max: Int = 10) -> ApplicationAutoScaling.ScalableTargetProps {
        .init(serviceNamespace: .dynamodb, resourceId: "table/orders", scalableDimension: "dynamodb:table:ReadCapacityUnits",
              minCapacity: min, maxCapacity: max)
    }

    @Test func aTargetWithoutARoleGetsOneForTheService() throws {
        let stack = try stack()
        let target = try ApplicationAutoScaling.ScalableTarget(stack, "Target", props())
        let template = try Template(stack)
        let roleId = try template.logicalId(of: try #require(target.role))
        try template.hasResourceProperties("AWS::IAM::Role", ["AssumeRolePolicyDocument": ["Statement": [[
            "Action": "sts:AssumeRole", "Effect": "Allow", "Principal": ["Service": "application-autoscaling.amazonaws.com"],
        ]]]])
        try template.hasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", Match.objectEquals([
            "MaxCapacity": 10, "MinCapacity": 1, "ResourceId": "table/orders",
            "RoleARN": ["Fn::GetAtt": [.json(.string(roleId)), "Arn"]],
            "ScalableDimension": "dynamodb:table:ReadCapacityUnits", "ServiceNamespace": "dynamodb",
        ]))
    }

    @Test func aGivenRoleIsUsed() throws {
        let stack = try stack()
        let role = try IAM.Role(stack, "Given", .init(assumedBy: IAM.ServicePrincipal("application-autoscaling.amazonaws.com")))
        let target = try ApplicationAutoScaling.ScalableTarget(stack, "Target", props()) { $0.role = role }
        #expect(target.role === role)
        try Template(stack).resourceCountIs("AWS::IAM::Role", 1)
    }

    @Test func invalidBounds() throws {
        let stack = try stack()
        try expectError(path: "/S/A", message: "minCapacity (10) should be lower than maxCapacity (5)") {
            try ApplicationAutoScaling.ScalableTarget(stack, "A", props(min: 10, max: 5))
        }
        try expectError(path: "/S/B", message: "minCapacity cannot be negative, got: -1") {
            try ApplicationAutoScaling.ScalableTarget(stack, "B", props(min: -1, max: 5))
        }
        try expectError(path: "/S/C", message: "maxCapacity cannot be negative, got: -2") {
            try ApplicationAutoScaling.ScalableTarget(stack, "C", props(min: 0, max: -2))
        }
    }

    @Test func schedules() throws {
        let stack = try stack()
        let target = try ApplicationAutoScaling.ScalableTarget(stack, "Target", props())
        try target.scaleOnSchedule("Morning", .init(schedule: try .cron(.init(minute: "0", hour: "8", weekDay: "MON-FRI")), minCapacity: 5))
        try target.scaleOnSchedule("Daily", .init(schedule: try .rate(.days(1)), maxCapacity: 8))
        try target.scaleOnSchedule("Quarter", .init(schedule: try .rate(.minutes(15)), minCapacity: 1, maxCapacity: 2))
        try target.scaleOnSchedule("Day", .init(schedule: try .cron(.init(minute: "0", day: "1")), minCapacity: 2))
        try Template(stack).hasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", ["ScheduledActions": [
            ["ScalableTargetAction": Match.objectEquals(["MinCapacity": 5]), "Schedule": "cron(0 8 ? * MON-FRI *)", "ScheduledActionName": "Morning"],
            ["ScalableTargetAction": Match.objectEquals(["MaxCapacity": 8]), "Schedule": "rate(1 day)", "ScheduledActionName": "Daily"],
            ["ScalableTargetAction": ["MaxCapacity": 2, "MinCapacity": 1], "Schedule": "rate(15 minutes)", "ScheduledActionName": "Quarter"],
            ["Schedule": "cron(0 * 1 * ? *)", "ScheduledActionName": "Day"],
        ]])
        #expect(try AnnotationsAssertions(stack).findWarning("*").isEmpty)
    }

    @Test func scheduleErrors() throws {
        let stack = try stack()
        let target = try ApplicationAutoScaling.ScalableTarget(stack, "Target", props())
        try expectError(path: "/S/Target", message: "You must supply at least one of minCapacity or maxCapacity") {
            try target.scaleOnSchedule("Nothing", .init(schedule: .expression("rate(1 hour)")))
        }
        try expectError(message: "Cannot supply both 'day' and 'weekDay', use at most one") {
            try ApplicationAutoScaling.Schedule.cron(.init(day: "1", weekDay: "MON"))
        }
        try expectError(message: "Duration cannot be 0") { try ApplicationAutoScaling.Schedule.rate(.minutes(0)) }
        #expect(try ApplicationAutoScaling.Schedule.rate(.hours(2)).expressionString == "rate(2 hours)")
        #expect(try ApplicationAutoScaling.Schedule.rate(.minutes(90)).expressionString == "rate(90 minutes)")
    }

    @Test func targetTrackingPolicies() throws {
        let stack = try stack()
        let target = try ApplicationAutoScaling.ScalableTarget(stack, "Target", props())
        let policy = try target.scaleToTrackMetric("Tracking", .init(targetValue: 70, predefinedMetric: .dynamoDBReadCapacityUtilization)) {
            $0.scaleInCooldown = .minutes(1)
            $0.disableScaleIn = false
        }
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::ApplicationAutoScaling::ScalingPolicy", Match.objectEquals([
            "PolicyName": Match.stringLikeRegexp("^STargetTracking[0-9A-F]{8}$"),
            "PolicyType": "TargetTrackingScaling",
            "ScalingTargetId": ["Ref": .json(.string(try template.logicalId(of: target)))],
            "TargetTrackingScalingPolicyConfiguration": Match.objectEquals([
                "DisableScaleIn": false,
                "PredefinedMetricSpecification": Match.objectEquals(["PredefinedMetricType": "DynamoDBReadCapacityUtilization"]),
                "ScaleInCooldown": 60, "TargetValue": 70,
            ]),
        ]))
        #expect(try stack.resolve(.string(policy.scalingPolicyArn)) == ["Ref": .string(try template.logicalId(of: policy.cfnScalingPolicy))])
        try expectError(path: "/S/Target/NoMetric", message: "Exactly one of 'customMetric' or 'predefinedMetric' must be specified.") {
            try target.scaleToTrackMetric("NoMetric", .init(targetValue: 50))
        }
    }
}
