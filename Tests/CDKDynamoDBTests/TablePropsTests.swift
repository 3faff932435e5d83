import CDK
import CDKAssertions
import CDKDynamoDB
import CDKIAM
import CDKKMS
import CDKS3
import Testing

/// The table props beyond the key: streams, throughput, recovery, insights, encryption, import
/// and the other properties, with the errors of conflicting or invalid values.
@Suite struct TablePropsTests {
    @Test(arguments: [DynamoDB.StreamViewType.newAndOldImages, .newImage, .oldImage, .keysOnly])
    func streamViewTypes(_ view: DynamoDB.StreamViewType) throws {
        let stack = try makeStack()
        let table = try makeTable(stack, sorted: true) {
            $0.tableName = "MyTable"
            $0.readCapacity = 42
            $0.writeCapacity = 1337
            $0.stream = view
        }
        try Template(stack).hasResourceProperties("AWS::DynamoDB::Table", [
            "StreamSpecification": ["StreamViewType": .json(.string(view.rawValue))],
            "ProvisionedThroughput": ["ReadCapacityUnits": 42, "WriteCapacityUnits": 1337],
            "TableName": "MyTable",
        ])
        #expect(table.tableStreamArn != nil)
    }

    @Test func nothingOptionalIsWrittenByDefault() throws {
        let stack = try makeStack()
        _ = try makeTable(stack, sorted: true)
        try Template(stack).hasResourceProperties("AWS::DynamoDB::Table", [
            "PointInTimeRecoverySpecification": Match.absent(), "SSESpecification": Match.absent(),
            "StreamSpecification": Match.absent(), "TimeToLiveSpecification": Match.absent(), "TableClass": Match.absent(),
            "DeletionProtectionEnabled": Match.absent(), "ImportSourceSpecification": Match.absent(),
            "GlobalSecondaryIndexes": Match.absent(), "LocalSecondaryIndexes": Match.absent(), "BillingMode": Match.absent(),
        ])
    }

    @Test func destroyRemovalPolicyDeletesTheTable() throws {
        let stack = try makeStack()
        _ = try makeTable(stack) { $0.removalPolicy = .destroy }
        try Template(stack).hasResource("AWS::DynamoDB::Table", ["DeletionPolicy": "Delete"])
    }

    @Test func everyCommonPropAndTags() throws {
        let stack = try makeStack()
        let table = try makeTable(stack, sorted: true) {
            $0.tableName = "MyTable"
            $0.readCapacity = 42
            $0.writeCapacity = 1337
            $0.pointInTimeRecovery = true
            $0.serverSideEncryption = true
            $0.stream = .keysOnly
            $0.timeToLiveAttribute = "timeToLive"
            $0.contributorInsightsEnabled = true
        }
        try Tags.of(table).add("Environment", "Production")
        try Template(stack).hasResourceProperties("AWS::DynamoDB::Table", [
            "PointInTimeRecoverySpecification": ["PointInTimeRecoveryEnabled": true],
            "SSESpecification": Match.objectEquals(["SSEEnabled": true]),
            "StreamSpecification": ["StreamViewType": "KEYS_ONLY"],
            "Tags": [["Key": "Environment", "Value": "Production"]],
            "TimeToLiveSpecification": ["AttributeName": "timeToLive", "Enabled": true],
            "ContributorInsightsSpecification": Match.objectEquals(["Enabled": true]),
        ])
    }

    @Test func onDemandThroughputOfTableAndIndex() throws {
        let stack = try makeStack()
        let table = try makeTable(stack) {
            $0.billingMode = .payPerRequest
            $0.maxReadRequestUnits = 10
            $0.maxWriteRequestUnits = 5
        }
        try table.addGlobalSecondaryIndex(.init(indexName: "gsi1", partitionKey: key("pk"))) {
            $0.maxReadRequestUnits = 10
            $0.maxWriteRequestUnits = 20
        }
        try Template(stack).hasResourceProperties("AWS::DynamoDB::Table", [
            "BillingMode": "PAY_PER_REQUEST",
            "OnDemandThroughput": ["MaxReadRequestUnits": 10, "MaxWriteRequestUnits": 5],
            "GlobalSecondaryIndexes": [["IndexName": "gsi1", "OnDemandThroughput": ["MaxReadRequestUnits": 10, "MaxWriteRequestUnits": 20],
                                        "ProvisionedThroughput": Match.absent()]],
        ])
    }

    @Test func provisionedTablesIgnoreOnDemandMaximumsAndTakeFiveForZero() throws {
        let stack = try makeStack()
        _ = try makeTable(stack) {
            $0.readCapacity = 0
            $0.maxReadRequestUnits = 3
        }
        try Template(stack).hasResourceProperties("AWS::DynamoDB::Table", [
            "OnDemandThroughput": Match.absent(), "ProvisionedThroughput": ["ReadCapacityUnits": 5, "WriteCapacityUnits": 5],
        ])
    }

