import CDK
import CDKAssertions
import CDKCloudWatch
import CDKLambda
import CDKLogs
import CDKLogsDestinations
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/logs-filters-reference/app.py (metric filters with every
/// kind of pattern, an extracted metric, streams, subscription filters) must synthesize the
/// AWS CDK's template.
@Suite struct LogFiltersReferenceTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/logs-filters-reference/expected/LogFilters.template.json")

    @Test func templateEqualsTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "LogFilters")
        let group = try Logs.LogGroup(stack, "AppLogs") { $0.retention = .oneMonth }
        let errors = try group.addMetricFilter("Errors", .init(filterPattern: Logs.FilterPattern.anyTerm("ERROR", "Fatal \"x\""), metricNamespace: "App", metricName: "Errors"))
        _ = try CloudWatch.Alarm(stack, "ErrorAlarm", .init(metric: errors.metric(), threshold: 1, evaluationPeriods: 1))
        let latency = Logs.FilterPattern.all(Logs.FilterPattern.exists("$.latency"), Logs.FilterPattern.numberValue("$.latency", ">=", 1.5), Logs.FilterPattern.stringValue("$.level", "==", "warn*"))
        _ = try Logs.MetricFilter(stack, "Latency", .init(logGroup: group, options: .init(filterPattern: latency, metricNamespace: "App", metricName: "Latency"))) {
            $0.metricValue = "$.latency"
            $0.defaultValue = 0
            $0.unit = .milliseconds
            $0.dimensions = ["Service": "$.service"]
            $0.filterName = "latency"
        }
        try group.addMetricFilter("Json", .init(filterPattern: Logs.FilterPattern.any(
            Logs.FilterPattern.isNull("$.user"), Logs.FilterPattern.notExists("$.id"), Logs.FilterPattern.booleanValue("$.ok", false), Logs.FilterPattern.regexValue("$.path", "=", "^/api")), metricNamespace: "App", metricName: "Odd"))
        let table = Logs.FilterPattern.spaceDelimited("ip", "user", "...", "status", "size")
            .whereString("user", "!=", "-").whereNumber("status", ">=", 500).whereNumber("status", "<", 600)
        try group.addMetricFilter("Table", .init(filterPattern: table, metricNamespace: "App", metricName: "ServerErrors")) { $0.metricValue = "$size" }
        try group.addMetricFilter("Everything", .init(filterPattern: Logs.FilterPattern.allEvents(), metricNamespace: "App", metricName: "Lines"))
        try group.addMetricFilter("Groups", .init(filterPattern: Logs.FilterPattern.anyTermGroup(["a", "b"], ["c"]), metricNamespace: "App", metricName: "Groups"))
        try group.addMetricFilter("Terms", .init(filterPattern: Logs.FilterPattern.allTerms("timeout", "retry"), metricNamespace: "App", metricName: "Timeouts"))
        try group.addMetricFilter("Literal", .init(filterPattern: Logs.FilterPattern.literal("[w1, w2]"), metricNamespace: "App", metricName: "Literal"))
        let extracted = try group.extractMetric("$.duration", metricNamespace: "App", metricName: "Duration")
        _ = try CloudWatch.Alarm(stack, "SlowAlarm", .init(metric: extracted, threshold: 1000, evaluationPeriods: 2))
        try group.addStream("Stream") { $0.logStreamName = "main" }
        _ = try Logs.LogStream(stack, "Other", .init(logGroup: group))
        let fn = try Lambda.Function(stack, "Shipper", .init(runtime: .nodejs22X, handler: "index.handler", code: .fromInline("exports.handler = async () => 'ok';")))
        try group.addSubscriptionFilter("Ship", .init(destination: LogsDestinations.LambdaDestination(fn), filterPattern: Logs.FilterPattern.allTerms("ERROR")))
        _ = try Logs.SubscriptionFilter(stack, "ShipAll", .init(logGroup: group, options: .init(
            destination: LogsDestinations.LambdaDestination(fn), filterPattern: Logs.FilterPattern.allEvents()))) { $0.filterName = "ship-all" }
        _ = try CfnOutput(stack, "ErrorsMetricNamespace", value: errors.metric().namespace)

        let expectedText = try String(contentsOf: Self.fixture, encoding: .utf8)
        let assembly = try app.synth()
        #expect(assembly.stack("LogFilters")?.template == (try JSONParser.parse(expectedText)))
        #expect(assembly.files.first { $0.name == "LogFilters.template.json" }?.contents == expectedText)
    }

    @Test func wrongPatternsAreErrorsOfTheFilter() throws {
        let stack = try Stack(try App(environment: [:]), "S")
        let group = try Logs.LogGroup(stack, "G")
        func filter(_ id: String, _ pattern: any Logs.FilterPatternExpression) throws {
            try group.addMetricFilter(id, .init(filterPattern: pattern, metricNamespace: "N", metricName: "M"))
        }
        try expectError(path: "/S/G/A", message: "filterPattern: Invalid comparison operator ('<'), must be either '=' or '!='") {
            try filter("A", Logs.FilterPattern.stringValue("$.a", "<", "x"))
        }
        try expectError(path: "/S/G/B", message: "filterPattern: Invalid comparison operator ('=>'), must be one of =, !=, <, <=, >, >=") {
            try filter("B", Logs.FilterPattern.all(Logs.FilterPattern.exists("$.a"), Logs.FilterPattern.numberValue("$.b", "=>", 1)))
        }
        try expectError(path: "/S/G/C", message: "filterPattern: Must supply at least one pattern, or use allEvents() to match all events.") {
            try filter("C", Logs.FilterPattern.all())
        }
        try expectError(path: "/S/G/D", message: "filterPattern: Invalid column name: a b") { try filter("D", Logs.FilterPattern.spaceDelimited("a b")) }
        try expectError(path: "/S/G/E", message: "filterPattern: Can use at most one '...' column") { try filter("E", Logs.FilterPattern.spaceDelimited("...", "a", "...")) }
        try expectError(path: "/S/G/F", message: "filterPattern: Column in restrictions that is not in columns: b") {
            try filter("F", Logs.FilterPattern.spaceDelimited("a").whereNumber("b", "=", 1))
        }
        try expectError(path: "/S/G/G", message: "filterPattern: Can't use '...' in a restriction") {
            try filter("G", Logs.FilterPattern.spaceDelimited("a", "...").whereString("...", "=", "x"))
        }
        try expectError(path: "/S/G/H", message: "MetricFilter only supports a maximum of 3 dimensions but received 4.") {
            try group.addMetricFilter("H", .init(filterPattern: Logs.FilterPattern.allEvents(), metricNamespace: "N", metricName: "M")) {
                $0.dimensions = ["a": "$.a", "b": "$.b", "c": "$.c", "d": "$.d"]
            }
        }
        // `==` is read as `=`.
        #expect(Logs.FilterPattern.numberValue("$.a", "==", 1e21).logPatternString == "{ $.a = 1e+21 }")
        #expect(Logs.FilterPattern.stringValue("$.a", "==", #"say "hi" \ bye"#).logPatternString == #"{ $.a = "say \"hi\" \\ bye" }"#)
    }
}
