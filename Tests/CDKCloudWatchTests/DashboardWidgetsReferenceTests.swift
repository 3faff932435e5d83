import CDK
import CDKAssertions
import CDKCloudWatch
import CDKLogs
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/dashboard-widgets-reference/app.py (alarm, alarm status and
/// log query widgets, spacers) must synthesize the AWS CDK's template.
@Suite struct DashboardWidgetsReferenceTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/dashboard-widgets-reference/expected/Widgets.template.json")

    @Test func templateEqualsTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Widgets")
        let alarm = try CloudWatch.Alarm(stack, "Errors", .init(metric: CloudWatch.Metric(namespace: "App", metricName: "Errors"), threshold: 1, evaluationPeriods: 1))
        let other = try CloudWatch.Alarm(stack, "Latency", .init(metric: CloudWatch.Metric(namespace: "App", metricName: "Latency"), threshold: 500, evaluationPeriods: 3))
        let group = try Logs.LogGroup(stack, "AppLogs")
        let dashboard = try CloudWatch.Dashboard(stack, "Ops") { $0.dashboardName = "ops" }
        dashboard.addWidgets(CloudWatch.AlarmWidget(alarm: alarm, title: "Errors"),
                             CloudWatch.AlarmWidget(alarm: other, width: 12, height: 4, leftYAxis: .init(label: "ms", max: 1000, min: 0, showUnits: false)),
                             CloudWatch.Spacer(width: 6))
        dashboard.addWidgets(CloudWatch.AlarmStatusWidget(alarms: [alarm, other]),
                             CloudWatch.AlarmStatusWidget(alarms: [alarm], title: "Only errors", width: 8, height: 2,
                                                          sortBy: .stateUpdatedTimestamp, states: [.alarm, .ok]))
        dashboard.addWidgets(try CloudWatch.LogQueryWidget(logGroupNames: [group.logGroupName, "/other"], queryString: "fields @message | limit 20", title: "Recent"),
                             try CloudWatch.LogQueryWidget(logGroupNames: ["/other"], queryLines: ["fields @timestamp", "filter @message like /ERROR/", "sort @timestamp desc"],
                                                           width: 12, region: "eu-west-1", view: .line),
                             CloudWatch.Spacer())

        let expectedText = try String(contentsOf: Self.fixture, encoding: .utf8)
        let assembly = try app.synth()
        #expect(assembly.stack("Widgets")?.template == (try JSONParser.parse(expectedText)))
        #expect(assembly.files.first { $0.name == "Widgets.template.json" }?.contents == expectedText)
    }

    @Test func aLogQueryNeedsExactlyOneQuery() throws {
        try expectError(message: "Specify exactly one of 'queryString' and 'queryLines'") { try CloudWatch.LogQueryWidget(logGroupNames: ["/a"]) }
        try expectError(message: "Specify exactly one of 'queryString' and 'queryLines'") {
            try CloudWatch.LogQueryWidget(logGroupNames: ["/a"], queryString: "fields @message", queryLines: ["fields @message"])
        }
    }
}
