import CDK
import CDKApplicationAutoScaling
import CDKAssertions
import ErrorCatalogueSupport
import Testing

/// The Application Auto Scaling part of the error catalogue: bounds, schedules, cooldowns and
/// target values.
@Suite struct ApplicationAutoScalingErrorCatalogue {
    static func target(_ stack: Stack, min: Int = 1, max: Int = 10) throws -> ApplicationAutoScaling.ScalableTarget {
        try ApplicationAutoScaling.ScalableTarget(stack, "Target", .init(
            serviceNamespace: .dynamodb, resourceId: "table/orders", scalableDimension: "dynamodb:table:ReadCapacityUnits",
            minCapacity: min, maxCapacity: max))
    }

    static func schedule(_ expression: String) -> @Sendable () throws -> Void {
        {
            let (_, stack) = try appWithStack()
            try target(stack).scaleOnSchedule("Action", .init(schedule: .expression(expression), minCapacity: 2))
        }
    }

    static func tracking(_ configure: @escaping @Sendable (inout ApplicationAutoScaling.BasicTargetTrackingScalingPolicyProps) -> Void) -> @Sendable () throws -> Void {
        {
            let (_, stack) = try appWithStack()
            try target(stack).scaleToTrackMetric("Tracking", .init(targetValue: 50, predefinedMetric: .dynamoDBReadCapacityUtilization)) { configure(&$0) }
        }
    }

    static let cases: [BadInput] = [
        BadInput("negative maxCapacity", path: "S/Target", mentions: ["maxCapacity", "-1"]) {
            let (_, stack) = try appWithStack()
            _ = try target(stack, min: 0, max: -1)
        },
        BadInput("negative minCapacity", path: "S/Target", mentions: ["minCapacity", "-2"]) {
            let (_, stack) = try appWithStack()
            _ = try target(stack, min: -2, max: 3)
        },
        BadInput("minCapacity above maxCapacity", path: "S/Target", mentions: ["minCapacity (9)", "maxCapacity (3)"]) {
            let (_, stack) = try appWithStack()
            _ = try target(stack, min: 9, max: 3)
        },
        BadInput("schedule cron minute 61", path: "S/Target", mentions: ["'Action'", "minute", "61"], schedule("cron(61 * * * ? *)")),
        BadInput("schedule that is not an expression", path: "S/Target", mentions: ["'daily'", "at(...)"], schedule("daily")),
        BadInput("one-time schedule with a bad date", path: "S/Target", mentions: ["'at(2030-1-1)'"], schedule("at(2030-1-1)")),
        BadInput("scale-in cooldown NaN", path: "S/Target/Tracking", mentions: ["scaleInCooldown", "NaN"], tracking { $0.scaleInCooldown = .seconds(.nan) }),
        BadInput("scale-out cooldown of 1500 ms", path: "S/Target/Tracking", mentions: ["scaleOutCooldown", "'1500 milliseconds'"], tracking { $0.scaleOutCooldown = .millis(1500) }),
        BadInput("scale-in cooldown infinite", path: "S/Target/Tracking", mentions: ["scaleInCooldown", "Infinity"], tracking { $0.scaleInCooldown = .minutes(.infinity) }),
        BadInput("target value NaN", path: "S/Target/Tracking", mentions: ["targetValue", "NaN"], tracking { $0.targetValue = .nan }),
        BadInput("target value infinite", path: "S/Target/Tracking", mentions: ["targetValue", "Infinity"], tracking { $0.targetValue = .infinity }),
        BadInput("tracking without a metric", path: "S/Target/Tracking", mentions: ["predefinedMetric"], tracking { $0.predefinedMetric = nil }),
    ]

    @Test(arguments: cases) func rejected(_ input: BadInput) throws { try input.check() }

    @Test func validSchedulesAndPoliciesPassAndLint() throws {
        let (_, stack) = try appWithStack()
        let target = try Self.target(stack, min: 0, max: 0)
        try target.scaleOnSchedule("Once", .init(schedule: .expression("at(2030-01-01T08:00:00)"), maxCapacity: 0))
        try target.scaleOnSchedule("Weekdays", .init(schedule: try .cron(.init(minute: "0", hour: "8", weekDay: "MON-FRI")), minCapacity: 0))
        try target.scaleToTrackMetric("Tracking", .init(targetValue: 70, predefinedMetric: .dynamoDBReadCapacityUtilization)) {
            $0.scaleInCooldown = .seconds(0)
        }
        try lint(stack)
    }

    /// Synthesizes a target-tracking policy changed by `configure`.
    static func synthesizedTracking(_ configure: (inout ApplicationAutoScaling.BasicTargetTrackingScalingPolicyProps) -> Void) throws -> CloudAssembly {
        let (app, stack) = try appWithStack()
        try target(stack).scaleToTrackMetric("Tracking", .init(targetValue: 50, predefinedMetric: .dynamoDBReadCapacityUtilization)) { configure(&$0) }
        return try app.synth()
    }

    @Test func extremeCooldownsAndCapacitiesNeverTrap() throws {
        var inputs = FuzzedInputs()
        for duration in extremeDurations {
            inputs.expectAcceptedOrAttributed("cooldown \(duration)") {
                try Self.synthesizedTracking { $0.scaleInCooldown = duration; $0.scaleOutCooldown = duration }
            }
        }
        for value in extremeAmounts {
            inputs.expectAcceptedOrAttributed("target \(value)") { try Self.synthesizedTracking { $0.targetValue = value } }
        }
        for (min, max) in [(Int.min, Int.max), (Int.max, Int.max), (0, Int.min)] {
            inputs.expectAcceptedOrAttributed("capacity \(min)...\(max)") {
                let (app, stack) = try appWithStack()
                _ = try Self.target(stack, min: min, max: max)
                return try app.synth()
            }
        }
        try inputs.lintAccepted()
    }
}