    @Test func capacityOnAnOnDemandTableIsRejected() throws {
        let stack = try makeStack()
        for (id, read, write) in [("Table A", 1, nil), ("Table B", nil, 1), ("Table C", 1, 1)] as [(String, Int?, Int?)] {
            try expectError(path: "/S/\(id)", message: "you cannot provision read and write capacity for a table with PAY_PER_REQUEST billing mode") {
                try makeTable(stack, id) {
                    $0.billingMode = .payPerRequest
                    $0.readCapacity = read
                    $0.writeCapacity = write
                }
            }
        }
    }

    @Test func warmThroughputOfTableAndIndexes() throws {
        let stack = try makeStack()
        let table = try makeTable(stack) {
            $0.readCapacity = 5
            $0.writeCapacity = 6
            $0.warmThroughput = .init(readUnitsPerSecond: 2000, writeUnitsPerSecond: 1000)
        }
        try table.addGlobalSecondaryIndex(.init(indexName: "warm", partitionKey: key("a"))) {
            $0.warmThroughput = .init(readUnitsPerSecond: 3000, writeUnitsPerSecond: 4000)
        }
        try table.addGlobalSecondaryIndex(.init(indexName: "cold", partitionKey: key("b")))
        try Template(stack).hasResourceProperties("AWS::DynamoDB::Table", [
            "WarmThroughput": ["ReadUnitsPerSecond": 2000, "WriteUnitsPerSecond": 1000],
            "ProvisionedThroughput": ["ReadCapacityUnits": 5, "WriteCapacityUnits": 6],
            "GlobalSecondaryIndexes": [
                ["IndexName": "warm", "WarmThroughput": ["ReadUnitsPerSecond": 3000, "WriteUnitsPerSecond": 4000]],
                ["IndexName": "cold", "WarmThroughput": Match.absent()],
            ],
        ])
    }

    @Test func pointInTimeRecoverySpecification() throws {
        let stack = try makeStack()
        _ = try makeTable(stack) { $0.pointInTimeRecoverySpecification = .init(pointInTimeRecoveryEnabled: true, recoveryPeriodInDays: 5) }
        try Template(stack).hasResourceProperties("AWS::DynamoDB::Table", [
            "PointInTimeRecoverySpecification": ["PointInTimeRecoveryEnabled": true, "RecoveryPeriodInDays": 5],
        ])
    }

    @Test func pointInTimeRecoveryErrors() throws {
        let stack = try makeStack()
        try expectError(path: "/S/A", message: "`pointInTimeRecoverySpecification` and `pointInTimeRecovery` are set. Use `pointInTimeRecoverySpecification` only.") {
            try makeTable(stack, "A") {
                $0.pointInTimeRecovery = true
                $0.pointInTimeRecoverySpecification = .init(pointInTimeRecoveryEnabled: true, recoveryPeriodInDays: 5)
            }
        }
        try expectError(path: "/S/B", message: "`recoveryPeriodInDays` must be a value between `1` and `35`.") {
            try makeTable(stack, "B") { $0.pointInTimeRecoverySpecification = .init(pointInTimeRecoveryEnabled: true, recoveryPeriodInDays: 36) }
        }
        try expectError(path: "/S/C", message: "Cannot set `recoveryPeriodInDays` while `pointInTimeRecoveryEnabled` is set to false.") {
            try makeTable(stack, "C") { $0.pointInTimeRecoverySpecification = .init(pointInTimeRecoveryEnabled: false, recoveryPeriodInDays: 35) }
        }
    }

