import CDK
import CDKAssertions
import CDKCloudWatch
import CDKLambda
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/dashboard-reference/app.py must write the AWS CDK's
/// `DashboardBody` (layout, widget and metric JSON) exactly.
@Suite struct DashboardReferenceTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/dashboard-reference/expected/Dashboards.template.json")

    @Test func templateEqualsTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Dashboards")
        let fn = try Lambda.Function(stack, "Fn", .init(runtime: .nodejs22X, handler: "index.handler", code: .fromInline("exports.handler = async () => 'ok';")))
        let dashboard = try CloudWatch.Dashboard(stack, "Ops") { $0.dashboardName = "ops-dashboard" }
        dashboard.addWidgets(
            CloudWatch.GraphWidget(title: "Errors", left: [fn.metricErrors()],
                                   right: [fn.metricInvocations().with(.init(label: "Calls", color: "#1f77b4"))]),
            CloudWatch.GraphWidget(title: "Latency", left: [fn.metricDuration(.init(period: .minutes(1), statistic: "p99"))], width: 12, stacked: true))
        dashboard.addWidgets(CloudWatch.TextWidget(markdown: "# Ops", width: 24, height: 1))
        dashboard.addWidgets(CloudWatch.SingleValueWidget(title: "Throttles", metrics: [fn.metricThrottles()]),
                             CloudWatch.GraphWidget(left: [CloudWatch.Metric(namespace: "Custom", metricName: "Depth", dimensionsMap: ["Queue": "jobs"])], width: 20))
        _ = try CloudWatch.Dashboard(stack, "Empty")

        let expectedText = try String(contentsOf: Self.fixture, encoding: .utf8)
        let assembly = try app.synth()
        #expect(assembly.stack("Dashboards")?.template == (try JSONParser.parse(expectedText)))
        #expect(assembly.files.first { $0.name == "Dashboards.template.json" }?.contents == expectedText)
    }

    @Test func invalidNamesAreErrors() throws {
        let stack = try Stack(try App(environment: [:]), "S")
        try expectError(path: "/S/D", message: "The value bad name for field dashboardName contains invalid characters.") {
            try CloudWatch.Dashboard(stack, "D") { $0.dashboardName = "bad name" }
        }
    }
}
