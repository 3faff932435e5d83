import CDK

extension ApplicationAutoScaling {
    /// The fields of a cron schedule (the AWS CDK's `CronOptions`); unset fields are `*` (and
    /// `?` for whichever of `day` and `weekDay` is unset).
    public struct CronOptions: ConstructProps, Sendable {
        /// The minute.
        ///
        /// Default: every minute (`*`), with a warning.
        public var minute: String?
        /// The hour.
        ///
        /// Default: every hour (`*`).
        public var hour: String?
        /// The day of the month (not with `weekDay`).
        ///
        /// Default: every day (`*`).
        public var day: String?
        /// The month.
        ///
        /// Default: every month (`*`).
        public var month: String?
        /// The year.
        ///
        /// Default: every year (`*`).
        public var year: String?
        /// The day of the week (`MON-FRI`; not with `day`).
        ///
        /// Default: any day of the week (`?`).
        public var weekDay: String?

        /// Cron fields; each one left `nil` matches every value.
        public init(minute: String? = nil, hour: String? = nil, day: String? = nil, month: String? = nil,
                    year: String? = nil, weekDay: String? = nil) {
            self.minute = minute
            self.hour = hour
            self.day = day
            self.month = month
            self.year = year
            self.weekDay = weekDay
        }
    }

    /// When a scheduled scaling action runs (the AWS CDK's `Schedule`): `rate(1 hour)`,
    /// `cron(0 8 ? * MON-FRI *)` or any expression Application Auto Scaling accepts.
    public struct Schedule: Sendable, Equatable {
        /// The expression as CloudFormation writes it.
        public let expressionString: String
        /// Whether the schedule is a cron expression without a minute, which runs every minute.
        let runsEveryMinuteByDefault: Bool

        /// A literal schedule expression (`at(2030-01-01T08:00:00)`, `rate(5 minutes)`).
        public static func expression(_ expression: String) -> Schedule {
            Schedule(expressionString: expression, runsEveryMinuteByDefault: false)
        }

        /// Every `duration`: whole days, else whole hours, else whole minutes, as the AWS CDK writes it.
        public static func rate(_ duration: Duration) throws -> Schedule {
            if Token.isUnresolved(duration.amount) {
                guard [.minutes, .hours, .days].contains(duration.unit) else {
                    throw CDKError(code: "AllowedUnitsSchedulingAre",
                                   message: "Allowed units for scheduling are: 'minute', 'minutes', 'hour', 'hours', 'day' or 'days'")
                }
                return expression("rate(\(Token.asString(duration.amount)) \(duration.unit.rawValue))")
            }
            if try duration.toSeconds(integral: false) == 0 {
                throw CDKError(code: "DurationCannot", message: "Duration cannot be 0")
            }
            func rate(_ value: Double, _ unit: String) -> String {
                value == 1 ? "rate(1 \(unit))" : "rate(\(JSONWriter.formatNumber(value)) \(unit)s)"
            }
            let days = try duration.toDays(integral: false)
            if days != 0 && days == days.rounded() { return expression(rate(days, "day")) }
            let hours = try duration.toHours(integral: false)
            if hours != 0 && hours == hours.rounded() { return expression(rate(hours, "hour")) }
            return expression(rate(try duration.toMinutes(integral: true), "minute"))
        }

        /// A cron schedule; throws when both `day` and `weekDay` are given.
        public static func cron(_ options: CronOptions = CronOptions()) throws -> Schedule {
            if options.weekDay != nil && options.day != nil {
                throw CDKError(code: "CannotSupplyDayWeekDay", message: "Cannot supply both 'day' and 'weekDay', use at most one")
            }
            let day = options.day ?? (options.weekDay != nil ? "?" : "*")
            let fields = [options.minute ?? "*", options.hour ?? "*", day, options.month ?? "*", options.weekDay ?? "?", options.year ?? "*"]
            return Schedule(expressionString: "cron(\(fields.joined(separator: " ")))",
                            runsEveryMinuteByDefault: options.minute == nil || options.minute == "")
        }

        /// Warns on `scope` when the schedule runs every minute only because no minute was given.
        func bind(_ scope: Construct) {
            if runsEveryMinuteByDefault {
                Annotations.of(scope).addWarningV2(
                    "@aws-cdk/aws-applicationautoscaling:defaultRunEveryMinute",
                    "cron: If you don't pass 'minute', by default the event runs every minute. Pass 'minute: '*'' if that's what you intend, or 'minute: 0' to run once per hour instead.")
            }
        }
    }
}
