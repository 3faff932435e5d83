import CDK
import CDKAssertions
import CDKDynamoDB
import ErrorCatalogueSupport
import Testing

/// The DynamoDB part of the error catalogue: keys, capacities, scaling and recovery.
@Suite struct DynamoDBErrorCatalogue {
    static func table(_ stack: Stack, configure: (inout DynamoDB.TableProps) throws -> Void = { _ in }) throws -> DynamoDB.Table {
        try DynamoDB.Table(stack, "Table", .init(partitionKey: .init(name: "pk", type: .string)), configure: configure)
    }

    static let cases: [BadInput] = [
        BadInput("table name of 2 characters", path: "S/Table", mentions: ["'ab'", "3 to 255 characters (it has 2)"]) {
            let (_, stack) = try appWithStack()
            _ = try table(stack) { $0.tableName = "ab" }
        },
        BadInput("table name with a space", path: "S/Table", mentions: ["'my table'", "letters, digits"]) {
            let (_, stack) = try appWithStack()
            _ = try table(stack) { $0.tableName = "my table" }
        },
        BadInput("sort key named like the partition key", path: "S/Table", mentions: ["'pk'", "partition key"]) {
            let (_, stack) = try appWithStack()
            _ = try DynamoDB.Table(stack, "Table", .init(partitionKey: .init(name: "pk", type: .string), sortKey: .init(name: "pk", type: .string)))
        },
        BadInput("capacity with pay-per-request billing", path: "S/Table", mentions: ["PAY_PER_REQUEST"]) {
            let (_, stack) = try appWithStack()
            _ = try table(stack) { $0.billingMode = .payPerRequest; $0.readCapacity = 5 }
        },
        BadInput("scaling utilization NaN", path: "S/Table/ReadScaling", mentions: ["targetUtilizationPercent", "NaN"]) {
            let (_, stack) = try appWithStack()
            try table(stack).autoScaleReadCapacity(.init(minCapacity: 1, maxCapacity: 10)).scaleOnUtilization(.init(targetUtilizationPercent: .nan))
        },
        BadInput("scaling utilization of 95 percent", path: "S/Table/ReadScaling", mentions: ["targetUtilizationPercent", "95"]) {
            let (_, stack) = try appWithStack()
            try table(stack).autoScaleReadCapacity(.init(minCapacity: 1, maxCapacity: 10)).scaleOnUtilization(.init(targetUtilizationPercent: 95))
        },
        BadInput("scaling bounds reversed", path: "S/Table/ReadScaling/Target", mentions: ["minCapacity (10)", "maxCapacity (1)"]) {
            let (_, stack) = try appWithStack()
            _ = try table(stack).autoScaleReadCapacity(.init(minCapacity: 10, maxCapacity: 1))
        },
        BadInput("duplicate index name", path: "S/Table", mentions: ["by-sk"]) {
            let (_, stack) = try appWithStack()
            let indexed = try table(stack)
            try indexed.addGlobalSecondaryIndex(.init(indexName: "by-sk", partitionKey: .init(name: "sk", type: .string)))
            try indexed.addGlobalSecondaryIndex(.init(indexName: "by-sk", partitionKey: .init(name: "sk", type: .string)))
        },
    ]

    @Test(arguments: cases) func rejected(_ input: BadInput) throws { try input.check() }
}
