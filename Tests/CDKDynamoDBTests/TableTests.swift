import CDK
import CDKAssertions
import CDKDynamoDB
import CDKIAM
import CDKKMS
import Testing

/// Fine-grained and validation tests of `DynamoDB.Table`.
@Suite struct TableTests {
    func stack() throws -> Stack { try Stack(try App(environment: [:]), "S") }
    func role(_ stack: Stack) throws -> IAM.Role { try IAM.Role(stack, "R", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))) }

    @Test func defaultsAreProvisionedFiveByFiveAndRetained() throws {
        let stack = try stack()
        let table = try DynamoDB.Table(stack, "T", .init(partitionKey: .init(name: "id", type: .string)))
        let template = try Template(stack)
        try template.hasResource("AWS::DynamoDB::Table", [
            "Properties": Match.objectEquals([
                "AttributeDefinitions": [["AttributeName": "id", "AttributeType": "S"]],
                "KeySchema": [["AttributeName": "id", "KeyType": "HASH"]],
                "ProvisionedThroughput": ["ReadCapacityUnits": 5, "WriteCapacityUnits": 5],
            ]),
            "DeletionPolicy": "Retain", "UpdateReplacePolicy": "Retain",
        ])
        #expect(table.tableStreamArn == nil)
        #expect(!table.hasIndex)
    }

    @Test func payPerRequestHasNoThroughput() throws {
        let stack = try stack()
        _ = try DynamoDB.Table(stack, "T", .init(partitionKey: .init(name: "id", type: .string))) { $0.billingMode = .payPerRequest }
        try Template(stack).hasResourceProperties("AWS::DynamoDB::Table", ["BillingMode": "PAY_PER_REQUEST", "ProvisionedThroughput": Match.absent()])
    }

    @Test func customerManagedEncryptionWithAGivenKey() throws {
        let stack = try stack()
        let key = try KMS.Key(stack, "Key")
        let table = try DynamoDB.Table(stack, "T", .init(partitionKey: .init(name: "id", type: .string))) { $0.encryptionKey = key }
        #expect(table.encryptionKey === key)
        let template = try Template(stack)
        try template.resourceCountIs("AWS::KMS::Key", 1)
        try template.hasResourceProperties("AWS::DynamoDB::Table", ["SSESpecification": ["SSEEnabled": true, "SSEType": "KMS"]])
    }

    @Test func dataGrantsCoverIndexesOnlyWhenThereAreSome() throws {
        let stack = try stack()
        let role = try role(stack)
        let table = try DynamoDB.Table(stack, "T", .init(partitionKey: .init(name: "id", type: .string)))
        try table.grantReadWriteData(role)
        let template = try Template(stack)
        let id = try template.logicalId(of: table)
        try template.hasResourceProperties("AWS::IAM::Policy", ["PolicyDocument": ["Statement": [
            ["Action": Match.anyValue(), "Effect": "Allow", "Resource": [["Fn::GetAtt": [.json(.string(id)), "Arn"]]]],
            ["Action": ["dynamodb:GetRecords", "dynamodb:GetShardIterator"], "Effect": "Allow", "Resource": Match.anyValue()],
        ]]])
    }

    @Test func streamGrantsNeedAStream() throws {
        let stack = try stack()
        let role = try role(stack)
        let table = try DynamoDB.Table(stack, "T", .init(partitionKey: .init(name: "id", type: .string)))
        try expectError(path: "/S/T", message: "DynamoDB Streams must be enabled on the table S/T") { try table.grantStreamRead(role) }
        let streamed = try DynamoDB.Table(stack, "U", .init(partitionKey: .init(name: "id", type: .string))) { $0.stream = .keysOnly }
        try streamed.grantTableListStreams(role)
        try Template(stack).hasResourceProperties("AWS::IAM::Policy", ["PolicyDocument": ["Statement": [
            ["Action": "dynamodb:ListStreams", "Effect": "Allow", "Resource": "*"],
        ]]])
    }

    @Test func servicePrincipalsCannotBeGrantedData() throws {
        let stack = try stack()
        let table = try DynamoDB.Table(stack, "T", .init(partitionKey: .init(name: "id", type: .string)))
        try expectError(path: "/S/T", message: "DynamoDB grant* methods do not support ServicePrincipal grantees") {
            try table.grantReadData(IAM.ServicePrincipal("lambda.amazonaws.com"))
        }
    }

    @Test func resourcePolicyStatements() throws {
        let stack = try stack()
        let table = try DynamoDB.Table(stack, "T", .init(partitionKey: .init(name: "id", type: .string)))
        try table.grantReadData(IAM.AccountPrincipal("222222222222"))
        try Template(stack).hasResourceProperties("AWS::DynamoDB::Table", ["ResourcePolicy": ["PolicyDocument": ["Statement": [
            ["Action": Match.anyValue(), "Effect": "Allow", "Principal": Match.anyValue(), "Resource": "*"],
        ]]]])
    }

    @Test func importsByNameAndArn() throws {
        let stack = try Stack(try App(environment: [:]), "S", env: Environment(account: "111111111111", region: "eu-west-1"))
        let byName = try DynamoDB.Table.fromTableName(stack, "A", tableName: "orders")
        #expect(byName.tableArn == "arn:\(stack.partition):dynamodb:eu-west-1:111111111111:table/orders")
        let byArn = try DynamoDB.Table.fromTableArn(stack, "B", tableArn: "arn:aws:dynamodb:eu-west-1:111111111111:table/other")
        #expect(byArn.tableName == "other")
        try expectError(path: "/S/C", message: "One of tableName or tableArn is required!") { try DynamoDB.Table.fromTableAttributes(stack, "C") }
        try expectError(path: "/S/D", message: "Only one of tableArn or tableName can be provided") {
            try DynamoDB.Table.fromTableAttributes(stack, "D", tableArn: "arn:aws:dynamodb:eu-west-1:1:table/x", tableName: "x")
        }
    }

    @Test func validation() throws {
        let stack = try stack()
        try expectError(path: "/S/A", message: "you cannot provision read and write capacity for a table with PAY_PER_REQUEST billing mode") {
            try DynamoDB.Table(stack, "A", .init(partitionKey: .init(name: "id", type: .string))) {
                $0.billingMode = .payPerRequest
                $0.readCapacity = 1
            }
        }
        try expectError(path: "/S/B", message: "encryptionKey cannot be specified unless encryption is set to TableEncryption.CUSTOMER_MANAGED (it was set to AWS_MANAGED)") {
            try DynamoDB.Table(stack, "B", .init(partitionKey: .init(name: "id", type: .string))) {
                $0.encryption = .awsManaged
                $0.encryptionKey = try KMS.Key(stack, "K")
            }
        }
        let table = try DynamoDB.Table(stack, "T", .init(partitionKey: .init(name: "pk", type: .string), sortKey: .init(name: "sk", type: .string)))
        try table.addGlobalSecondaryIndex(.init(indexName: "g", partitionKey: .init(name: "a", type: .string)))
        try expectError(path: "/S/T", message: "a duplicate index name, g, is not allowed") {
            try table.addGlobalSecondaryIndex(.init(indexName: "g", partitionKey: .init(name: "b", type: .string)))
        }
        try expectError(path: "/S/T", message: "Unable to specify a as N because it was already defined as S") {
            try table.addGlobalSecondaryIndex(.init(indexName: "h", partitionKey: .init(name: "a", type: .number)))
        }
        try expectError(path: "/S/T", message: "non-key attributes should be specified when using INCLUDE projection type") {
            try table.addLocalSecondaryIndex(.init(indexName: "l", sortKey: .init(name: "c", type: .string))) {
                $0.projectionType = .include
            }
        }
        for i in 0..<5 { try table.addLocalSecondaryIndex(.init(indexName: "lsi\(i)", sortKey: .init(name: "c\(i)", type: .string))) }
        try expectError(path: "/S/T", message: "a maximum number of local secondary index per table is 5") {
            try table.addLocalSecondaryIndex(.init(indexName: "lsi5", sortKey: .init(name: "c5", type: .string)))
        }
    }

    @Test func localIndexesNeedATableSortKey() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        let table = try DynamoDB.Table(stack, "T", .init(partitionKey: .init(name: "pk", type: .string)))
        try table.addLocalSecondaryIndex(.init(indexName: "l", sortKey: .init(name: "c", type: .string)))
        try expectSynthesisError(app, path: "/S/T", message: "a sort key of the table must be specified to add local secondary indexes")
    }
}
