import CDK

extension CloudWatch {
    /// An expression of a composite alarm's rule (the AWS CDK's `IAlarmRule`): an alarm (in
    /// the ALARM state) or a combination built with ``AlarmRule``.
    public protocol AlarmRuleExpression {
        /// The rule's text (`ALARM("arn...")`, `(... OR ...)`).
        func renderAlarmRule() throws -> String
    }

    /// The state of an alarm in a rule.
    public enum AlarmState: String, Sendable {
        /// The alarm is in ALARM.
        case alarm = "ALARM"
        /// The alarm is OK.
        case ok = "OK"
        /// There is not enough data to tell.
        case insufficientData = "INSUFFICIENT_DATA"
    }

    /// Builds the rules of composite alarms (the AWS CDK's `AlarmRule`).
    ///
    /// ```swift
    /// let rule = CloudWatch.AlarmRule.anyOf(backlog, CloudWatch.AlarmRule.not(.fromAlarm(errors, .ok)))
    /// ```
    public enum AlarmRule {
        /// True when every operand is: `(a AND b ...)`.
        public static func allOf(_ operands: any AlarmRuleExpression...) -> any AlarmRuleExpression {
            Combination(operator: "AND", method: "allOf", operands: operands)
        }

        /// True when any operand is: `(a OR b ...)`.
        public static func anyOf(_ operands: any AlarmRuleExpression...) -> any AlarmRuleExpression {
            Combination(operator: "OR", method: "anyOf", operands: operands)
        }

        /// True when `operand` is not: `(NOT (a))`.
        public static func not(_ operand: any AlarmRuleExpression) -> any AlarmRuleExpression {
            Text { "(NOT (\(try operand.renderAlarmRule())))" }
        }

        /// `TRUE` or `FALSE`.
        public static func fromBoolean(_ value: Bool) -> any AlarmRuleExpression {
            Text { value ? "TRUE" : "FALSE" }
        }

        /// True when `alarm` is in `state`: `OK("arn...")`.
        public static func fromAlarm(_ alarm: any AlarmRef, _ state: AlarmState) -> any AlarmRuleExpression {
            Text { "\(state.rawValue)(\"\(alarm.alarmArn)\")" }
        }

        /// A rule written out (`ALARM(name)`), used as it is.
        public static func fromString(_ rule: String) -> any AlarmRuleExpression {
            Text { rule }
        }

        /// A rule whose text `render` gives.
        struct Text: AlarmRuleExpression {
            let render: () throws -> String
            func renderAlarmRule() throws -> String { try render() }
        }

        /// Operands joined by `AND` or `OR`, in parentheses.
        struct Combination: AlarmRuleExpression {
            let `operator`: String
            let method: String
            let operands: [any AlarmRuleExpression]

            func renderAlarmRule() throws -> String {
                guard !operands.isEmpty else {
                    throw CDKError(code: "NoAlarmRuleOperands", message: "Did not detect any operands for AlarmRule.\(method)(). Give it at least one alarm or rule.")
                }
                return "(" + (try operands.map { try $0.renderAlarmRule() }).joined(separator: " \(self.operator) ") + ")"
            }
        }
    }
}
