/// Checks of schedule expressions (`rate(5 minutes)`, `cron(0 12 * * ? *)`, `at(...)`), as
/// EventBridge and Application Auto Scaling accept them: a wrong one is otherwise refused at
/// deployment.
public enum ScheduleExpressionCheck {
    /// What is wrong with `expression`, or `nil` when it is valid (or a token). `allowAt` accepts
    /// one-time `at(yyyy-mm-ddThh:mm:ss)` schedules (Application Auto Scaling's).
    public static func problem(_ expression: String, allowAt: Bool = false) -> String? {
        if Token.isUnresolved(expression) { return nil }
        guard expression.hasSuffix(")"), let open = expression.firstIndex(of: "(") else {
            return notAnExpression(expression, allowAt: allowAt)
        }
        let kind = expression[..<open]
        let body = String(expression[expression.index(after: open)..<expression.index(before: expression.endIndex)])
        switch kind {
        case "rate": return rateProblem(body, expression)
        case "cron": return cronProblem(body, expression)
        case "at" where allowAt: return atProblem(body, expression)
        default: return notAnExpression(expression, allowAt: allowAt)
        }
    }

    private static func notAnExpression(_ expression: String, allowAt: Bool) -> String {
        "Schedule expression '\(expression)' is not \(allowAt ? "rate(...), cron(...) or at(...)" : "rate(...) or cron(...)"): write, for example, 'rate(5 minutes)' or 'cron(0 12 * * ? *)' (Schedule.rate and Schedule.cron build them)."
    }

    private static func rateProblem(_ body: String, _ expression: String) -> String? {
        let parts = body.split(separator: " ")
        guard parts.count == 2, let value = Int(parts[0]), value > 0 else {
            return "Schedule expression '\(expression)' is not a valid rate: write 'rate(<positive whole number> <minute|minutes|hour|hours|day|days>)'."
        }
        let unit = String(parts[1])
        let singular = ["minute", "hour", "day"], plural = ["minutes", "hours", "days"]
        if value == 1 ? singular.contains(unit) : plural.contains(unit) { return nil }
        return "Schedule expression '\(expression)' is not a valid rate: the unit must be \(value == 1 ? "minute, hour or day" : "minutes, hours or days") for \(value)."
    }

    /// One field of a cron expression: its name, range and the names its values may have.
    private struct Field {
        let name: String
        let range: ClosedRange<Int>
        var names: [String] = []
        var extra: Set<Character> = []
    }

    private static let fields: [Field] = [
        Field(name: "minute", range: 0...59),
        Field(name: "hour", range: 0...23),
        Field(name: "day of month", range: 1...31, extra: ["?", "L", "W"]),
        Field(name: "month", range: 1...12, names: ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]),
        Field(name: "day of week", range: 1...7, names: ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"], extra: ["?", "L", "#"]),
        Field(name: "year", range: 1970...2199),
    ]

    private static func cronProblem(_ body: String, _ expression: String) -> String? {
        let values = body.split(separator: " ").map(String.init)
        guard values.count == 6 else {
            return "Schedule expression '\(expression)' has \(values.count) fields; a cron expression has 6: minute hour day-of-month month day-of-week year (such as 'cron(0 12 * * ? *)')."
        }
        for (field, value) in zip(fields, values) {
            if let problem = fieldProblem(value, field) {
                return "Schedule expression '\(expression)': the \(field.name) field '\(value)' \(problem)."
            }
        }
        if values[2] != "?" && values[4] != "?" {
            return "Schedule expression '\(expression)': one of the day-of-month and day-of-week fields must be '?' (they cannot both be given)."
        }
        if values[2] == "?" && values[4] == "?" {
            return "Schedule expression '\(expression)': only one of the day-of-month and day-of-week fields can be '?'."
        }
        return nil
    }

    /// What is wrong with one field's value, or `nil`: lists (`,`), ranges (`-`), steps (`/`),
    /// `*`, numbers in range, and the field's names and special characters.
    private static func fieldProblem(_ value: String, _ field: Field) -> String? {
        if value.isEmpty { return "is empty" }
        for item in value.split(separator: ",", omittingEmptySubsequences: false) {
            let stepParts = item.split(separator: "/", omittingEmptySubsequences: false)
            guard (1...2).contains(stepParts.count) else { return "has more than one '/'" }
            if stepParts.count == 2, Int(stepParts[1]).map({ $0 < 1 }) ?? true {
                return "has an invalid step '\(stepParts[1])' (a positive whole number)"
            }
            let base = stepParts[0]
            if base == "*" || (base.count == 1 && field.extra.contains(base.first ?? " ")) { continue }
            for bound in base.split(separator: "-", omittingEmptySubsequences: false) {
                if bound.isEmpty { return "has an empty range bound" }
                if let number = Int(bound) {
                    if !field.range.contains(number) { return "has \(number), outside \(field.range.lowerBound)-\(field.range.upperBound)" }
                } else if field.names.contains(bound.uppercased()) {
                    continue
                } else if !bound.contains(where: { field.extra.contains($0) }) {
                    return "has '\(bound)', which is not a number\(field.names.isEmpty ? "" : " or a name (\(field.names.joined(separator: ", ")))")"
                }
            }
        }
        return nil
    }

    private static func atProblem(_ body: String, _ expression: String) -> String? {
        // yyyy-mm-ddThh:mm:ss
        let shape = Array(body)
        let digitsAt = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]
        let valid = shape.count == 19 && shape[4] == "-" && shape[7] == "-" && shape[10] == "T" && shape[13] == ":" && shape[16] == ":"
            && digitsAt.allSatisfy { shape[$0].isASCII && shape[$0].isNumber }
        return valid ? nil : "Schedule expression '\(expression)' is not a valid one-time schedule: write 'at(yyyy-mm-ddThh:mm:ss)'."
    }
}
