import CDK
import CDKAssertions
import CDKDynamoDB
import Testing

/// Global and local secondary indexes: keys (single and multi-attribute), projections,
/// capacity, the key schemas the table reports, and the errors of invalid indexes.
@Suite struct TableIndexTests {
    @Test func globalIndexWithHashAndRangeKeyAndCapacity() throws {
        let stack = try makeStack()
        let table = try makeTable(stack, sorted: true)
        try table.addGlobalSecondaryIndex(.init(indexName: "MyGSI", partitionKey: key("gsiHashKey"), sortKey: key("gsiSortKey", .binary))) {
            $0.readCapacity = 42
            $0.writeCapacity = 1337
        }
        #expect(table.hasIndex)
        try Template(stack).hasResourceProperties("AWS::DynamoDB::Table", [
            "AttributeDefinitions": [
                ["AttributeName": "hashKey", "AttributeType": "S"], ["AttributeName": "sortKey", "AttributeType": "N"],
                ["AttributeName": "gsiHashKey", "AttributeType": "S"], ["AttributeName": "gsiSortKey", "AttributeType": "B"],
            ],
            "ProvisionedThroughput": ["ReadCapacityUnits": 5, "WriteCapacityUnits": 5],
            "GlobalSecondaryIndexes": [Match.objectEquals([
                "IndexName": "MyGSI",
                "KeySchema": [["AttributeName": "gsiHashKey", "KeyType": "HASH"], ["AttributeName": "gsiSortKey", "KeyType": "RANGE"]],
                "Projection": Match.objectEquals(["ProjectionType": "ALL"]),
                "ProvisionedThroughput": ["ReadCapacityUnits": 42, "WriteCapacityUnits": 1337],
            ])],
        ])
    }

    @Test func projections() throws {
        let stack = try makeStack()
        let table = try makeTable(stack, sorted: true)
        try table.addGlobalSecondaryIndex(.init(indexName: "keys", partitionKey: key("a"))) { $0.projectionType = .keysOnly }
        try table.addGlobalSecondaryIndex(.init(indexName: "some", partitionKey: key("b"))) {
            $0.projectionType = .include
            $0.nonKeyAttributes = ["gsiNonKey0", "gsiNonKey1"]
        }
        try table.addLocalSecondaryIndex(.init(indexName: "MyLSI", sortKey: key("lsiSortKey", .number))) {
            $0.projectionType = .include
            $0.nonKeyAttributes = ["lsiNonKey0", "lsiNonKey1"]
        }
        try Template(stack).hasResourceProperties("AWS::DynamoDB::Table", [
            "GlobalSecondaryIndexes": [
                ["IndexName": "keys", "Projection": Match.objectEquals(["ProjectionType": "KEYS_ONLY"])],
                ["IndexName": "some", "Projection": ["NonKeyAttributes": ["gsiNonKey0", "gsiNonKey1"], "ProjectionType": "INCLUDE"]],
            ],
            "LocalSecondaryIndexes": [Match.objectEquals([
                "IndexName": "MyLSI",
                "KeySchema": [["AttributeName": "hashKey", "KeyType": "HASH"], ["AttributeName": "lsiSortKey", "KeyType": "RANGE"]],
                "Projection": ["NonKeyAttributes": ["lsiNonKey0", "lsiNonKey1"], "ProjectionType": "INCLUDE"],
            ])],
        ])
    }

    @Test func globalIndexesOfAnOnDemandTableHaveNoThroughput() throws {
        let stack = try makeStack()
        let table = try makeTable(stack, sorted: true) { $0.billingMode = .payPerRequest }
        try table.addGlobalSecondaryIndex(.init(indexName: "MyGSI", partitionKey: key("gsiHashKey")))
        try Template(stack).hasResourceProperties("AWS::DynamoDB::Table", [
            "BillingMode": "PAY_PER_REQUEST", "ProvisionedThroughput": Match.absent(),
            "GlobalSecondaryIndexes": [["IndexName": "MyGSI", "ProvisionedThroughput": Match.absent()]],
        ])
        for (read, write) in [(1, nil), (nil, 1), (1, 1)] as [(Int?, Int?)] {
            try expectError(path: "/S/T", message: "PAY_PER_REQUEST") {
                try table.addGlobalSecondaryIndex(.init(indexName: "other", partitionKey: key("x"))) {
                    $0.readCapacity = read
                    $0.writeCapacity = write
                }
            }
        }
    }

