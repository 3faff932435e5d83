import CDK
import CDKAssertions
import CDKEvents
import ErrorCatalogueSupport
import Testing

/// The EventBridge part of the error catalogue: schedule expressions, checked by the rule
/// that uses them.
@Suite struct EventsErrorCatalogue {
    static func rule(_ schedule: @escaping @Sendable () throws -> Events.Schedule) -> @Sendable () throws -> Void {
        {
            let (_, stack) = try appWithStack()
            _ = try Events.Rule(stack, "Rule") { $0.schedule = try schedule() }
        }
    }

    static let cases: [BadInput] = [
        BadInput("cron minute 61", path: "S/Rule", mentions: ["minute", "61", "0-59"], rule { try .cron(minute: "61") }),
        BadInput("cron hour 24", path: "S/Rule", mentions: ["hour", "24"], rule { try .cron(minute: "0", hour: "24") }),
        BadInput("cron day 32", path: "S/Rule", mentions: ["day of month", "32"], rule { try .cron(minute: "0", hour: "0", day: "32") }),
        BadInput("cron day 0", path: "S/Rule", mentions: ["day of month", "0"], rule { try .cron(minute: "0", hour: "0", day: "0") }),
        BadInput("cron month 13", path: "S/Rule", mentions: ["month", "13"], rule { try .cron(minute: "0", month: "13") }),
        BadInput("cron month name misspelt", path: "S/Rule", mentions: ["month", "'JANUARY'"], rule { try .cron(minute: "0", month: "JANUARY") }),
        BadInput("cron week day 8", path: "S/Rule", mentions: ["day of week", "8"], rule { try .cron(minute: "0", weekDay: "8") }),
        BadInput("cron week day name misspelt", path: "S/Rule", mentions: ["day of week", "'MONDAY'"], rule { try .cron(minute: "0", weekDay: "MONDAY") }),
        BadInput("cron year 1900", path: "S/Rule", mentions: ["year", "1900"], rule { try .cron(minute: "0", year: "1900") }),
        BadInput("cron range beyond the field", path: "S/Rule", mentions: ["minute", "75"], rule { try .cron(minute: "10-75") }),
        BadInput("cron step of zero", path: "S/Rule", mentions: ["step", "'0'"], rule { try .cron(minute: "0/0") }),
        BadInput("cron minute that is a word", path: "S/Rule", mentions: ["minute", "'x'"], rule { try .cron(minute: "x") }),
        BadInput("cron expression with 5 fields", path: "S/Rule", mentions: ["5 fields", "6"], rule { .expression("cron(0 12 * * ?)") }),
        BadInput("cron with both day fields", path: "S/Rule", mentions: ["'?'"], rule { .expression("cron(0 12 1 * MON *)") }),
        BadInput("expression that is neither rate nor cron", path: "S/Rule", mentions: ["'every 5 minutes'", "rate(...) or cron(...)"], rule { .expression("every 5 minutes") }),
        BadInput("one-time at() schedule on a rule", path: "S/Rule", mentions: ["'at(2030-01-01T00:00:00)'"], rule { .expression("at(2030-01-01T00:00:00)") }),
        BadInput("rate of zero", path: "S/Rule", mentions: ["'rate(0 minutes)'"], rule { .expression("rate(0 minutes)") }),
        BadInput("rate with a plural unit for 1", path: "S/Rule", mentions: ["'rate(1 minutes)'", "minute, hour or day"], rule { .expression("rate(1 minutes)") }),
        BadInput("rate in seconds", path: "S/Rule", mentions: ["'rate(30 seconds)'"], rule { .expression("rate(30 seconds)") }),
        BadInput("rate of a fraction", path: "S/Rule", mentions: ["'rate(1.5 hours)'"], rule { .expression("rate(1.5 hours)") }),
        BadInput("empty expression", path: "S/Rule", mentions: ["''"], rule { .expression("") }),
        BadInput("rate of NaN minutes", path: "S/Rule", mentions: ["NaN"]) {
            let (_, stack) = try appWithStack()
            let this = try Construct(stack, "Rule")
            _ = try this.converting("schedule") { try Events.Schedule.rate(.minutes(.nan)) }
        },
    ]

    @Test(arguments: cases) func rejected(_ input: BadInput) throws { try input.check() }

    @Test func validSchedulesPassAndLint() throws {
        let (_, stack) = try appWithStack()
        let schedules: [Events.Schedule] = [
            try .cron(minute: "0/15", hour: "8-17", weekDay: "MON-FRI"), try .cron(minute: "59", hour: "23", day: "L", month: "DEC", year: "2199"),
            try .cron(minute: "0", hour: "12", day: "1,15"), try .rate(.minutes(1)), try .rate(.hours(2)), try .rate(.days(7)),
            .expression("cron(0 10 ? * 6#3 *)"), .expression("cron(0 0 15W * ? *)"),
        ]
        for (index, schedule) in schedules.enumerated() {
            _ = try Events.Rule(stack, "Rule\(index)") { $0.schedule = schedule }
        }
        try lint(stack)
    }

    @Test func extremeRatesAndCronFieldsNeverTrap() throws {
        var inputs = FuzzedInputs()
        for duration in extremeDurations {
            inputs.expectAcceptedOrAttributed("rate \(duration)") {
                let (app, stack) = try appWithStack()
                _ = try Events.Rule(stack, "Rule") { $0.schedule = try .rate(duration) }
                return try app.synth()
            }
        }
        for field in ["", "-", "/", ",", "*/", "1-", "-1", "99999999999999999999", "\u{1F600}", String(repeating: "9", count: 10_000)] {
            inputs.expectAcceptedOrAttributed("cron \(field.prefix(20))") {
                let (app, stack) = try appWithStack()
                _ = try Events.Rule(stack, "Rule") { $0.schedule = try .cron(minute: field, hour: field) }
                return try app.synth()
            }
        }
        try inputs.lintAccepted()
    }
}
