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
        let fn = try Lambda.Function(stack, "Fn", runtime: .nodejs22X, handler: "index.handler",
                                     code: .fromInline("exports.handler = async () => 'ok';"))
        let queue = try SQS.Queue(stack, "Queue")
        let topic = try SNS.Topic(stack, "Topic")
        _ = try Events.Rule(stack, "Nightly", schedule: try .cron(minute: "0", hour: "3"), ruleName: "nightly",
                            description: "Nightly run", enabled: false,
                            targets: [EventsTargets.LambdaFunction(fn), try EventsTargets.SqsQueue(queue)])
        _ = try Events.Rule(stack, "Hourly", schedule: try .rate(.hours(1)), targets: [EventsTargets.SnsTopic(topic)])
        _ = try Events.Rule(stack, "OnEc2", eventPattern: Events.EventPattern(
            source: ["aws.ec2"], detailType: ["EC2 Instance State-change Notification"], detail: ["state": ["stopped"]]),
                            targets: [EventsTargets.LambdaFunction(fn)])
        let metric = CloudWatch.Metric(namespace: "Custom", metricName: "Latency", dimensionsMap: ["Service": "api", "Stage": "prod"],
                                       statistic: "p99", period: .minutes(1), unit: .milliseconds)
        let alarm = try metric.createAlarm(stack, "LatencyAlarm", threshold: 500, evaluationPeriods: 3, datapointsToAlarm: 2,
                                           comparisonOperator: .greaterThanThreshold, treatMissingData: .ignore,
                                           alarmName: "latency", alarmDescription: "p99 latency", actionsEnabled: true)
        try alarm.addAlarmAction(CloudWatchActions.SnsAction(topic))
        try alarm.addOkAction(CloudWatchActions.SnsAction(topic))
        _ = try CloudWatch.Alarm(stack, "Throttles", metric: fn.metricThrottles(), threshold: 1, evaluationPeriods: 1)
        _ = try CloudWatch.Alarm(stack, "Duration", metric: fn.metricDuration(statistic: "Maximum"), threshold: 1000, evaluationPeriods: 2)

        let expectedText = try String(contentsOf: Self.fixture, encoding: .utf8)
        let assembly = try app.synth()
        let actual = assembly.files.first { $0.name == "Rules.template.json" }?.contents
        #expect(assembly.stack("Rules")?.template == (try JSONParser.parse(expectedText)))
        #expect(actual == expectedText)
    }
}
