import CDK
import CDKApplicationAutoScaling
import CDKAssertions
import CDKCloudWatch
import CDKDynamoDB
import CDKIAM
import CDKKMS
import CDKS3
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/dynamodb-table-reference/app.py must synthesize the AWS CDK's
/// templates, byte for byte: table props beyond the common ones, grants, auto scaling and alarms
/// on the table's metrics.
@Suite struct DynamoDBTableReferenceTests {
    static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/dynamodb-table-reference/expected")

    static func key(_ name: String, _ type: DynamoDB.AttributeType = .string) -> DynamoDB.Attribute { .init(name: name, type: type) }

    func propsStack(_ app: App) throws {
        let props = try Stack(app, "Props")
        let onDemand = try DynamoDB.Table(props, "OnDemand", .init(partitionKey: Self.key("pk"))) {
            $0.billingMode = .payPerRequest
            $0.maxReadRequestUnits = 10
            $0.maxWriteRequestUnits = 5
            $0.warmThroughput = .init(readUnitsPerSecond: 13000, writeUnitsPerSecond: 5000)
            $0.pointInTimeRecoverySpecification = .init(pointInTimeRecoveryEnabled: true, recoveryPeriodInDays: 5)
            $0.contributorInsightsSpecification = .init(enabled: true, mode: .accessedAndThrottledKeys)
        }
        try onDemand.addGlobalSecondaryIndex(.init(indexName: "limited", partitionKey: Self.key("g"))) {
            $0.maxReadRequestUnits = 10
            $0.maxWriteRequestUnits = 20
            $0.warmThroughput = .init(readUnitsPerSecond: 15000, writeUnitsPerSecond: 6000)
            $0.contributorInsightsSpecification = .init(enabled: true, mode: .throttledKeys)
        }
        try onDemand.addGlobalSecondaryIndex(.init(indexName: "plain", partitionKey: Self.key("h"))) { $0.contributorInsightsEnabled = false }
        try onDemand.addGlobalSecondaryIndex(.init(indexName: "multi", partitionKeys: [Self.key("m1"), Self.key("m2", .number)],
                                                   sortKeys: [Self.key("s1", .binary), Self.key("s2")])) { $0.projectionType = .keysOnly }
        let provisioned = try DynamoDB.Table(props, "Provisioned", .init(partitionKey: Self.key("pk"))) {
            $0.readCapacity = 7
            $0.writeCapacity = 0
            $0.maxReadRequestUnits = 3
            $0.warmThroughput = .init(readUnitsPerSecond: 2000)
            $0.pointInTimeRecoverySpecification = .init(pointInTimeRecoveryEnabled: false)
            $0.contributorInsightsSpecification = .init(enabled: true)
            $0.tableClass = .standard
            $0.deletionProtection = false
        }
        try provisioned.addGlobalSecondaryIndex(.init(indexName: "g", partitionKey: Self.key("g", .number))) {
            $0.readCapacity = 9
            $0.writeCapacity = 10
            $0.maxWriteRequestUnits = 4
            $0.warmThroughput = .init(writeUnitsPerSecond: 4000)
        }
        try Tags.of(provisioned).add("Environment", "Production")
        let bucket = try S3.Bucket(props, "Source")
        _ = try DynamoDB.Table(props, "Csv", .init(partitionKey: Self.key("id"))) {
            $0.importSource = .init(inputFormat: try .csv(.init(delimiter: ";", headerList: ["id", "name"])), bucket: bucket)
            $0.importSource?.compressionType = DynamoDB.InputCompressionType.none
            $0.importSource?.bucketOwner = "111111111111"
            $0.importSource?.keyPrefix = "prefix"
        }
        _ = try DynamoDB.Table(props, "Json", .init(partitionKey: Self.key("id"))) {
            $0.importSource = .init(inputFormat: .dynamoDBJson(), bucket: bucket)
            $0.importSource?.compressionType = .gzip
        }
        _ = try DynamoDB.Table(props, "Ion", .init(partitionKey: Self.key("id"))) {
            $0.importSource = .init(inputFormat: .ion(), bucket: bucket)
            $0.importSource?.compressionType = .zstd
        }
        _ = try DynamoDB.Table(props, "CsvDefaults", .init(partitionKey: Self.key("id"))) {
            $0.importSource = .init(inputFormat: try .csv(), bucket: bucket)
        }
        let document = IAM.PolicyDocument()
        document.addStatements(IAM.PolicyStatement(actions: ["dynamodb:GetItem"], resources: ["*"],
                                                   principals: [IAM.ArnPrincipal("arn:aws:iam::111122223333:user/foobar")]))
        let withPolicy = try DynamoDB.Table(props, "WithPolicy", .init(partitionKey: Self.key("id"))) {
            $0.tableName = "with-policy"
            $0.resourcePolicy = document
        }
        try withPolicy.addToResourcePolicy(IAM.PolicyStatement(actions: ["dynamodb:Query"], resources: ["*"], principals: [IAM.AccountRootPrincipal()]))
        _ = try DynamoDB.Table(props, "Pitr", .init(partitionKey: Self.key("id"))) {
            $0.pointInTimeRecovery = false
            $0.contributorInsightsEnabled = false
            $0.encryption = .awsManaged
            $0.timeToLiveAttribute = "expires"
        }
    }

