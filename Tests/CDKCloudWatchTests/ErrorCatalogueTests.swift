import CDK
import CDKAssertions
import CDKCloudWatch
import ErrorCatalogueSupport
import Testing

/// The CloudWatch part of the error catalogue: metric periods, thresholds, evaluation periods
/// and datapoints of alarms.
@Suite struct CloudWatchErrorCatalogue {
    static func metric(period: Duration = .minutes(5)) -> CloudWatch.Metric {
        CloudWatch.Metric(namespace: "App", metricName: "Errors", period: period)
    }

    static func alarm(_ stack: Stack, metric: CloudWatch.Metric = metric(), threshold: Double = 1, evaluationPeriods: Int = 1,
                      configure: (inout CloudWatch.AlarmProps) throws -> Void = { _ in }) throws {
        _ = try CloudWatch.Alarm(stack, "Alarm", .init(metric: metric, threshold: threshold, evaluationPeriods: evaluationPeriods), configure: configure)
    }

    static let cases: [BadInput] = [
        BadInput("metric period NaN seconds", path: "S/Alarm", mentions: ["NaN"]) {
            let (_, stack) = try appWithStack()
            try alarm(stack, metric: metric(period: .seconds(.nan)))
        },
        BadInput("metric period infinite", path: "S/Alarm", mentions: ["Infinity"]) {
            let (_, stack) = try appWithStack()
            try alarm(stack, metric: metric(period: .minutes(.infinity)))
        },
        BadInput("metric period of zero (CloudFormation refuses it)", path: "S/Alarm", mentions: ["'period'", "received 0"]) {
            let (_, stack) = try appWithStack()
            try alarm(stack, metric: metric(period: .seconds(0)))
        },
        BadInput("metric period longer than 7 days", path: "S/Alarm", mentions: ["at most 7 days", "received 691200"]) {
            let (_, stack) = try appWithStack()
            try alarm(stack, metric: metric(period: .days(8)))
        },
        BadInput("metric period negative", path: "S/Alarm", mentions: ["negative"]) {
            let (_, stack) = try appWithStack()
            try alarm(stack, metric: metric(period: .minutes(-1)))
        },
        BadInput("metric period of 1500 milliseconds", path: "S/Alarm", mentions: ["'1500 milliseconds'"]) {
            let (_, stack) = try appWithStack()
            try alarm(stack, metric: metric(period: .millis(1500)))
        },
        BadInput("metric period of 7 seconds", path: "S/Alarm", mentions: ["multiple of 60", "7"]) {
            let (_, stack) = try appWithStack()
            try alarm(stack, metric: metric(period: .seconds(7)))
        },
        BadInput("alarm with 0 evaluation periods", path: "S/Alarm", mentions: ["evaluationPeriods", "0"]) {
            let (_, stack) = try appWithStack()
            try alarm(stack, evaluationPeriods: 0)
        },
        BadInput("alarm with negative evaluation periods", path: "S/Alarm", mentions: ["evaluationPeriods", "-3"]) {
            let (_, stack) = try appWithStack()
            try alarm(stack, evaluationPeriods: -3)
        },
        BadInput("alarm with a NaN threshold", path: "S/Alarm", mentions: ["threshold", "NaN"]) {
            let (_, stack) = try appWithStack()
            try alarm(stack, threshold: .nan)
        },
        BadInput("alarm with an infinite threshold", path: "S/Alarm", mentions: ["threshold", "Infinity"]) {
            let (_, stack) = try appWithStack()
            try alarm(stack, threshold: .infinity)
        },
        BadInput("alarm with a -infinity threshold", path: "S/Alarm", mentions: ["threshold", "-Infinity"]) {
            let (_, stack) = try appWithStack()
            try alarm(stack, threshold: -.infinity)
        },
        BadInput("alarm with 0 datapoints", path: "S/Alarm", mentions: ["datapointsToAlarm", "0"]) {
            let (_, stack) = try appWithStack()
            try alarm(stack) { $0.datapointsToAlarm = 0 }
        },
        BadInput("alarm with datapointsToAlarm above evaluationPeriods", path: "S/Alarm", mentions: ["datapointsToAlarm (5)", "evaluationPeriods (3)"]) {
            let (_, stack) = try appWithStack()
            try alarm(stack, evaluationPeriods: 3) { $0.datapointsToAlarm = 5 }
        },
        BadInput("alarm on a math expression with a NaN period", path: "S/Alarm", mentions: ["period", "NaN"]) {
            let (_, stack) = try appWithStack()
            let expression = try CloudWatch.MathExpression(.init(expression: "1 + 1", usingMetrics: [])) { $0.period = .seconds(.nan) }
            _ = try CloudWatch.Alarm(stack, "Alarm", .init(metric: expression, threshold: 1, evaluationPeriods: 1))
        },
        BadInput("dashboard name with a space", path: "S/Board", mentions: ["ops board"]) {
            let (_, stack) = try appWithStack()
            _ = try CloudWatch.Dashboard(stack, "Board") { $0.dashboardName = "ops board" }
        },
    ]

    @Test(arguments: cases) func rejected(_ input: BadInput) throws { try input.check() }

    @Test func boundaryAlarmsPassAndLint() throws {
        let (_, stack) = try appWithStack()
        _ = try CloudWatch.Alarm(stack, "Fast", .init(metric: Self.metric(period: .seconds(10)), threshold: -1.5, evaluationPeriods: 3)) {
            $0.datapointsToAlarm = 3
        }
        _ = try CloudWatch.Alarm(stack, "Slow", .init(metric: Self.metric(period: .hours(1)), threshold: 0, evaluationPeriods: 1))
        try lint(stack)
    }

    @Test func extremePeriodsThresholdsAndCountsNeverTrap() throws {
        var inputs = FuzzedInputs()
        for duration in extremeDurations {
            inputs.expectAcceptedOrAttributed("period \(duration)") {
                let (app, stack) = try appWithStack()
                try Self.alarm(stack, metric: Self.metric(period: duration))
                return try app.synth()
            }
        }
        for threshold in extremeAmounts {
            for periods in [Int.min, -1, 0, 1, Int.max] {
                inputs.expectAcceptedOrAttributed("threshold \(threshold), \(periods) periods") {
                    let (app, stack) = try appWithStack()
                    try Self.alarm(stack, threshold: threshold, evaluationPeriods: periods) { $0.datapointsToAlarm = periods }
                    return try app.synth()
                }
            }
        }
        try inputs.lintAccepted()
    }
}
