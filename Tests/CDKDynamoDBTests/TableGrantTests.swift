import CDK
import CDKAssertions
import CDKDynamoDB
import CDKIAM
import CDKKMS
import Testing

/// The table grants: their actions and resources, the stream grants, service principals, and
/// grants on imported tables (by name, by ARN, with indexes, with a stream and a key).
@Suite struct TableGrantTests {
    /// The statements of the default policy of `role` in `stack`'s template.
    func statements(_ stack: Stack, _ role: IAM.Role) throws -> [JSONValue] {
        let template = try Template(stack)
        let policies = try template.findResources("AWS::IAM::Policy")
        let roleId = try template.logicalId(of: role)
        let policy = policies.members.first { $0.value.objectValue?["Properties"]?.objectValue?["Roles"] == [["Ref": .string(roleId)]] }
        return policy?.value.objectValue?["Properties"]?.objectValue?["PolicyDocument"]?.objectValue?["Statement"]?.arrayValue ?? []
    }

    func tableArn(_ stack: Stack, _ table: DynamoDB.Table) throws -> JSONValue {
        ["Fn::GetAtt": [.string(try Template(stack).logicalId(of: table)), "Arn"]]
    }

    @Test func dataGrantsWriteTheAWSCDKsActionLists() throws {
        let reads: [JSONValue] = ["dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:GetItem", "dynamodb:Scan", "dynamodb:ConditionCheckItem"]
        let writes: [JSONValue] = ["dynamodb:BatchWriteItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"]
        let principalOnly: JSONValue = ["dynamodb:GetRecords", "dynamodb:GetShardIterator"]
        let cases: [(String, (DynamoDB.Table, IAM.Role) throws -> Void, [JSONValue])] = [
            ("read", { try $0.grantReadData($1) }, [.array(reads + ["dynamodb:DescribeTable"]), principalOnly]),
            ("write", { try $0.grantWriteData($1) }, [.array(writes + ["dynamodb:DescribeTable"])]),
            ("readWrite", { try $0.grantReadWriteData($1) }, [.array(reads + writes + ["dynamodb:DescribeTable"]), principalOnly]),
            ("full", { try $0.grantFullAccess($1) }, ["dynamodb:*"]),
            ("custom", { try $0.grant($1, actions: ["dynamodb:action1", "dynamodb:action2"]) }, [["dynamodb:action1", "dynamodb:action2"]]),
        ]
        for (name, grant, actions) in cases {
            let stack = try makeStack()
            let role = try makeRole(stack)
            let table = try DynamoDB.Table(stack, "my-table", .init(partitionKey: key("ID")))
            try grant(table, role)
            let arn = try tableArn(stack, table)
            let expected: [JSONValue] = actions.map { ["Action": $0, "Effect": "Allow", "Resource": [arn]] }
            #expect(try statements(stack, role) == expected, "\(name)")
        }
    }