    func grantsStack(_ app: App) throws {
        let grants = try Stack(app, "Grants")
        let reader = try IAM.Role(grants, "Reader", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        let streamed = try DynamoDB.Table(grants, "Streamed", .init(partitionKey: Self.key("id"))) { $0.stream = .newImage }
        try streamed.grantReadData(reader)
        try streamed.grantStream(reader, actions: ["dynamodb:DescribeStream"])
        try streamed.grantTableListStreams(reader)
        try streamed.grantStreamRead(reader)
        try streamed.grant(reader, actions: ["dynamodb:action1", "dynamodb:action2"])
        try streamed.grantReadWriteData(IAM.ServicePrincipal("glue.amazonaws.com"))
        try streamed.grantWriteData(IAM.ServicePrincipal("redshift.amazonaws.com").withConditions(["StringEquals": ["aws:SourceAccount": "123456789012"]]))
        try streamed.grantReadData(IAM.AccountRootPrincipal())
        let key = try KMS.Key(grants, "Key")
        let indexed = try DynamoDB.Table.fromTableAttributes(grants, "Indexed", tableName: "indexed", globalIndexes: ["global"], localIndexes: ["local"])
        try indexed.grantReadData(reader)
        let localOnly = try DynamoDB.Table.fromTableAttributes(grants, "LocalOnly", tableName: "local-only", localIndexes: ["local"])
        try localOnly.grantWriteData(reader)
        let withStream = try DynamoDB.Table.fromTableAttributes(
            grants, "WithStream", tableName: "with-stream",
            tableStreamArn: "arn:aws:dynamodb:us-east-1:111111111111:table/with-stream/stream/label", encryptionKey: key)
        try withStream.grantStreamRead(reader)
        try withStream.grantStream(reader, actions: ["dynamodb:GetRecords"])
    }

    func scalingStack(_ app: App) throws {
        let scaling = try Stack(app, "Scaling")
        let scaled = try DynamoDB.Table(scaling, "Scaled", .init(partitionKey: Self.key("id"))) {
            $0.readCapacity = 42
            $0.writeCapacity = 1337
        }
        try scaled.addGlobalSecondaryIndex(.init(indexName: "byName", partitionKey: Self.key("name")))
        try scaled.autoScaleReadCapacity(.init(minCapacity: 50, maxCapacity: 500)).scaleOnUtilization(.init(targetUtilizationPercent: 75))
        let writes = try scaled.autoScaleWriteCapacity(.init(minCapacity: 1, maxCapacity: 100))
        try writes.scaleOnUtilization(.init(targetUtilizationPercent: 50)) {
            $0.disableScaleIn = true
            $0.scaleInCooldown = .seconds(60)
            $0.scaleOutCooldown = .minutes(2)
            $0.policyName = "write-policy"
        }
        try writes.scaleOnSchedule("SaveMoneyByNotScalingUp", .init(schedule: try .cron(), maxCapacity: 10))
        try writes.scaleOnSchedule("Morning", .init(schedule: try .cron(.init(minute: "0", hour: "8", weekDay: "MON-FRI")), minCapacity: 20))
        try writes.scaleOnSchedule("Hourly", .init(schedule: try .rate(.hours(1)), minCapacity: 2, maxCapacity: 50))
        try writes.scaleOnSchedule("Literal", .init(schedule: .expression("rate(5 minutes)"), maxCapacity: 60))
        try scaled.autoScaleGlobalSecondaryIndexReadCapacity("byName", .init(minCapacity: 1, maxCapacity: 5))
            .scaleOnUtilization(.init(targetUtilizationPercent: 10))
        try scaled.autoScaleGlobalSecondaryIndexWriteCapacity("byName", .init(minCapacity: 2, maxCapacity: 6))
            .scaleOnUtilization(.init(targetUtilizationPercent: 90))
    }

    func metricsStack(_ app: App) throws {
        let metrics = try Stack(app, "Metrics")
        let measured = try DynamoDB.Table(metrics, "Measured", .init(partitionKey: Self.key("id")))
        _ = try CloudWatch.Alarm(metrics, "Errors", .init(
            metric: try measured.metricSystemErrorsForOperations(.init(operations: [.scan], options: .init(period: .minutes(1)))),
            threshold: 1, evaluationPeriods: 1))
        _ = try CloudWatch.Alarm(metrics, "Throttles", .init(
            metric: try measured.metricThrottledRequestsForOperations(.init(operations: [.putItem, .getItem])), threshold: 5, evaluationPeriods: 2))
        _ = try CloudWatch.Alarm(metrics, "Reads", .init(metric: measured.metricConsumedReadCapacityUnits(), threshold: 100, evaluationPeriods: 1))
        _ = try CloudWatch.Alarm(metrics, "Latency", .init(
            metric: try measured.metricSuccessfulRequestLatency(.init(dimensionsMap: ["Operation": "GetItem"])), threshold: 10, evaluationPeriods: 1))
        _ = try CloudWatch.Alarm(metrics, "Conditional", .init(
            metric: measured.metricConditionalCheckFailedRequests(.init(period: .minutes(1))), threshold: 1, evaluationPeriods: 1))
        _ = try CloudWatch.Alarm(metrics, "User", .init(metric: try measured.metricUserErrors(), threshold: 1, evaluationPeriods: 1))
        _ = try CloudWatch.Alarm(metrics, "Writes", .init(
            metric: measured.metricConsumedWriteCapacityUnits(.init(statistic: "Maximum")), threshold: 1, evaluationPeriods: 1))
        _ = try CloudWatch.Alarm(metrics, "Throttled", .init(metric: measured.metricThrottledRequestsForOperation("Query"), threshold: 1, evaluationPeriods: 1))
        _ = try CloudWatch.Alarm(metrics, "Labelled", .init(
            metric: measured.metricConsumedReadCapacityUnits(.init(label: "Reads of the table")), threshold: 1, evaluationPeriods: 1))
        _ = try CloudWatch.Alarm(metrics, "OtherAccount", .init(
            metric: measured.metric("ReturnedItemCount", .init(statistic: "p99", account: "222222222222")), threshold: 1, evaluationPeriods: 1))
        var ratio = CloudWatch.MathExpressionProps(expression: "100 * throttled / reads", usingMetrics: [
            ("throttled", measured.metricThrottledRequestsForOperation("GetItem", .init(label: "throttled gets"))),
            ("reads", measured.metricConsumedReadCapacityUnits(.init(account: "222222222222"))),
        ])
        ratio.options = .init(label: "Throttled share", color: "#ff0000", period: .minutes(10))
        _ = try CloudWatch.Alarm(metrics, "Ratio", .init(metric: try CloudWatch.MathExpression(ratio), threshold: 5, evaluationPeriods: 3)) {
            $0.datapointsToAlarm = 2
        }
        let select = try CloudWatch.MathExpression(.init(expression: "SELECT AVG(ConsumedReadCapacityUnits) FROM \"AWS/DynamoDB\"", usingMetrics: [])) {
            $0.period = .minutes(1)
        }
        _ = try select.createAlarm(metrics, "Select", .init(threshold: 50, evaluationPeriods: 1))
    }

    @Test(arguments: ["Props", "Grants", "Scaling", "Metrics"])
    func templateEqualsTheAWSCDKs(_ stackName: String) throws {
        let app = try App(environment: [:])
        try propsStack(app)
        try grantsStack(app)
        try scalingStack(app)
        try metricsStack(app)
        let assembly = try app.synth()
        let file = "\(stackName).template.json"
        let expectedText = try String(contentsOf: Self.expected.appendingPathComponent(file), encoding: .utf8)
        #expect(assembly.stack(stackName)?.template == (try JSONParser.parse(expectedText)))
        #expect(assembly.files.first { $0.name == file }?.contents == expectedText)
    }

    @Test func theCronWithoutMinuteWarnsOnTheTarget() throws {
        let app = try App(environment: [:])
        try scalingStack(app)
        let annotations = try AnnotationsAssertions(app)
        let warnings = try annotations.findWarning("*")
        #expect(warnings.map(\.path) == ["/Scaling/Scaled/WriteScaling/Target"])
        try annotations.hasWarning("/Scaling/Scaled/WriteScaling/Target", "cron: If you don't pass 'minute', by default the event runs every minute. Pass 'minute: '*'' if that's what you intend, or 'minute: 0' to run once per hour instead. [ack: @aws-cdk/aws-applicationautoscaling:defaultRunEveryMinute]")
    }
}
