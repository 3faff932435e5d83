import CDK

extension CloudWatch {
    /// An alarm, defined in the app or imported (the AWS CDK's `IAlarm`). In a composite
    /// alarm's rule, an alarm stands for `ALARM("<its ARN>")`.
    public protocol AlarmRef: AlarmRuleExpression, Construct {
        /// The alarm's ARN.
        var alarmArn: String { get }
        /// The alarm's name.
        var alarmName: String { get }
    }

    /// An alarm of another app or stack, known by its ARN.
    final class ImportedAlarm: Resource, AlarmRef {
        let alarmArn: String
        let alarmName: String

        init(_ scope: Construct, _ id: String, alarmArn: String) throws {
            self.alarmArn = alarmArn
            alarmName = try Arn.parse(alarmArn, format: .colonResourceName).resourceName ?? ""
            try super.init(scope, id)
        }
    }

    /// The ARNs an alarm calls in each state, rendered as lazy lists (left out while empty).
    final class AlarmActionArns {
        var alarm: [String] = []
        var ok: [String] = []
        var insufficientData: [String] = []

        /// The lazy list of the ARNs at `keyPath`.
        func list(_ keyPath: KeyPath<AlarmActionArns, [String]>) -> [String] {
            Lazy.list { [unowned self] in self[keyPath: keyPath].isEmpty ? nil : self[keyPath: keyPath] }
        }
    }
}

extension CloudWatch.AlarmRef {
    public func renderAlarmRule() throws -> String { "ALARM(\"\(alarmArn)\")" }
}

extension CloudWatch.Alarm {
    /// An alarm known by its ARN (`arn:aws:cloudwatch:<region>:<account>:alarm:<name>`).
    public static func fromAlarmArn(_ scope: Construct, _ id: String, alarmArn: String) throws -> any CloudWatch.AlarmRef {
        try CloudWatch.ImportedAlarm(scope, id, alarmArn: alarmArn)
    }

    /// An alarm of this stack's account and region, known by its name.
    public static func fromAlarmName(_ scope: Construct, _ id: String, alarmName: String) throws -> any CloudWatch.AlarmRef {
        let arn = try Stack.of(scope).formatArn(ArnComponents(service: "cloudwatch", resource: "alarm", resourceName: alarmName, arnFormat: .colonResourceName))
        return try fromAlarmArn(scope, id, alarmArn: arn)
    }
}
