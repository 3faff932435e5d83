import CDK

extension RDS {
    /// A version of the Aurora PostgreSQL engine (the AWS CDK's `AuroraPostgresEngineVersion`).
    public struct AuroraPostgresEngineVersion: Sendable, Equatable {
        /// The full version, `"16.4"`.
        public let fullVersion: String
        /// The major version, `"16"`; it names the parameter group family (`aurora-postgresql16`).
        public let majorVersion: String

        /// Any version, by its full and major version (`.of("16.4", "16")`).
        public static func of(_ fullVersion: String, _ majorVersion: String) -> AuroraPostgresEngineVersion {
            AuroraPostgresEngineVersion(fullVersion: fullVersion, majorVersion: majorVersion)
        }

        /// Version 13.12.
        public static let ver13_12 = of("13.12", "13")
        /// Version 14.9.
        public static let ver14_9 = of("14.9", "14")
        /// Version 15.4.
        public static let ver15_4 = of("15.4", "15")
        /// Version 15.8.
        public static let ver15_8 = of("15.8", "15")
        /// Version 16.1.
        public static let ver16_1 = of("16.1", "16")
        /// Version 16.4.
        public static let ver16_4 = of("16.4", "16")
        /// Version 16.6.
        public static let ver16_6 = of("16.6", "16")
        /// Version 17.4.
        public static let ver17_4 = of("17.4", "17")
    }

    /// A version of the Aurora MySQL engine (the AWS CDK's `AuroraMysqlEngineVersion`).
    public struct AuroraMysqlEngineVersion: Sendable, Equatable {
        /// The full version, `"8.0.mysql_aurora.3.05.2"`.
        public let fullVersion: String
        /// The major version, `"8.0"`; it names the parameter group family (`aurora-mysql8.0`).
        public let majorVersion: String

        /// Any version, by its full and major version.
        public static func of(_ fullVersion: String, _ majorVersion: String = "8.0") -> AuroraMysqlEngineVersion {
            AuroraMysqlEngineVersion(fullVersion: fullVersion, majorVersion: majorVersion)
        }

        /// Version 8.0.mysql_aurora.3.04.0.
        public static let ver3_04_0 = of("8.0.mysql_aurora.3.04.0")
        /// Version 8.0.mysql_aurora.3.05.2.
        public static let ver3_05_2 = of("8.0.mysql_aurora.3.05.2")
        /// Version 8.0.mysql_aurora.3.07.1.
        public static let ver3_07_1 = of("8.0.mysql_aurora.3.07.1")
        /// Version 8.0.mysql_aurora.3.08.0.
        public static let ver3_08_0 = of("8.0.mysql_aurora.3.08.0")
    }

    /// The engine of a database cluster: its type, version and what follows from them (the
    /// AWS CDK's `IClusterEngine`).
    public struct ClusterEngine: Sendable, Equatable {
        /// The engine's name in CloudFormation (`aurora-postgresql`, `aurora-mysql`).
        public let engineType: String
        /// The full version, if one is given.
        public let fullVersion: String?
        /// The major version, if one is given.
        public let majorVersion: String?
        /// The port clusters of this engine listen on, written into the template when the engine
        /// has one (PostgreSQL: 5432; Aurora MySQL leaves it to RDS: 3306).
        public let defaultPort: Int?
        /// The master user's name when the credentials do not give one.
        public let defaultUsername: String
        /// The log types the cluster can export to CloudWatch Logs.
        public let supportedLogTypes: [String]
        /// The id of the imported default parameter group, as the AWS CDK names it.
        let defaultParameterGroupId: String

        /// The parameter group family, `<engine type><major version>`, when the version is known.
        public var parameterGroupFamily: String? { majorVersion.map { engineType + $0 } }
    }

    /// The engines of database clusters (the AWS CDK's `DatabaseClusterEngine`).
    public enum DatabaseClusterEngine {
        /// Aurora PostgreSQL at `version`.
        public static func auroraPostgres(version: AuroraPostgresEngineVersion) -> ClusterEngine {
            ClusterEngine(engineType: "aurora-postgresql", fullVersion: version.fullVersion, majorVersion: version.majorVersion, defaultPort: 5432,
                          defaultUsername: "postgres", supportedLogTypes: ["postgresql"],
                          defaultParameterGroupId: "AuroraPostgreSqlDatabaseClusterEngineDefaultParameterGroup")
        }

        /// Aurora MySQL at `version`.
        public static func auroraMysql(version: AuroraMysqlEngineVersion) -> ClusterEngine {
            ClusterEngine(engineType: "aurora-mysql", fullVersion: version.fullVersion, majorVersion: version.majorVersion, defaultPort: nil,
                          defaultUsername: "admin", supportedLogTypes: ["error", "general", "slowquery", "audit", "instance", "iam-db-auth-error"],
                          defaultParameterGroupId: "AuroraMySqlDatabaseClusterEngineDefaultParameterGroup")
        }
    }
}

extension RDS.ClusterEngine {
    /// Aurora PostgreSQL at `version` (as ``RDS/DatabaseClusterEngine/auroraPostgres(version:)``).
    public static func auroraPostgres(version: RDS.AuroraPostgresEngineVersion) -> RDS.ClusterEngine {
        RDS.DatabaseClusterEngine.auroraPostgres(version: version)
    }

    /// Aurora MySQL at `version` (as ``RDS/DatabaseClusterEngine/auroraMysql(version:)``).
    public static func auroraMysql(version: RDS.AuroraMysqlEngineVersion) -> RDS.ClusterEngine {
        RDS.DatabaseClusterEngine.auroraMysql(version: version)
    }
}
