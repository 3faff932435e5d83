import CDK
import CDKAssertions
import CDKCloudWatch
import CDKCloudWatchActions
import CDKSNS
import CDKSQS
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/cloudwatch-composite-reference/app.py (composite alarms,
/// alarm rules, suppressors, imported alarms) must synthesize the AWS CDK's template.
@Suite struct CompositeAlarmReferenceTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/cloudwatch-composite-reference/expected/Alarms.template.json")

    @Test func templateEqualsTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Alarms")
        let topic = try SNS.Topic(stack, "Pager")
        let queue = try SQS.Queue(stack, "Work")
        let visible = try CloudWatch.Alarm(stack, "Backlog", .init(metric: queue.metricApproximateNumberOfMessagesVisible(), threshold: 100, evaluationPeriods: 3))
        let age = try CloudWatch.Alarm(stack, "OldestMessage", .init(metric: queue.metricApproximateAgeOfOldestMessage(), threshold: 600, evaluationPeriods: 1))
        let errors = try CloudWatch.Alarm(stack, "Errors", .init(metric: CloudWatch.Metric(namespace: "App", metricName: "Errors"), threshold: 5, evaluationPeriods: 2)) {
            $0.alarmName = "app-errors"
        }
        let maintenance = try CloudWatch.Alarm.fromAlarmArn(stack, "Maintenance", alarmArn: "arn:aws:cloudwatch:us-east-1:123456789012:alarm:maintenance")
        let either = try CloudWatch.CompositeAlarm(stack, "QueueUnhealthy", .init(alarmRule: CloudWatch.AlarmRule.anyOf(visible, age))) {
            $0.alarmDescription = "The queue is backed up"
        }
        try either.addAlarmAction(CloudWatchActions.SnsAction(topic))
        try either.addOkAction(CloudWatchActions.SnsAction(topic))
        _ = try CloudWatch.CompositeAlarm(stack, "Everything", .init(alarmRule: CloudWatch.AlarmRule.allOf(
            CloudWatch.AlarmRule.anyOf(CloudWatch.AlarmRule.fromAlarm(visible, .alarm), CloudWatch.AlarmRule.fromAlarm(errors, .insufficientData)),
            CloudWatch.AlarmRule.not(CloudWatch.AlarmRule.fromAlarm(age, .ok)),
            CloudWatch.AlarmRule.fromBoolean(true),
            CloudWatch.AlarmRule.fromString("ALARM(other)")))) {
            $0.compositeAlarmName = "everything"
            $0.actionsEnabled = false
            $0.actionsSuppressor = maintenance
        }
        _ = try CloudWatch.CompositeAlarm(stack, "Suppressed", .init(alarmRule: CloudWatch.AlarmRule.anyOf(visible, age))) {
            $0.actionsSuppressor = errors
            $0.actionsSuppressorExtensionPeriod = .minutes(5)
            $0.actionsSuppressorWaitPeriod = .seconds(30)
        }
        try visible.addAlarmAction(CloudWatchActions.SnsAction(topic))

        let expectedText = try String(contentsOf: Self.fixture, encoding: .utf8)
        let assembly = try app.synth()
        #expect(assembly.stack("Alarms")?.template == (try JSONParser.parse(expectedText)))
        #expect(assembly.files.first { $0.name == "Alarms.template.json" }?.contents == expectedText)
        #expect(maintenance.alarmName == "maintenance")
    }

    @Test func wrongCompositeAlarmsAreErrors() throws {
        let stack = try Stack(try App(environment: [:]), "S")
        let alarm = try CloudWatch.Alarm(stack, "A", .init(metric: CloudWatch.Metric(namespace: "N", metricName: "M"), threshold: 1, evaluationPeriods: 1))
        try expectError(path: "/S/Empty", message: "Did not detect any operands for AlarmRule.anyOf(). Give it at least one alarm or rule.") {
            try CloudWatch.CompositeAlarm(stack, "Empty", .init(alarmRule: CloudWatch.AlarmRule.anyOf()))
        }
        try expectError(path: "/S/Periods", message: "ActionsSuppressor Extension/Wait Periods require an ActionsSuppressor to be set.") {
            try CloudWatch.CompositeAlarm(stack, "Periods", .init(alarmRule: alarm)) { $0.actionsSuppressorWaitPeriod = .minutes(2) }
        }
        let long = CloudWatch.AlarmRule.fromString(String(repeating: "x", count: 10_241))
        try expectError(path: "/S/Long", message: .containing("cannot be greater than 10240 characters")) {
            try CloudWatch.CompositeAlarm(stack, "Long", .init(alarmRule: long))
        }
    }

    @Test func importedAlarmsByNameUseTheStacksEnvironment() throws {
        let stack = try Stack(try App(environment: [:]), "S", env: Environment(account: "111111111111", region: "eu-west-1"))
        let imported = try CloudWatch.Alarm.fromAlarmName(stack, "I", alarmName: "disk-full")
        let rule = try stack.resolve(.string(try imported.renderAlarmRule()))
        #expect(rule == ["Fn::Join": ["", ["ALARM(\"arn:", ["Ref": "AWS::Partition"], ":cloudwatch:eu-west-1:111111111111:alarm:disk-full\")"]]])
        #expect(imported.alarmName == "disk-full")
    }
}
