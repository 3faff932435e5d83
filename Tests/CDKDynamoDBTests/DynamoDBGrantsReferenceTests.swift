import CDK
import CDKAssertions
import CDKDynamoDB
import CDKIAM
import CDKKMS
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/dynamodb-depth-reference/app.py must synthesize the AWS CDK's
/// template byte for byte: `TableGrants` of a table, of `CfnTable`s (with and without a `CfnKey`)
/// and of an imported table, regional and index ARNs, `StreamGrants`, multi-account replication;
/// tables used from another region, by a given and by a generated name.
@Suite struct DynamoDBGrantsReferenceTests {
    static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/dynamodb-depth-reference/expected")

    func grantsStack(_ app: App) throws {
        let stack = try Stack(app, "Grants")
        func role(_ name: String) throws -> IAM.Role {
            try IAM.Role(stack, name, .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        }
        let data = try DynamoDB.Table(stack, "Data", .init(partitionKey: key("id"))) {
            $0.encryption = .customerManaged
            $0.stream = .newImage
        }
        try data.addGlobalSecondaryIndex(.init(indexName: "byName", partitionKey: key("name")))
        try data.grants.readData(try role("Reader"))
        try data.grants.writeData(try role("Writer"))
        try data.grants.readWriteData(try role("ReaderWriter"))
        try data.grants.fullAccess(try role("Admin"))
        try data.grants.actions(try role("Describer"), ["dynamodb:DescribeTable", "dynamodb:ListTagsOfResource"])
        try data.grants.readData(IAM.AccountPrincipal("444444444444"))
        try data.streamGrants.read(try role("StreamReader"))
        try data.streamGrants.list(try role("StreamLister"))
        try data.streamGrants.actions(try role("StreamDescriber"), ["dynamodb:DescribeStream"])
        try data.grants.multiAccountReplicationTo("arn:aws:dynamodb:us-east-1:222222222222:table/Replica")

        let plain = try DynamoDB.Table(stack, "Plain", .init(partitionKey: key("id")))
        try plain.grants.multiAccountReplicationFrom("arn:aws:dynamodb:us-east-1:333333333333:table/Source")
        try DynamoDB.TableGrants.fromTable(plain, regions: ["eu-west-1", "eu-central-1"]).readData(try role("RegionalReader"))
        try DynamoDB.TableGrants.fromTable(plain, hasIndex: true).writeData(try role("IndexWriter"))

        let rawKey = try KMS.CfnKey(stack, "RawKey", keyPolicy: ["Version": "2012-10-17", "Statement": []])
        let raw = try DynamoDB.CfnTable(stack, "Raw", attributeDefinitions: [.init(attributeName: "pk", attributeType: "S")],
                                        billingMode: "PAY_PER_REQUEST", keySchema: [.init(attributeName: "pk", keyType: "HASH")],
                                        sseSpecification: .init(kmsMasterKeyId: rawKey.attrArn, sseEnabled: true, sseType: "KMS"))
        try DynamoDB.TableGrants.fromCfnTable(raw).readWriteData(try role("RawReaderWriter"))
        try DynamoDB.TableGrants.fromCfnTable(raw).readData(IAM.AccountPrincipal("555555555555"))
        try DynamoDB.TableGrants.fromCfnTable(raw, hasIndex: true).fullAccess(try role("RawAdmin"))
        let unencrypted = try DynamoDB.CfnTable(stack, "Unencrypted", attributeDefinitions: [.init(attributeName: "pk", attributeType: "S")],
                                                billingMode: "PAY_PER_REQUEST", keySchema: [.init(attributeName: "pk", keyType: "HASH")])
        try DynamoDB.TableGrants.fromCfnTable(unencrypted).multiAccountReplicationFrom("arn:aws:dynamodb:us-east-1:666666666666:table/Source")

        let imported = try DynamoDB.Table.fromTableAttributes(
            stack, "Imported", tableName: "imported", tableStreamArn: "arn:aws:dynamodb:us-east-1:111111111111:table/imported/stream/2024",
            globalIndexes: ["g"])
        try imported.grants.readWriteData(try role("ImportedReaderWriter"))
        try imported.streamGrants.read(try role("ImportedStreamReader"))
    }

    func crossEnvironmentStacks(_ app: App) throws {
        let producer = try Stack(app, "Producer", env: Environment(account: "111111111111", region: "us-east-1"))
        let named = try DynamoDB.Table(producer, "Named", .init(partitionKey: key("id"))) { $0.tableName = "orders" }
        let generated = try DynamoDB.Table(producer, "Generated", .init(partitionKey: key("id"))) {
            $0.tableName = PhysicalName.generateIfNeeded
            $0.stream = .keysOnly
        }
        _ = try DynamoDB.Table(producer, "Unused", .init(partitionKey: key("id"))) { $0.tableName = PhysicalName.generateIfNeeded }
        let consumer = try Stack(app, "Consumer", env: Environment(account: "111111111111", region: "eu-west-1"))
        let reader = try IAM.Role(consumer, "Reader", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        try named.grantReadData(reader)
        try generated.grantReadWriteData(reader)
        _ = try CfnOutput(consumer, "GeneratedName", value: generated.tableName)
    }

    @Test(arguments: ["Grants", "Producer", "Consumer"])
    func templateEqualsTheAWSCDKs(_ stackName: String) throws {
        let app = try App(environment: [:])
        try grantsStack(app)
        try crossEnvironmentStacks(app)
        let assembly = try app.synth()
        let file = "\(stackName).template.json"
        let expectedText = try String(contentsOf: Self.expected.appendingPathComponent(file), encoding: .utf8)
        #expect(assembly.stack(stackName)?.template == (try JSONParser.parse(expectedText)))
        #expect(assembly.files.first { $0.name == file }?.contents == expectedText)
    }
}
