import CDK
import CDKEC2
import CDKKMS

extension RDS {
    /// How a cluster is backed up.
    public struct BackupProps: Sendable {
        /// How long automated backups are kept (whole days, 1 to 35).
        public var retention: Duration
        /// The daily backup window, `hh24:mi-hh24:mi` (UTC).
        ///
        /// Default: one RDS chooses.
        public var preferredWindow: String?

        /// Backups kept for `retention`.
        public init(retention: Duration, preferredWindow: String? = nil) {
            self.retention = retention
            self.preferredWindow = preferredWindow
        }
    }

    /// The props of a ``DatabaseCluster`` (the AWS CDK's `DatabaseClusterProps`, the options this
    /// library builds).
    public struct DatabaseClusterProps: ConstructProps {
        /// The engine and its version.
        public var engine: ClusterEngine
        /// The VPC the cluster is placed in.
        public var vpc: any EC2.VpcRef
        /// The instance that writes (promotion tier 0).
        public var writer: ClusterInstance
        /// The instances that read, each after the writer.
        ///
        /// Default: none.
        public var readers: [ClusterInstance] = []
        /// The subnets of ``vpc`` (at least two).
        ///
        /// Default: the VPC's default selection (its private subnets).
        public var vpcSubnets: EC2.SubnetSelection?
        /// The security groups of the cluster.
        ///
        /// Default: a new group, child `SecurityGroup` ("RDS security group").
        public var securityGroups: [any EC2.SecurityGroupRef]?
        /// The master user.
        ///
        /// Default: the engine's default user (`postgres`, `admin`) with a generated password in
        /// a new secret.
        public var credentials: Credentials?
        /// The database created in the cluster.
        ///
        /// Default: none.
        public var defaultDatabaseName: String?
        /// The port the cluster listens on.
        ///
        /// Default: the engine's (5432 for PostgreSQL; RDS's 3306 for MySQL).
        public var port: Int?
        /// The cluster's identifier (in lower case with `@aws-cdk/aws-rds:lowercaseDbIdentifier`).
        ///
        /// Default: one CloudFormation generates.
        public var clusterIdentifier: String?
        /// The least capacity of Serverless v2 instances, in ACUs (0 to 256, in steps of 0.5).
        ///
        /// Default: 0.5.
        public var serverlessV2MinCapacity: Double = 0.5
        /// The most capacity of Serverless v2 instances, in ACUs (1 to 256, in steps of 0.5).
        ///
        /// Default: 2.
        public var serverlessV2MaxCapacity: Double = 2
        /// What happens to the cluster when it leaves the stack (its instances and subnet group
        /// follow: kept when it is kept, deleted otherwise).
        ///
        /// Default: ``RemovalPolicy/snapshot``.
        public var removalPolicy: RemovalPolicy?
        /// Whether the cluster cannot be deleted.
        ///
        /// Default: `true` when ``removalPolicy`` is ``RemovalPolicy/retain``, otherwise no property.
        public var deletionProtection: Bool?
        /// Whether the storage is encrypted.
        ///
        /// Default: `true` with ``storageEncryptionKey``, otherwise no property.
        public var storageEncrypted: Bool?
        /// The key that encrypts the storage.
        ///
        /// Default: the account's default key, when encrypted.
        public var storageEncryptionKey: (any KMS.KeyRef)?
        /// Automated backups.
        ///
        /// Default: RDS's (one day).
        public var backup: BackupProps?
        /// The weekly maintenance window, `ddd:hh24:mi-ddd:hh24:mi` (UTC).
        ///
        /// Default: one RDS chooses.
        public var preferredMaintenanceWindow: String?
        /// The logs exported to CloudWatch Logs (the engine's log types).
        ///
        /// Default: none.
        public var cloudwatchLogsExports: [String]?
        /// Whether tags are copied to snapshots.
        ///
        /// Default: `true`.
        public var copyTagsToSnapshot = true
        /// Whether IAM users may connect (`EnableIAMDatabaseAuthentication`).
        ///
        /// Default: no property (`false`).
        public var iamAuthentication: Bool?
        /// The subnet group.
        ///
        /// Default: a new group, child `Subnets`.
        public var subnetGroup: (any SubnetGroupRef)?

        /// Props of a cluster of `engine` in `vpc` whose writer is `writer`.
        public init(engine: ClusterEngine, vpc: any EC2.VpcRef, writer: ClusterInstance) {
            self.engine = engine
            self.vpc = vpc
            self.writer = writer
        }
    }
}
