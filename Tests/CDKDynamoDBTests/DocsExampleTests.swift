import CDK
import CDKApplicationAutoScaling
import CDKAssertions
import CDKCloudWatch
import CDKDynamoDB
import CDKIAM
import Testing

/// The examples of docs/constructs.md (DynamoDB and Application Auto Scaling) build what they say.
@Suite struct DocsExampleTests {
    @Test func dynamoDBExample() throws {
        let stack = try makeStack()
        let role = try makeRole(stack)
        let table = try DynamoDB.Table(stack, "Orders", .init(partitionKey: .init(name: "pk", type: .string), sortKey: .init(name: "sk", type: .number))) {
            $0.stream = .newAndOldImages
            $0.pointInTimeRecoverySpecification = .init(pointInTimeRecoveryEnabled: true, recoveryPeriodInDays: 7)
        }
        try table.addGlobalSecondaryIndex(.init(indexName: "byCustomer", partitionKey: .init(name: "customer", type: .string))) {
            $0.projectionType = .keysOnly
        }
        try table.addGlobalSecondaryIndex(.init(indexName: "byRegion", partitionKeys: [.init(name: "country", type: .string), .init(name: "city", type: .string)]))
        try table.addLocalSecondaryIndex(.init(indexName: "byDate", sortKey: .init(name: "date", type: .string)))
        try table.autoScaleReadCapacity(.init(minCapacity: 5, maxCapacity: 100)).scaleOnUtilization(.init(targetUtilizationPercent: 70))
        try table.grantReadWriteData(role)
        try table.grantStreamRead(role)
        try table.grants.multiAccountReplicationTo("arn:aws:dynamodb:us-east-1:222222222222:table/orders")
        let cfnTable = try DynamoDB.CfnTable(stack, "Raw", keySchema: [.init(attributeName: "pk", keyType: "HASH")])
        try DynamoDB.TableGrants.fromCfnTable(cfnTable).readData(role)
        let errors = try table.metricSystemErrorsForOperations(.init(operations: [.getItem, .putItem]))
        _ = try errors.createAlarm(stack, "Errors", .init(threshold: 1, evaluationPeriods: 1))
        let legacy = try DynamoDB.Table.fromTableAttributes(stack, "Legacy", tableName: "legacy", globalIndexes: ["byOwner"])
        #expect(legacy.hasIndex)
        let template = try Template(stack)
        try template.resourceCountIs("AWS::ApplicationAutoScaling::ScalableTarget", 1)
        try template.resourceCountIs("AWS::ApplicationAutoScaling::ScalingPolicy", 1)
        #expect(table.resourcePolicy?.statementCount == 2)
        try template.hasResourceProperties("AWS::CloudWatch::Alarm", ["Metrics": Match.arrayWith([Match.objectLike(["Expression": "getitem + putitem"])])])
    }

    @Test func applicationAutoScalingExample() throws {
        let stack = try makeStack()
        let target = try ApplicationAutoScaling.ScalableTarget(stack, "Reads", .init(
            serviceNamespace: .dynamodb, resourceId: "table/orders", scalableDimension: "dynamodb:table:ReadCapacityUnits",
            minCapacity: 5, maxCapacity: 100))
        try target.scaleOnSchedule("Night", .init(schedule: try .cron(.init(minute: "0", hour: "22")), maxCapacity: 10))
        try target.scaleToTrackMetric("Tracking", .init(targetValue: 70, predefinedMetric: .dynamoDBReadCapacityUtilization))
        try Template(stack).hasResourceProperties("AWS::ApplicationAutoScaling::ScalableTarget", ["ScheduledActions": [["Schedule": "cron(0 22 * * ? *)"]]])
    }
}
