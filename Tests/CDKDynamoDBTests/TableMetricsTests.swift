import CDK
import CDKAssertions
import CDKCloudWatch
import CDKDynamoDB
import Testing

/// The table's metrics: namespace, dimensions and statistics, the operation sums as math
/// expressions, their errors, and alarms on them.
@Suite struct TableMetricsTests {
    /// The metric's dimensions, resolved in `stack`.
    func dimensions(_ metric: CloudWatch.Metric, _ stack: Stack) throws -> [(String, JSONValue?)] {
        try metric.dimensions.map { ($0.name, try stack.resolve(.string($0.value))) }
    }

    func tableRef(_ stack: Stack, _ table: DynamoDB.Table) throws -> JSONValue {
        ["Ref": .string(try Template(stack).logicalId(of: table))]
    }

    @Test func cannedMetricsOfTheTable() throws {
        let stack = try makeStack()
        let table = try DynamoDB.Table(stack, "Table", .init(partitionKey: key("id")))
        let ref = try tableRef(stack, table)
        let cases: [(CloudWatch.Metric, String, String)] = [
            (table.metricConsumedReadCapacityUnits(), "ConsumedReadCapacityUnits", "Sum"),
            (table.metricConsumedWriteCapacityUnits(), "ConsumedWriteCapacityUnits", "Sum"),
            (table.metricConditionalCheckFailedRequests(), "ConditionalCheckFailedRequests", "Sum"),
            (table.metricThrottledRequests(), "ThrottledRequests", "Sum"),
            (table.metric("ReturnedItemCount"), "ReturnedItemCount", "Average"),
        ]
        for (metric, name, statistic) in cases {
            #expect(metric.namespace == "AWS/DynamoDB")
            #expect(metric.metricName == name)
            #expect(metric.statistic == statistic)
            #expect(metric.period == .minutes(5))
            let dims = try dimensions(metric, stack)
            #expect(dims.map(\.0) == ["TableName"] && dims.map(\.1) == [ref])
        }
    }

    @Test func operationDimensions() throws {
        let stack = try makeStack()
        let table = try DynamoDB.Table(stack, "Table", .init(partitionKey: key("id")))
        let ref = try tableRef(stack, table)
        let latency = try table.metricSuccessfulRequestLatency(.init(dimensionsMap: ["Operation": "GetItem"]))
        #expect(latency.metricName == "SuccessfulRequestLatency" && latency.statistic == "Average")
        #expect(try dimensions(latency, stack).map(\.0) == ["TableName", "Operation"])
        #expect(try dimensions(latency, stack).map(\.1) == [ref, "GetItem"])
        let withTableName = try table.metricSuccessfulRequestLatency(.init(dimensionsMap: ["TableName": table.tableName, "Operation": "GetItem"]))
        #expect(try dimensions(withTableName, stack).map(\.1) == [ref, "GetItem"])
        let systemErrors = try table.metricSystemErrors(.init(dimensionsMap: ["Operation": "GetItem"]))
        #expect(systemErrors.metricName == "SystemErrors" && systemErrors.statistic == "Sum")
        #expect(try dimensions(systemErrors, stack).map(\.0) == ["TableName", "Operation"])
        let throttled = table.metricThrottledRequestsForOperation("Query")
        #expect(try dimensions(throttled, stack).map(\.0) == ["Operation", "TableName"])
        let user = try table.metricUserErrors()
        #expect(user.metricName == "UserErrors" && user.statistic == "Sum" && user.dimensions.isEmpty)
    }

    @Test func metricErrors() throws {
        let stack = try makeStack()
        let table = try DynamoDB.Table(stack, "Table", .init(partitionKey: key("id")))
        try expectError(path: "/S/Table", message: "'Operation' dimension must be passed for the 'SuccessfulRequestLatency' metric.") {
            try table.metricSuccessfulRequestLatency(.init(dimensionsMap: ["TableName": table.tableName]))
        }
        try expectError(path: "/S/Table", message: "'Operation' dimension must be passed for the 'SystemErrors' metric.") {
            try table.metricSystemErrors(.init(dimensionsMap: ["TableName": table.tableName]))
        }
        try expectError(path: "/S/Table", message: "'dimensions' is not supported for the 'UserErrors' metric") {
            try table.metricUserErrors(.init(dimensionsMap: ["TableName": table.tableName]))
        }
        try expectError(path: "/S/Table", message: "The Operation dimension is not supported. Use the 'operations' property.") {
            try table.metricSystemErrorsForOperations(.init(options: .init(dimensionsMap: ["Operation": "GetItem"])))
        }
    }