    @Test func contributorInsightsSpecifications() throws {
        let stack = try makeStack()
        let table = try makeTable(stack, sorted: true) { $0.contributorInsightsSpecification = .init(enabled: true, mode: .accessedAndThrottledKeys) }
        try table.addGlobalSecondaryIndex(.init(indexName: "MyGSI", partitionKey: key("gsiHashKey"))) {
            $0.contributorInsightsSpecification = .init(enabled: true, mode: .throttledKeys)
        }
        try table.addGlobalSecondaryIndex(.init(indexName: "Off", partitionKey: key("other"))) { $0.contributorInsightsEnabled = false }
        let plain = try makeTable(stack, "Plain") { $0.contributorInsightsSpecification = .init(enabled: true) }
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::DynamoDB::Table", [
            "ContributorInsightsSpecification": ["Enabled": true, "Mode": "ACCESSED_AND_THROTTLED_KEYS"],
            "GlobalSecondaryIndexes": [
                ["IndexName": "MyGSI", "ContributorInsightsSpecification": ["Enabled": true, "Mode": "THROTTLED_KEYS"]],
                ["IndexName": "Off", "ContributorInsightsSpecification": Match.objectEquals(["Enabled": false])],
            ],
        ])
        #expect(try template.resource(of: plain)["Properties"]?.objectValue?["ContributorInsightsSpecification"] == ["Enabled": true])
    }

    @Test func contributorInsightsConflicts() throws {
        let stack = try makeStack()
        let message = "`contributorInsightsSpecification` and `contributorInsightsEnabled` are set. Use `contributorInsightsSpecification` only."
        try expectError(path: "/S/A", message: .init(stringLiteral: message)) {
            try makeTable(stack, "A") {
                $0.contributorInsightsEnabled = true
                $0.contributorInsightsSpecification = .init(enabled: true, mode: .accessedAndThrottledKeys)
            }
        }
        let table = try makeTable(stack)
        try expectError(path: "/S/T", message: .init(stringLiteral: message)) {
            try table.addGlobalSecondaryIndex(.init(indexName: "i", partitionKey: key("a"))) {
                $0.contributorInsightsEnabled = true
                $0.contributorInsightsSpecification = .init(enabled: true)
            }
        }
    }

    @Test(arguments: [DynamoDB.TableClass.standard, .standardInfrequentAccess])
    func tableClass(_ tableClass: DynamoDB.TableClass) throws {
        let stack = try makeStack()
        _ = try makeTable(stack) { $0.tableClass = tableClass }
        try Template(stack).hasResourceProperties("AWS::DynamoDB::Table", ["TableClass": .json(.string(tableClass.rawValue))])
    }

    @Test(arguments: [true, false])
    func deletionProtection(_ enabled: Bool) throws {
        let stack = try makeStack()
        _ = try makeTable(stack) { $0.deletionProtection = enabled }
        try Template(stack).hasResourceProperties("AWS::DynamoDB::Table", ["DeletionProtectionEnabled": .json(.bool(enabled))])
    }

    @Test func importSourceFormats() throws {
        let stack = try makeStack()
        let bucket = try S3.Bucket(stack, "Bucket")
        _ = try makeTable(stack, "Json") {
            $0.importSource = .init(inputFormat: .dynamoDBJson(), bucket: bucket)
            $0.importSource?.compressionType = .gzip
            $0.importSource?.bucketOwner = "111111111111"
            $0.importSource?.keyPrefix = "prefix"
        }
        _ = try makeTable(stack, "Csv") {
            $0.importSource = .init(inputFormat: try .csv(.init(delimiter: ",", headerList: ["id", "name"])), bucket: bucket)
            $0.importSource?.compressionType = DynamoDB.InputCompressionType.none
        }
        let template = try Template(stack)
        let bucketRef: Pattern = ["Ref": .json(.string(try template.logicalId(of: bucket)))]
        try template.hasResourceProperties("AWS::DynamoDB::Table", ["ImportSourceSpecification": Match.objectEquals([
            "InputCompressionType": "GZIP", "InputFormat": "DYNAMODB_JSON",
            "S3BucketSource": ["S3Bucket": bucketRef, "S3BucketOwner": "111111111111", "S3KeyPrefix": "prefix"],
        ])])
        try template.hasResourceProperties("AWS::DynamoDB::Table", ["ImportSourceSpecification": Match.objectEquals([
            "InputCompressionType": "NONE", "InputFormat": "CSV",
            "InputFormatOptions": ["Csv": ["Delimiter": ",", "HeaderList": ["id", "name"]]],
            "S3BucketSource": Match.objectEquals(["S3Bucket": bucketRef]),
        ])])
    }

    @Test(arguments: [",,", "a", "1", "/", "+", "!", "@"])
    func invalidCsvDelimiters(_ delimiter: String) throws {
        try expectError(message: .init(stringLiteral: "Delimiter must be a single character and one of the following: comma (,), tab (\\t), colon (:), semicolon (;), pipe (|), space ( ), got '\(delimiter)'")) {
            try DynamoDB.InputFormat.csv(.init(delimiter: delimiter, headerList: ["id", "name"]))
        }
    }

    @Test func resourcePolicyGivenAndAddedTo() throws {
        let stack = try makeStack()
        let document = IAM.PolicyDocument()
        document.addStatements(IAM.PolicyStatement(actions: ["dynamodb:GetItem"], resources: ["*"],
                                                   principals: [IAM.ArnPrincipal("arn:aws:iam::111122223333:user/foobar")]))
        let table = try makeTable(stack) { $0.resourcePolicy = document }
        try table.addToResourcePolicy(IAM.PolicyStatement(actions: ["dynamodb:Query"], resources: ["*"], principals: [IAM.ArnPrincipal("arn:aws:iam::111122223333:user/other")]))
        #expect(table.resourcePolicy === document)
        try Template(stack).hasResourceProperties("AWS::DynamoDB::Table", ["ResourcePolicy": ["PolicyDocument": [
            "Version": "2012-10-17",
            "Statement": [
                ["Principal": ["AWS": "arn:aws:iam::111122223333:user/foobar"], "Effect": "Allow", "Action": "dynamodb:GetItem", "Resource": "*"],
                ["Principal": ["AWS": "arn:aws:iam::111122223333:user/other"], "Effect": "Allow", "Action": "dynamodb:Query", "Resource": "*"],
            ],
        ]]])
    }
}