    @Test func fiveGlobalIndexesInOrder() throws {
        let stack = try makeStack()
        let table = try makeTable(stack, sorted: true)
        for n in 0..<5 { try table.addGlobalSecondaryIndex(.init(indexName: "MyGSI\(n)", partitionKey: key("gsiHashKey\(n)"))) }
        let properties = try #require(try Template(stack).resource(of: table)["Properties"]?.objectValue)
        #expect(properties["GlobalSecondaryIndexes"]?.arrayValue?.compactMap { $0.objectValue?["IndexName"]?.stringValue } == (0..<5).map { "MyGSI\($0)" })
        #expect(properties["AttributeDefinitions"]?.arrayValue?.count == 7)
    }

    @Test func multiAttributeKeys() throws {
        let stack = try makeStack()
        let table = try makeTable(stack, sorted: true)
        try table.addGlobalSecondaryIndex(.init(indexName: "MyGSI", partitionKeys: [key("gsiHashKey"), key("gsiHaskKeyTwo", .number)]))
        try table.addGlobalSecondaryIndex(.init(indexName: "Mixed", partitionKeys: [key("p1"), key("p2")])) { $0.schema.sortKey = key("s", .binary) }
        try Template(stack).hasResourceProperties("AWS::DynamoDB::Table", [
            "GlobalSecondaryIndexes": [
                ["IndexName": "MyGSI", "KeySchema": [["AttributeName": "gsiHashKey", "KeyType": "HASH"], ["AttributeName": "gsiHaskKeyTwo", "KeyType": "HASH"]]],
                ["IndexName": "Mixed", "KeySchema": [["AttributeName": "p1", "KeyType": "HASH"], ["AttributeName": "p2", "KeyType": "HASH"],
                                                     ["AttributeName": "s", "KeyType": "RANGE"]]],
            ],
        ])
        #expect(try table.schemaV2("MyGSI") == .init(partitionKeys: [key("gsiHashKey"), key("gsiHaskKeyTwo", .number)]))
        try expectError(path: "/S/T", message: "Index MyGSI uses multi-attribute keys and cannot be returned by schema(), use schemaV2() instead.") {
            try table.schema("MyGSI")
        }
    }

    @Test func multiAttributeKeyErrors() throws {
        let stack = try makeStack()
        let table = try makeTable(stack, sorted: true)
        let five = (1...5).map { key("k\($0)", .binary) }
        try expectError(path: "/S/T", message: "Exactly one of 'partitionKey', 'partitionKeys' must be specified") {
            try table.addGlobalSecondaryIndex(.init(indexName: "a", partitionKeys: [key("x"), key("y")])) { $0.schema.partitionKey = key("z") }
        }
        try expectError(path: "/S/T", message: "At most one of 'sortKey', 'sortKeys' may be specified") {
            try table.addGlobalSecondaryIndex(.init(indexName: "b", partitionKeys: [key("x")], sortKeys: [key("s1"), key("s2")])) {
                $0.schema.sortKey = key("s3")
            }
        }
        try expectError(path: "/S/T", message: "Maximum of 4 partition keys allowed") {
            try table.addGlobalSecondaryIndex(.init(indexName: "c", partitionKeys: five))
        }
        try expectError(path: "/S/T", message: "Maximum of 4 sort keys allowed") {
            try table.addGlobalSecondaryIndex(.init(indexName: "d", partitionKeys: [key("x")], sortKeys: five))
        }
        try expectError(path: "/S/T", message: "'partitionKeys' must contain at least one element") {
            try table.addGlobalSecondaryIndex(.init(indexName: "e", partitionKeys: []))
        }
    }

