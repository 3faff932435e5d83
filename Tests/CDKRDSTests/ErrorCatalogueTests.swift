import CDK
import CDKAssertions
import CDKEC2
import CDKRDS
import ErrorCatalogueSupport
import Testing

/// The RDS part of the error catalogue: Serverless v2 capacities, promotion tiers, log exports
/// and backup retention.
@Suite struct RDSErrorCatalogue {
    static func cluster(_ stack: Stack, writer: RDS.ClusterInstance = .serverlessV2("writer"),
                        configure: (inout RDS.DatabaseClusterProps) throws -> Void = { _ in }) throws {
        let vpc = try EC2.Vpc(stack, "Vpc") { $0.maxAzs = 2 }
        _ = try RDS.DatabaseCluster(stack, "Db", .init(engine: .auroraPostgres(version: .ver16_4), vpc: vpc, writer: writer), configure: configure)
    }

    static let cases: [BadInput] = [
        BadInput("serverless max capacity of 300", path: "S/Db", mentions: ["serverlessV2MaxCapacity must be >= 1 & <= 256", "300"]) {
            let (_, stack) = try appWithStack()
            try cluster(stack) { $0.serverlessV2MaxCapacity = 300 }
        },
        BadInput("serverless min capacity negative", path: "S/Db", mentions: ["serverlessV2MinCapacity must be >= 0 & <= 256", "-1"]) {
            let (_, stack) = try appWithStack()
            try cluster(stack) { $0.serverlessV2MinCapacity = -1 }
        },
        BadInput("serverless max below min", path: "S/Db", mentions: ["serverlessV2MaxCapacity must be greater than serverlessV2MinCapacity", "min: 8, max: 4"]) {
            let (_, stack) = try appWithStack()
            try cluster(stack) { $0.serverlessV2MinCapacity = 8; $0.serverlessV2MaxCapacity = 4 }
        },
        BadInput("serverless capacity of 1.3", path: "S/Db", mentions: ["0.5 step increments", "max: 1.3"]) {
            let (_, stack) = try appWithStack()
            try cluster(stack) { $0.serverlessV2MaxCapacity = 1.3 }
        },
        BadInput("serverless capacity NaN", path: "S/Db", mentions: ["serverlessV2MaxCapacity", "NaN"]) {
            let (_, stack) = try appWithStack()
            try cluster(stack) { $0.serverlessV2MaxCapacity = .nan }
        },
        BadInput("promotion tier 16", path: "S/Db/reader", mentions: ["promotionTier must be between 0-15", "16"]) {
            let (_, stack) = try appWithStack()
            try cluster(stack) { $0.readers = [.provisioned("reader", promotionTier: 16)] }
        },
        BadInput("log export the engine does not have", path: "S/Db", mentions: ["Unsupported logs for the current engine type: slowquery"]) {
            let (_, stack) = try appWithStack()
            try cluster(stack) { $0.cloudwatchLogsExports = ["postgresql", "slowquery"] }
        },
        BadInput("backup retention of 36 hours", path: "S/Db", mentions: ["backup.retention", "'36 hours'"]) {
            let (_, stack) = try appWithStack()
            try cluster(stack) { $0.backup = .init(retention: .hours(36)) }
        },
    ]

    @Test(arguments: cases) func rejected(_ input: BadInput) throws { try input.check() }

    @Test func extremeCapacitiesNeverTrap() throws {
        var inputs = FuzzedInputs()
        for capacity in extremeAmounts {
            inputs.expectAcceptedOrAttributed("capacity \(capacity)") {
                let (app, stack) = try appWithStack()
                try Self.cluster(stack) { $0.serverlessV2MinCapacity = 0.5; $0.serverlessV2MaxCapacity = capacity }
                return try app.synth()
            }
        }
        try inputs.lintAccepted()
    }
}