    @Test func systemErrorsForOperationsIsASumExpression() throws {
        let stack = try makeStack()
        let table = try DynamoDB.Table(stack, "Table", .init(partitionKey: key("id")))
        let ref = try tableRef(stack, table)
        let expression = try table.metricSystemErrorsForOperations(.init(operations: [.getItem, .putItem]))
        #expect(expression.expression == "getitem + putitem")
        #expect(expression.label == "Sum of errors across all operations")
        #expect(expression.period == .minutes(5))
        #expect(expression.usingMetrics.map(\.id) == ["getitem", "putitem"])
        for ((_, metric), operation) in zip(expression.usingMetrics, ["GetItem", "PutItem"]) {
            #expect(metric.metricName == "SystemErrors" && metric.namespace == "AWS/DynamoDB" && metric.statistic == "Sum")
            #expect(metric.period == .minutes(5))
            #expect(try dimensions(metric, stack).map(\.0) == ["TableName", "Operation"])
            #expect(try dimensions(metric, stack).map(\.1) == [ref, .string(operation)])
        }
        let all = try table.metricSystemErrorsForOperations()
        #expect(all.usingMetrics.map(\.id) == [
            "getitem", "batchgetitem", "scan", "query", "getrecords", "putitem", "deleteitem", "updateitem", "batchwriteitem",
            "transactwriteitems", "transactgetitems", "executetransaction", "batchexecutestatement", "executestatement",
        ])
        let throttles = try table.metricThrottledRequestsForOperations(.init(operations: [.putItem], options: .init(period: .minutes(1))))
        #expect(throttles.label == "Sum of throttled requests across all operations")
        #expect(throttles.usingMetrics.map { $0.metric.metricName } == ["ThrottledRequests"])
        #expect(throttles.usingMetrics.map { $0.metric.period } == [.minutes(1)])
    }

    @Test func alarmsOnOperationSums() throws {
        let stack = try makeStack()
        let table = try DynamoDB.Table(stack, "Table", .init(partitionKey: key("metric")))
        _ = try CloudWatch.Alarm(stack, "TableErrorAlarm", .init(
            metric: try table.metricSystemErrorsForOperations(.init(operations: [.scan], options: .init(period: .minutes(1)))),
            threshold: 1, evaluationPeriods: 1))
        try Template(stack).hasResourceProperties("AWS::CloudWatch::Alarm", ["Metrics": Match.arrayWith([
            Match.objectLike(["Expression": "scan"]),
            Match.objectLike(["MetricStat": Match.objectLike(["Metric": Match.objectLike([
                "Dimensions": Match.arrayWith([Match.objectLike(["Name": "Operation"]), Match.objectLike(["Name": "TableName"])]),
                "MetricName": "SystemErrors", "Namespace": "AWS/DynamoDB",
            ])])]),
        ])])
    }

    @Test func alarmsTakeAtMostTenMetricsOfAnExpression() throws {
        let stack = try makeStack()
        let table = try DynamoDB.Table(stack, "Table", .init(partitionKey: key("id")))
        try expectError(path: "/S/All", message: "Alarms on math expressions cannot contain more than 10 individual metrics") {
            try CloudWatch.Alarm(stack, "All", .init(metric: try table.metricSystemErrorsForOperations(), threshold: 1, evaluationPeriods: 1))
        }
    }

    @Test func importedTablesHaveMetricsToo() throws {
        let stack = try makeStack()
        let imported = try DynamoDB.Table.fromTableName(stack, "Imported", tableName: "legacy")
        #expect(imported.metricConsumedReadCapacityUnits().dimensions.map(\.value) == ["legacy"])
    }
}
