import CDK
import CDKAssertions
import CDKDynamoDB
import CDKIAM
import Foundation
import Testing

/// The Swift port of the Dynamo stack of Tests/Fixtures/storage-reference/app.py must synthesize the AWS CDK's template.
@Suite struct DynamoDBReferenceTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/storage-reference/expected/Dynamo.template.json")

    @Test func templateEqualsTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Dynamo")
        let role = try IAM.Role(stack, "Worker", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        let plain = try DynamoDB.Table(stack, "Plain", .init(partitionKey: .init(name: "id", type: .string)))
        try plain.grantReadWriteData(role)
        let orders = try DynamoDB.Table(stack, "Orders", .init(partitionKey: .init(name: "pk", type: .string), sortKey: .init(name: "sk", type: .number))) {
            $0.tableName = "orders"
            $0.billingMode = .payPerRequest
            $0.stream = .newAndOldImages
            $0.timeToLiveAttribute = "ttl"
            $0.pointInTimeRecovery = true
            $0.encryption = .customerManaged
            $0.tableClass = .standardInfrequentAccess
            $0.deletionProtection = true
            $0.contributorInsightsEnabled = true
            $0.removalPolicy = .destroy
        }
        try orders.addGlobalSecondaryIndex(.init(indexName: "byCustomer", partitionKey: .init(name: "customer", type: .string))) {
            $0.projectionType = .include
            $0.nonKeyAttributes = ["total"]
        }
        try orders.addLocalSecondaryIndex(.init(indexName: "byDate", sortKey: .init(name: "date", type: .string))) {
            $0.projectionType = .keysOnly
        }
        try orders.grantReadData(role)
        try orders.grantWriteData(role)
        try orders.grantStreamRead(role)
        let provisioned = try DynamoDB.Table(stack, "Provisioned", .init(partitionKey: .init(name: "id", type: .binary))) {
            $0.readCapacity = 10
            $0.writeCapacity = 3
            $0.encryption = .awsManaged
        }
        try provisioned.addGlobalSecondaryIndex(.init(indexName: "gsi", partitionKey: .init(name: "g", type: .number)))
        try provisioned.grantFullAccess(role)
        try provisioned.grant(role, actions: ["dynamodb:DescribeTimeToLive"])
        _ = try DynamoDB.Table(stack, "Owned", .init(partitionKey: .init(name: "id", type: .string))) { $0.encryption = .default }
        let imported = try DynamoDB.Table.fromTableName(stack, "Imported", tableName: "legacy")
        try imported.grantReadData(role)
        let byArn = try DynamoDB.Table.fromTableArn(stack, "ByArn", tableArn: "arn:aws:dynamodb:eu-west-1:111111111111:table/other")
        try byArn.grantWriteData(role)
        _ = try CfnOutput(stack, "TableArn", value: orders.tableArn)
        _ = try CfnOutput(stack, "TableName", value: orders.tableName)
        _ = try CfnOutput(stack, "StreamArn", value: try #require(orders.tableStreamArn))
        _ = try CfnOutput(stack, "ImportedArn", value: imported.tableArn)
        _ = try CfnOutput(stack, "ByArnName", value: byArn.tableName)

        let expectedText = try String(contentsOf: Self.fixture, encoding: .utf8)
        let assembly = try app.synth()
        #expect(assembly.stack("Dynamo")?.template == (try JSONParser.parse(expectedText)))
        #expect(assembly.files.first { $0.name == "Dynamo.template.json" }?.contents == expectedText)
    }
}
