import CDK

extension Events {
    /// When a scheduled rule runs: `rate(5 minutes)`, `cron(0 12 * * ? *)` or any expression.
    public struct Schedule: Sendable, Equatable {
        /// The expression as CloudFormation writes it.
        public let expressionString: String

        /// A literal schedule expression.
        public static func expression(_ expression: String) -> Schedule { Schedule(expressionString: expression) }

        /// Every `duration` (a whole number of minutes, hours or days), as the AWS CDK writes it.
        public static func rate(_ duration: Duration) throws -> Schedule {
            let minutes = try duration.toMinutes(integral: false)
            if minutes == 0 {
                throw CDKError(code: "DurationCannotBeZero", message: "Duration cannot be 0")
            }
            func rate(_ value: Double, _ unit: String) -> String {
                value == 1 ? "rate(1 \(unit))" : "rate(\(JSONWriter.formatNumber(value)) \(unit)s)"
            }
            let days = try duration.toDays(integral: false)
            if days != 0 && days == days.rounded() { return Schedule(expressionString: rate(days, "day")) }
            let hours = try duration.toHours(integral: false)
            if hours != 0 && hours == hours.rounded() { return Schedule(expressionString: rate(hours, "hour")) }
            return Schedule(expressionString: rate(try duration.toMinutes(integral: true), "minute"))
        }

        /// A cron schedule; unset fields are `*` (and `?` for whichever of `day`/`weekDay` is unset).
        public static func cron(minute: String? = nil, hour: String? = nil, day: String? = nil, month: String? = nil,
                                weekDay: String? = nil, year: String? = nil) throws -> Schedule {
            if weekDay != nil && day != nil {
                throw CDKError(code: "CannotSupplyBothDayAndWeekDay", message: "Cannot supply both 'day' and 'weekDay', use at most one")
            }
            let dayField = day ?? (weekDay != nil ? "?" : "*")
            return Schedule(expressionString: "cron(\(minute ?? "*") \(hour ?? "*") \(dayField) \(month ?? "*") \(weekDay ?? "?") \(year ?? "*"))")
        }
    }
}
