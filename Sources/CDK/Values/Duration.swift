/// A length of time, as resource properties take it (`Duration.seconds(30)`,
/// `Duration.days(7)`). Converting to a unit that does not hold it as a whole number throws.
///
/// This type shadows the standard library's `Duration` in files that import CDK; write
/// `Swift.Duration` for that one.
public struct Duration: Sendable, Hashable, CustomStringConvertible {
    /// A unit of time.
    public enum Unit: String, Sendable, CaseIterable {
        case milliseconds, seconds, minutes, hours, days

        var inMilliseconds: Double {
            switch self {
            case .milliseconds: 1
            case .seconds: 1_000
            case .minutes: 60_000
            case .hours: 3_600_000
            case .days: 86_400_000
            }
        }
    }

    /// The amount, in ``unit``; may be a number token.
    public let amount: Double
    /// The unit the duration was given in.
    public let unit: Unit

    /// `amount` milliseconds.
    public static func millis(_ amount: Double) -> Duration { Duration(amount: amount, unit: .milliseconds) }
    /// `amount` seconds.
    public static func seconds(_ amount: Double) -> Duration { Duration(amount: amount, unit: .seconds) }
    /// `amount` minutes.
    public static func minutes(_ amount: Double) -> Duration { Duration(amount: amount, unit: .minutes) }
    /// `amount` hours.
    public static func hours(_ amount: Double) -> Duration { Duration(amount: amount, unit: .hours) }
    /// `amount` days.
    public static func days(_ amount: Double) -> Duration { Duration(amount: amount, unit: .days) }

    /// The duration in milliseconds.
    public func toMilliseconds(integral: Bool = true) throws -> Double { try convert(to: .milliseconds, integral: integral) }
    /// The duration in seconds.
    public func toSeconds(integral: Bool = true) throws -> Double { try convert(to: .seconds, integral: integral) }
    /// The duration in minutes.
    public func toMinutes(integral: Bool = true) throws -> Double { try convert(to: .minutes, integral: integral) }
    /// The duration in hours.
    public func toHours(integral: Bool = true) throws -> Double { try convert(to: .hours, integral: integral) }
    /// The duration in days.
    public func toDays(integral: Bool = true) throws -> Double { try convert(to: .days, integral: integral) }

    /// The duration in `target` units.
    ///
    /// Throws, without a path (attribute it with ``Construct/converting(_:_:)``), when the
    /// amount is not a finite number, is negative, or (with `integral`) is not a whole number
    /// of `target` units.
    public func convert(to target: Unit, integral: Bool = true) throws -> Double {
        if Token.isUnresolved(amount) {
            if target == unit { return amount }
            throw CDKError(code: "DurationToken", message: "Duration must be specified as 'Duration.\(target.rawValue)()' here since its value comes from a token and cannot be converted (got \(description)).")
        }
        try check()
        let value = target == unit ? amount : amount * unit.inMilliseconds / target.inMilliseconds
        if !value.isFinite {
            throw CDKError(code: "DurationTooLarge", message: "'\(description)' is too large to be converted into \(target.rawValue). Use a smaller duration.")
        }
        if integral && value != value.rounded() {
            throw CDKError(code: "DurationNotIntegral", message: "'\(description)' cannot be converted into a whole number of \(target.rawValue).")
        }
        return value
    }

    /// Throws unless the amount is a token or a finite number that is not negative (the AWS CDK
    /// rejects negative durations when they are made; infinity and NaN have no meaning in a
    /// template).
    public func check() throws {
        if Token.isUnresolved(amount) { return }
        if !amount.isFinite {
            throw CDKError(code: "DurationNotFinite", message: "Duration amounts must be finite numbers, got '\(description)'. Give a number of \(unit.rawValue) such as Duration.\(unit.rawValue)(30).")
        }
        if amount < 0 {
            throw CDKError(code: "DurationNegative", message: "Duration amounts cannot be negative. Received: \(JSONWriter.formatNumber(amount)) (\(description)).")
        }
    }

    /// An ISO 8601 duration such as `PT1H30M`.
    public func toIsoString() throws -> String {
        try check()
        if amount == 0 { return "PT0S" }
        var ms = try toMilliseconds()
        // Whole numbers of days beyond this are no longer exact, and are no meaningful duration.
        if ms > 9e15 {
            throw CDKError(code: "DurationTooLarge", message: "'\(description)' is too large to be written as an ISO 8601 duration. Use a smaller duration.")
        }
        var result = "P"
        let days = (ms / Unit.days.inMilliseconds).rounded(.down)
        ms -= days * Unit.days.inMilliseconds
        if days > 0 { result += JSONWriter.formatNumber(days) + "D" }
        var time = ""
        for (unit, letter) in [(Unit.hours, "H"), (.minutes, "M")] {
            let whole = (ms / unit.inMilliseconds).rounded(.down)
            ms -= whole * unit.inMilliseconds
            if whole > 0 { time += JSONWriter.formatNumber(whole) + letter }
        }
        if ms > 0 { time += JSONWriter.formatNumber(ms / 1000) + "S" }
        return time.isEmpty ? result : result + "T" + time
    }

    /// `10 seconds`.
    public var description: String {
        let number = Token.isUnresolved(amount) ? Token.asString(amount) : NumberText.display(amount)
        return "\(number) \(unit.rawValue)"
    }
}
