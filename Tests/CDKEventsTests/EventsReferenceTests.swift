import CDK
import CDKAssertions
import CDKCloudWatch
import CDKCloudWatchActions
import CDKEvents
import CDKEventsTargets
import CDKLambda
import CDKSNS
import CDKSQS
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/events-reference/app.py (rules, targets, metrics, alarms)
/// must synthesize the AWS CDK's template.
@Suite struct EventsReferenceTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/events-reference/expected/Rules.template.json")

    @Test func templateEqualsTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Rules")
        let fn = try Lambda.Function(stack, "Fn", .init(runtime: .nodejs22X, handler: "index.handler", code: .fromInline("exports.handler = async () => 'ok';")))
        let queue = try SQS.Queue(stack, "Queue")
        let topic = try SNS.Topic(stack, "Topic")
        _ = try Events.Rule(stack, "Nightly") {
            $0.schedule = try .cron(minute: "0", hour: "3")
            $0.ruleName = "nightly"
            $0.description = "Nightly run"
            $0.enabled = false
            $0.targets = [EventsTargets.LambdaFunction(fn), EventsTargets.SqsQueue(queue)]
        }
        _ = try Events.Rule(stack, "Hourly") { $0.schedule = try .rate(.hours(1)); $0.targets = [EventsTargets.SnsTopic(topic)] }
        _ = try Events.Rule(stack, "OnEc2") {
            $0.eventPattern = Events.EventPattern(
            source: ["aws.ec2"], detailType: ["EC2 Instance State-change Notification"], detail: ["state": ["stopped"]])
            $0.targets = [EventsTargets.LambdaFunction(fn)]
        }
        let metric = CloudWatch.Metric(namespace: "Custom", metricName: "Latency", dimensionsMap: ["Service": "api", "Stage": "prod"],
                                       statistic: "p99", period: .minutes(1), unit: .milliseconds)
        let alarm = try metric.createAlarm(stack, "LatencyAlarm", .init(threshold: 500, evaluationPeriods: 3)) {
            $0.datapointsToAlarm = 2
            $0.comparisonOperator = .greaterThanThreshold
            $0.treatMissingData = .ignore
            $0.alarmName = "latency"
            $0.alarmDescription = "p99 latency"
            $0.actionsEnabled = true
        }
        try alarm.addAlarmAction(CloudWatchActions.SnsAction(topic))
        try alarm.addOkAction(CloudWatchActions.SnsAction(topic))
        _ = try CloudWatch.Alarm(stack, "Throttles", .init(metric: fn.metricThrottles(), threshold: 1, evaluationPeriods: 1))
        _ = try CloudWatch.Alarm(stack, "Duration", .init(metric: fn.metricDuration(.init(statistic: "Maximum")), threshold: 1000, evaluationPeriods: 2))

        let expectedText = try String(contentsOf: Self.fixture, encoding: .utf8)
        let assembly = try app.synth()
        let actual = assembly.files.first { $0.name == "Rules.template.json" }?.contents
        #expect(assembly.stack("Rules")?.template == (try JSONParser.parse(expectedText)))
        #expect(actual == expectedText)
    }
}
