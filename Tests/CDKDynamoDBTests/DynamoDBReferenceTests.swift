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
        let role = try IAM.Role(stack, "Worker", assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))
        let plain = try DynamoDB.Table(stack, "Plain", partitionKey: .init(name: "id", type: .string))
        try plain.grantReadWriteData(role)
        let orders = try DynamoDB.Table(
            stack, "Orders",
            partitionKey: .init(name: "pk", type: .string),
            sortKey: .init(name: "sk", type: .number),
            tableName: "orders",
            billingMode: .payPerRequest,
            stream: .newAndOldImages,
            timeToLiveAttribute: "ttl",
            pointInTimeRecovery: true,
            encryption: .customerManaged,
            tableClass: .standardInfrequentAccess,
            deletionProtection: true,
            contributorInsightsEnabled: true,
            removalPolicy: .destroy)
        try orders.addGlobalSecondaryIndex(indexName: "byCustomer", partitionKey: .init(name: "customer", type: .string),
                                           projectionType: .include, nonKeyAttributes: ["total"])
        try orders.addLocalSecondaryIndex(indexName: "byDate", sortKey: .init(name: "date", type: .string), projectionType: .keysOnly)
        try orders.grantReadData(role)
        try orders.grantWriteData(role)
        try orders.grantStreamRead(role)
        let provisioned = try DynamoDB.Table(stack, "Provisioned", partitionKey: .init(name: "id", type: .binary),
                                             readCapacity: 10, writeCapacity: 3, encryption: .awsManaged)
        try provisioned.addGlobalSecondaryIndex(indexName: "gsi", partitionKey: .init(name: "g", type: .number))
        try provisioned.grantFullAccess(role)
        try provisioned.grant(role, actions: ["dynamodb:DescribeTimeToLive"])
        _ = try DynamoDB.Table(stack, "Owned", partitionKey: .init(name: "id", type: .string), encryption: .default)
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