    @Test func schemasOfTableAndIndexes() throws {
        let stack = try makeStack()
        let table = try makeTable(stack, "Table A")
        #expect(try table.schema() == .init(partitionKey: key("hashKey")))
        #expect(try table.schemaV2() == .init(partitionKeys: [key("hashKey")], sortKeys: []))
        let sorted = try makeTable(stack, "TableB", sorted: true)
        #expect(try sorted.schema() == .init(partitionKey: key("hashKey"), sortKey: key("sortKey", .number)))
        try table.addLocalSecondaryIndex(.init(indexName: "MyLSI", sortKey: key("lsiSortKey", .number)))
        try table.addGlobalSecondaryIndex(.init(indexName: "MyGSI", partitionKey: key("gsiHashKey"), sortKey: key("gsiSortKey", .binary)))
        try table.addGlobalSecondaryIndex(.init(indexName: "Hash", partitionKey: key("h")))
        #expect(try table.schema("MyLSI") == .init(partitionKey: key("hashKey"), sortKey: key("lsiSortKey", .number)))
        #expect(try table.schemaV2("MyLSI") == .init(partitionKeys: [key("hashKey")], sortKeys: [key("lsiSortKey", .number)]))
        #expect(try table.schema("MyGSI") == .init(partitionKey: key("gsiHashKey"), sortKey: key("gsiSortKey", .binary)))
        #expect(try table.schema("Hash") == .init(partitionKey: key("h")))
        try expectError(path: "/S/Table A", message: "Cannot find schema for index: Unknown. Use 'addGlobalSecondaryIndex' or 'addLocalSecondaryIndex' to add index") {
            try table.schema("Unknown")
        }
    }

    @Test func projectionErrors() throws {
        let stack = try makeStack()
        let table = try makeTable(stack, sorted: true)
        try expectError(path: "/S/T", message: "non-key attributes should be specified when using INCLUDE projection type") {
            try table.addGlobalSecondaryIndex(.init(indexName: "a", partitionKey: key("a"))) { $0.projectionType = .include }
        }
        for projection in [DynamoDB.ProjectionType.all, .keysOnly] {
            try expectError(path: "/S/T", message: "non-key attributes should not be specified when not using INCLUDE projection type") {
                try table.addGlobalSecondaryIndex(.init(indexName: "b", partitionKey: key("b"))) {
                    $0.projectionType = projection
                    $0.nonKeyAttributes = ["gsiNonKey0"]
                }
            }
        }
        try expectError(path: "/S/T", message: "a maximum number of nonKeyAttributes across all of secondary indexes is 100") {
            try table.addGlobalSecondaryIndex(.init(indexName: "c", partitionKey: key("c"))) {
                $0.projectionType = .include
                $0.nonKeyAttributes = (0...100).map { "gsiNonKey\($0)" }
            }
        }
    }

    @Test func anAttributeCanBeAKeyInOneIndexAndProjectedInAnother() throws {
        let stack = try makeStack()
        let table = try DynamoDB.Table(stack, "Table", .init(partitionKey: key("pkey", .number)))
        try table.addGlobalSecondaryIndex(.init(indexName: "IndexA", partitionKey: key("foo"))) {
            $0.projectionType = .include
            $0.nonKeyAttributes = ["bar"]
        }
        try table.addGlobalSecondaryIndex(.init(indexName: "IndexB", partitionKey: key("baz"), sortKey: key("bar"))) {
            $0.projectionType = .include
            $0.nonKeyAttributes = ["blah"]
        }
    }

    @Test func indexNamesAndLimits() throws {
        let stack = try makeStack()
        let table = try makeTable(stack, sorted: true)
        try table.addGlobalSecondaryIndex(.init(indexName: "SecondaryIndex", partitionKey: key("gsiHashKey")))
        try expectError(path: "/S/T", message: "a duplicate index name, SecondaryIndex, is not allowed") {
            try table.addLocalSecondaryIndex(.init(indexName: "SecondaryIndex", sortKey: key("lsiSortKey", .number)))
        }
        try expectError(path: "/S/T", message: "Unable to specify gsiHashKey as N because it was already defined as S") {
            try table.addGlobalSecondaryIndex(.init(indexName: "h", partitionKey: key("gsiHashKey", .number)))
        }
        for n in 0..<5 { try table.addLocalSecondaryIndex(.init(indexName: "MyLSI\(n)", sortKey: key("lsiSortKey\(n)", .number))) }
        try expectError(path: "/S/T", message: "a maximum number of local secondary index per table is 5") {
            try table.addLocalSecondaryIndex(.init(indexName: "MyLSI5", sortKey: key("lsiSortKey5", .number)))
        }
    }

    @Test func localIndexesNeedATableSortKey() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        let table = try makeTable(stack)
        try table.addLocalSecondaryIndex(.init(indexName: "MyLSI", sortKey: key("lsiSortKey", .number)))
        let error = try expectSynthesisError(app, path: "/S/T", message: "a sort key of the table must be specified to add local secondary indexes")
        _ = error
    }
}
