import CDK
import CDKAssertions
import CDKCloudWatch
import CDKCloudWatchActions
import CDKSNS
import Testing

@Suite struct AlarmTests {
    func stack() throws -> Stack { try Stack(try App(environment: [:]), "S") }

    let metric = CloudWatch.Metric(namespace: "Custom", metricName: "Errors", dimensionsMap: ["Service": "api"])

    @Test func defaultsAsTheAWSCDK() throws {
        let stack = try stack()
        _ = try CloudWatch.Alarm(stack, "A", .init(metric: metric, threshold: 5, evaluationPeriods: 2))
        try Template(stack).templateMatches(["Resources": ["ACCC8ACD5": ["Type": "AWS::CloudWatch::Alarm", "Properties": [
            "ComparisonOperator": "GreaterThanOrEqualToThreshold", "EvaluationPeriods": 2, "MetricName": "Errors",
            "Namespace": "Custom", "Period": 300, "Statistic": "Average", "Threshold": 5,
            "Dimensions": [["Name": "Service", "Value": "api"]],
        ]]]])
    }

    @Test func percentilesAreExtendedStatistics() throws {
        let stack = try stack()
        _ = try metric.with(.init(statistic: "p99.9")).createAlarm(stack, "A", .init(threshold: 1, evaluationPeriods: 1))
        try Template(stack).hasResourceProperties("AWS::CloudWatch::Alarm", ["ExtendedStatistic": "p99.9"])
        #expect(metric.with(.init(period: .minutes(1), statistic: "sum")).statistic == "sum")
    }

    @Test func actionsAreAddedInOrder() throws {
        let stack = try stack()
        let topic = try SNS.Topic(stack, "T")
        let alarm = try CloudWatch.Alarm(stack, "A", .init(metric: metric, threshold: 1, evaluationPeriods: 1))
        try alarm.addAlarmAction(CloudWatchActions.SnsAction(topic))
        try alarm.addInsufficientDataAction(CloudWatchActions.SnsAction(topic))
        try Template(stack).hasResourceProperties("AWS::CloudWatch::Alarm", [
            "AlarmActions": [["Ref": "TD925BC7E"]], "InsufficientDataActions": [["Ref": "TD925BC7E"]],
        ])
    }

    @Test func invalidPropsAreErrorsWithThePath() throws {
        let stack = try stack()
        try expectError(path: "/S/A", message: "'period' must be 1, 5, 10, 30, or a multiple of 60 seconds, received 45") {
            try CloudWatch.Alarm(stack, "A", .init(metric: metric.with(.init(period: .seconds(45))), threshold: 1, evaluationPeriods: 1))
        }
        try expectError(path: "/S/B", message: "datapointsToAlarm cannot be less than 1, got: 0") {
            try CloudWatch.Alarm(stack, "B", .init(metric: metric, threshold: 1, evaluationPeriods: 1)) { $0.datapointsToAlarm = 0 }
        }
    }
}
