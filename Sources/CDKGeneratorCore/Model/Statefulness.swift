/// Which resource types hold data that is lost when the resource is replaced or deleted.
///
/// The registry schemas do not say, so this is a curated list: storage, databases and their
/// instances, file systems, caches, streams and queues, keys, secrets, log groups, user
/// directories, image repositories, volumes and backups. A type not listed is stateless. Types
/// listed here that the schemas no longer contain are ignored.
public enum Statefulness {
    /// The stateful types.
    public static let statefulTypes: Set<String> = [
        // Object storage
        "AWS::S3::Bucket", "AWS::S3Express::DirectoryBucket", "AWS::S3Tables::TableBucket", "AWS::S3Tables::Table",
        "AWS::S3Vectors::VectorBucket", "AWS::S3Vectors::Index", "AWS::S3Outposts::Bucket", "AWS::S3Files::FileSystem",
        // Databases
        "AWS::DynamoDB::Table", "AWS::DynamoDB::GlobalTable",
        "AWS::RDS::DBCluster", "AWS::RDS::DBInstance", "AWS::RDS::GlobalCluster",
        "AWS::DocDB::DBCluster", "AWS::DocDB::DBInstance", "AWS::DocDBElastic::Cluster",
        "AWS::Neptune::DBCluster", "AWS::Neptune::DBInstance", "AWS::NeptuneGraph::Graph",
        "AWS::Redshift::Cluster", "AWS::RedshiftServerless::Namespace",
        "AWS::Cassandra::Keyspace", "AWS::Cassandra::Table",
        "AWS::Timestream::Database", "AWS::Timestream::Table", "AWS::Timestream::InfluxDBInstance",
        "AWS::QLDB::Ledger", "AWS::DSQL::Cluster", "AWS::SDB::Domain", "AWS::HealthLake::FHIRDatastore",
        "AWS::HealthImaging::Datastore", "AWS::Omics::SequenceStore", "AWS::Omics::ReferenceStore",
        "AWS::LakeFormation::DataLakeSettings",
        // Search and caches
        "AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain", "AWS::OpenSearchServerless::Collection",
        "AWS::ElastiCache::CacheCluster", "AWS::ElastiCache::ReplicationGroup", "AWS::ElastiCache::ServerlessCache",
        "AWS::ElastiCache::GlobalReplicationGroup", "AWS::MemoryDB::Cluster", "AWS::DAX::Cluster",
        // File systems and volumes
        "AWS::EFS::FileSystem", "AWS::FSx::FileSystem", "AWS::FSx::Volume", "AWS::FSx::StorageVirtualMachine",
        "AWS::EC2::Volume",
        // Streams, queues and messages
        "AWS::Kinesis::Stream", "AWS::KinesisVideo::Stream", "AWS::SQS::Queue", "AWS::MSK::Cluster",
        "AWS::MSK::ServerlessCluster", "AWS::AmazonMQ::Broker",
        // Keys, secrets, certificates
        "AWS::KMS::Key", "AWS::SecretsManager::Secret", "AWS::ACMPCA::CertificateAuthority",
        "AWS::PaymentCryptography::Key",
        // Logs and audit data
        "AWS::Logs::LogGroup", "AWS::CloudTrail::EventDataStore",
        // Images, users and backups
        "AWS::ECR::Repository", "AWS::Cognito::UserPool", "AWS::Cognito::IdentityPool",
        "AWS::Backup::BackupVault", "AWS::Backup::LogicallyAirGappedBackupVault",
        "AWS::IoTAnalytics::Datastore", "AWS::IoTSiteWise::Asset",
    ]

    /// Whether `typeName` is stateful.
    public static func isStateful(_ typeName: String) -> Bool { statefulTypes.contains(typeName) }
}