    @Test func aTableWithAStreamIsReadWithTwoStatementsAndNoEmptyIndexEntry() throws {
        let stack = try makeStack()
        let role = try makeRole(stack)
        let table = try makeTable(stack) { $0.stream = .newImage }
        try table.grantReadData(role)
        let arn = try tableArn(stack, table)
        #expect(try statements(stack, role) == [
            ["Action": ["dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:GetItem", "dynamodb:Scan", "dynamodb:ConditionCheckItem", "dynamodb:DescribeTable"],
             "Effect": "Allow", "Resource": [arn]],
            ["Action": ["dynamodb:GetRecords", "dynamodb:GetShardIterator"], "Effect": "Allow", "Resource": [arn]],
        ])
    }

    @Test func grantsCoverIndexesAddedAfterTheGrant() throws {
        let stack = try makeStack()
        let role = try makeRole(stack)
        let table = try DynamoDB.Table(stack, "my-table", .init(partitionKey: key("ID")))
        try table.grantReadData(role)
        try table.addGlobalSecondaryIndex(.init(indexName: "MyIndex", partitionKey: key("Age", .number)))
        let arn = try tableArn(stack, table)
        let resources: JSONValue = [arn, ["Fn::Join": ["", [arn, "/index/*"]]]]
        #expect(try statements(stack, role).map { $0.objectValue?["Resource"] } == [resources, resources])
    }

    @Test func streamGrants() throws {
        let stack = try makeStack()
        let role = try makeRole(stack)
        let table = try DynamoDB.Table(stack, "my-table", .init(partitionKey: key("id"))) { $0.stream = .newImage }
        try table.grantStreamRead(role)
        try table.grantStream(role, actions: ["dynamodb:DescribeStream"])
        let streamArn: JSONValue = ["Fn::GetAtt": [.string(try Template(stack).logicalId(of: table)), "StreamArn"]]
        #expect(try statements(stack, role) == [
            ["Action": "dynamodb:ListStreams", "Effect": "Allow", "Resource": "*"],
            ["Action": ["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"], "Effect": "Allow", "Resource": streamArn],
            ["Action": "dynamodb:DescribeStream", "Effect": "Allow", "Resource": streamArn],
        ])
    }

    @Test func streamGrantsNeedAStream() throws {
        let stack = try makeStack()
        let role = try makeRole(stack)
        let table = try DynamoDB.Table(stack, "my-table", .init(partitionKey: key("id")))
        for grant in [{ try table.grantTableListStreams(role) }, { try table.grantStreamRead(role) },
                      { try table.grantStream(role, actions: ["dynamodb:GetRecords"]) }] as [() throws -> IAM.Grant] {
            try expectError(path: "/S/my-table", message: "DynamoDB Streams must be enabled on the table S/my-table") { try grant() }
        }
    }

    @Test func listingEveryStreamNeedsNoTable() throws {
        let stack = try makeStack()
        let role = try makeRole(stack)
        try DynamoDB.Table.grantListStreams(role)
        #expect(try statements(stack, role) == [["Action": "dynamodb:ListStreams", "Effect": "Allow", "Resource": "*"]])
    }

    @Test func servicePrincipalsAreRejectedUnlessDynamoDBAllowsThem() throws {
        let stack = try makeStack()
        let table = try DynamoDB.Table(stack, "Table", .init(partitionKey: key("id")))
        let message: TextExpectation = "DynamoDB grant* methods do not support ServicePrincipal grantees"
        try expectError(path: "/S/Table", message: message) { try table.grantReadWriteData(IAM.ServicePrincipal("bedrock.amazonaws.com")) }
        try expectError(path: "/S/Table", message: message) {
            try table.grantReadData(IAM.ServicePrincipal("bedrock.amazonaws.com").withConditions(["StringEquals": ["aws:SourceAccount": "123456789012"]]))
        }
        for service in ["redshift.amazonaws.com", "replication.dynamodb.amazonaws.com", "glue.amazonaws.com"] {
            #expect(try table.grantReadWriteData(IAM.ServicePrincipal(service)).success)
        }
        let wrapped = IAM.ServicePrincipal("redshift.amazonaws.com").withConditions(["StringEquals": ["aws:SourceAccount": "123456789012"]])
        #expect(try table.grantReadWriteData(wrapped).success)
    }

    @Test func theAccountRootGoesToTheResourcePolicyWithAWildcard() throws {
        let stack = try makeStack()
        let table = try DynamoDB.Table(stack, "Table", .init(partitionKey: key("id")))
        try table.grantReadData(IAM.AccountRootPrincipal())
        try Template(stack).hasResourceProperties("AWS::DynamoDB::Table", ["ResourcePolicy": ["PolicyDocument": ["Statement": Match.arrayWith([[
            "Action": ["dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:GetItem", "dynamodb:Scan", "dynamodb:ConditionCheckItem", "dynamodb:DescribeTable"],
            "Effect": "Allow", "Resource": "*", "Principal": Match.anyValue(),
        ]])]]])
    }

    @Test func importedByNameAndArn() throws {
        let stack = try makeStack()
        let role = try makeRole(stack, "NewRole")
        let byName = try DynamoDB.Table.fromTableName(stack, "ImportedTable", tableName: "MyTable")
        try byName.grant(role, actions: ["dynamodb:*"])
        let arn = "arn:aws:dynamodb:us-east-1:111111111111:table/MyTable"
        let byArn = try DynamoDB.Table.fromTableArn(stack, "ByArn", tableArn: arn)
        try byArn.grantReadData(role)
        #expect(byArn.tableArn == arn)
        #expect(byArn.tableName == "MyTable")
        #expect(try stack.resolve(.string(byName.tableName)) == "MyTable")
        let nameArn: JSONValue = ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":dynamodb:", ["Ref": "AWS::Region"], ":",
                                                    ["Ref": "AWS::AccountId"], ":table/MyTable"]]]
        #expect(try stack.resolve(.string(byName.tableArn)) == nameArn)
        #expect(try statements(stack, role) == [
            ["Action": "dynamodb:*", "Effect": "Allow", "Resource": [nameArn]],
            ["Action": ["dynamodb:BatchGetItem", "dynamodb:Query", "dynamodb:GetItem", "dynamodb:Scan", "dynamodb:ConditionCheckItem", "dynamodb:DescribeTable"],
             "Effect": "Allow", "Resource": [.string(arn)]],
            ["Action": ["dynamodb:GetRecords", "dynamodb:GetShardIterator"], "Effect": "Allow", "Resource": [.string(arn)]],
        ])
    }

    @Test func anArnWithoutATableNameIsRejected() throws {
        let stack = try makeStack()
        try expectError(path: "/S/ImportedTable", message: "ARN for DynamoDB table must be in the form: ") {
            try DynamoDB.Table.fromTableArn(stack, "ImportedTable", tableArn: "arn:aws:dynamodb:us-east-1::table/")
        }
    }

    @Test func importedIndexesAndGrantIndexPermissions() throws {
        for attributes in [(["global"], ["local"], false), ([], ["local"], false), ([], [], true)] {
            let stack = try makeStack()
            let role = try makeRole(stack)
            let table = try DynamoDB.Table.fromTableAttributes(stack, "ImportedTable", tableName: "MyTableName", globalIndexes: attributes.0,
                                                                localIndexes: attributes.1, grantIndexPermissions: attributes.2)
            #expect(table.hasIndex)
            try table.grantReadData(role)
            let resources = try statements(stack, role).compactMap { $0.objectValue?["Resource"] }
            let index = try #require(resources.first?.arrayValue?.last)
            #expect(index == ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":dynamodb:", ["Ref": "AWS::Region"], ":",
                                                ["Ref": "AWS::AccountId"], ":table/MyTableName/index/*"]]])
            #expect(resources.count == 2)
        }
    }

    @Test func importedStreamGrants() throws {
        let stack = try makeStack()
        let role = try makeRole(stack, "NewRole")
        let withoutStream = try DynamoDB.Table.fromTableAttributes(stack, "Plain", tableName: "MyTable")
        try expectError(message: "DynamoDB Streams must be enabled on the table") { try withoutStream.grantTableListStreams(role) }
        try expectError(message: "DynamoDB Streams must be enabled on the table") { try withoutStream.grantStreamRead(role) }
        let streamArn = "arn:aws:dynamodb:us-east-1:111111111111:table/TableName/stream/StreamLabel"
        let key = try KMS.Key(stack, "Key") { $0.enableKeyRotation = true }
        let table = try DynamoDB.Table.fromTableAttributes(stack, "ImportedTable", tableName: "MyTable", tableStreamArn: streamArn, encryptionKey: key)
        try table.grantStreamRead(role)
        #expect(try statements(stack, role) == [
            ["Action": "dynamodb:ListStreams", "Effect": "Allow", "Resource": "*"],
            ["Action": ["kms:Decrypt", "kms:DescribeKey"], "Effect": "Allow", "Resource": ["Fn::GetAtt": [.string(try Template(stack).logicalId(of: key)), "Arn"]]],
            ["Action": ["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"], "Effect": "Allow", "Resource": .string(streamArn)],
        ])
    }
}
