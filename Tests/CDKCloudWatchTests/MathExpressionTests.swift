import CDK
import CDKAssertions
import CDKCloudWatch
import Testing

/// `CloudWatch.MathExpression`: its defaults, the periods of its metrics, `with`, and the errors
/// of invalid or repeated ids.
@Suite struct MathExpressionTests {
    let errors = CloudWatch.Metric(namespace: "AWS/Lambda", metricName: "Errors", statistic: "Sum", period: .minutes(1))
    let invocations = CloudWatch.Metric(namespace: "AWS/Lambda", metricName: "Invocations", statistic: "Sum")

    @Test func theExpressionsPeriodReplacesThoseOfItsMetrics() throws {
        let expression = try CloudWatch.MathExpression(.init(expression: "errors / invocations", usingMetrics: [
            ("errors", errors), ("invocations", invocations),
        ]))
        #expect(expression.period == .minutes(5))
        #expect(expression.usingMetrics.map(\.metric.period) == [.minutes(5), .minutes(5)])
        #expect(expression.label == nil && expression.color == nil)
        let changed = try expression.with(.init(label: "Error rate", period: .minutes(1)))
        #expect(changed.label == "Error rate" && changed.period == .minutes(1))
        #expect(changed.usingMetrics.map(\.metric.period) == [.minutes(1), .minutes(1)])
        #expect(changed.expression == "errors / invocations")
    }

    @Test func idsMustBeVariableNamesAndUnique() throws {
        try expectError(message: "Invalid variable names in expression: Errors,1x. Must start with lowercase letter and only contain alphanumerics.") {
            try CloudWatch.MathExpression(.init(expression: "Errors + 1x", usingMetrics: [("Errors", errors), ("1x", invocations), ("ok_1", errors)]))
        }
        try expectError(message: "The ID 'm' is used for two metrics") {
            try CloudWatch.MathExpression(.init(expression: "m", usingMetrics: [("m", errors), ("m", invocations)]))
        }
    }

    @Test func anExpressionWithoutMetricsKeepsItsPeriodInTheAlarm() throws {
        let stack = try Stack(try App(environment: [:]), "S")
        let search = try CloudWatch.MathExpression(.init(expression: "SELECT AVG(CPUUtilization) FROM \"AWS/EC2\"", usingMetrics: [])) {
            $0.period = .minutes(1)
        }
        _ = try search.createAlarm(stack, "Cpu", .init(threshold: 50, evaluationPeriods: 1))
        try Template(stack).hasResourceProperties("AWS::CloudWatch::Alarm", ["Metrics": [Match.objectEquals([
            "Expression": "SELECT AVG(CPUUtilization) FROM \"AWS/EC2\"", "Id": "expr_1", "Period": 60, "ReturnData": true,
        ])]])
    }
}
