import CDK
import CDKIAM
import CDKKMS

extension DynamoDB {
    /// The key of a table or index (the AWS CDK's `SchemaOptions`).
    public struct SchemaOptions: ConstructProps, Sendable, Equatable {
        /// The partition (hash) key; a table needs one (an index may name `partitionKeys` instead).
        ///
        /// Default: none.
        public var partitionKey: Attribute?
        /// The sort (range) key.
        ///
        /// Default: none.
        public var sortKey: Attribute?

        /// A key of `partitionKey` and, optionally, `sortKey`.
        public init(partitionKey: Attribute?, sortKey: Attribute? = nil) {
            self.partitionKey = partitionKey
            self.sortKey = sortKey
        }
    }

    /// How a table is billed, encrypted, streamed and kept (the AWS CDK's `TableOptions`). It
    /// extends ``SchemaOptions``.
    public struct TableOptions: ConstructProps, ExtendingOptions {
        /// The table's key.
        public var options: SchemaOptions
        /// How reads and writes are billed.
        ///
        /// Default: `.payPerRequest` with `replicationRegions`, `.provisioned` otherwise.
        public var billingMode: BillingMode?
        /// Provisioned read capacity units (not with `.payPerRequest`).
        ///
        /// Default: 5.
        public var readCapacity: Int?
        /// Provisioned write capacity units (not with `.payPerRequest`).
        ///
        /// Default: 5.
        public var writeCapacity: Int?
        /// The most read request units per second of an on-demand table (ignored on provisioned tables).
        ///
        /// Default: no `OnDemandThroughput` property (no maximum).
        public var maxReadRequestUnits: Int?
        /// The most write request units per second of an on-demand table (ignored on provisioned tables).
        ///
        /// Default: no `OnDemandThroughput` property (no maximum).
        public var maxWriteRequestUnits: Int?
        /// Throughput the table is pre-warmed for.
        ///
        /// Default: no `WarmThroughput` property.
        public var warmThroughput: WarmThroughput?
        /// What the table's stream records of each change.
        ///
        /// Default: no stream.
        public var stream: StreamViewType?
        /// Regions where copies of the table are kept, making it a global table (version
        /// 2019.11.21): one `Custom::DynamoDBReplica` per region, created one after the other by
        /// the stack's replica provider (a nested stack). Not the stack's own region; the table
        /// then has a `NEW_AND_OLD_IMAGES` stream, and a provisioned table needs auto-scaled
        /// write capacity.
        ///
        /// Default: no replicas.
        public var replicationRegions: [String]?
        /// How long the replica provider waits for one region's replica to be created or removed.
        ///
        /// Default: 30 minutes.
        public var replicationTimeout: Duration?
        /// Whether the deployment waits until each replica has its data (`false`: it goes on as
        /// soon as the replica is created).
        ///
        /// Default: wait (no `SkipReplicationCompletedWait` property).
        public var waitForReplicationToFinish: Bool?
        /// What happens to the replicas when the table leaves the stack; read only with the
        /// feature flag `@aws-cdk/aws-dynamodb:retainTableReplica`, which keeps them when this
        /// (or, without it, the table's removal policy) is `.retain`.
        ///
        /// Default: the table's `removalPolicy`.
        public var replicaRemovalPolicy: RemovalPolicy?
        /// The attribute that holds each item's expiry time.
        ///
        /// Default: no time to live.
        public var timeToLiveAttribute: String?
        /// Whether point-in-time recovery is enabled (deprecated in the AWS CDK: use
        /// `pointInTimeRecoverySpecification`; not with it).
        ///
        /// Default: no `PointInTimeRecoverySpecification` property (disabled).
        public var pointInTimeRecovery: Bool?
        /// Point-in-time recovery and its period (not with `pointInTimeRecovery`).
        ///
        /// Default: no `PointInTimeRecoverySpecification` property (disabled).
        public var pointInTimeRecoverySpecification: PointInTimeRecoverySpecification?
        /// How the table is encrypted at rest.
        ///
        /// Default: `.customerManaged` when an `encryptionKey` is given, `.awsManaged` when
        /// `serverSideEncryption` is `true`, otherwise no `SSESpecification` property (an AWS owned key).
        public var encryption: TableEncryption?
        /// Whether the table is encrypted with the AWS managed key (deprecated in the AWS CDK: use
        /// `encryption = .awsManaged`; not with `encryption` or `encryptionKey`).
        ///
        /// Default: none.
        public var serverSideEncryption: Bool?
        /// The customer managed key for `.customerManaged` encryption.
        ///
        /// Default: a key created for the table (child `Key`) when the encryption needs one.
        public var encryptionKey: (any KMS.KeyRef)?
        /// The table class.
        ///
        /// Default: no `TableClass` property (`STANDARD`).
        public var tableClass: TableClass?
        /// Whether the table is protected from deletion.
        ///
        /// Default: no `DeletionProtectionEnabled` property (not protected).
        public var deletionProtection: Bool?
        /// Whether CloudWatch Contributor Insights is enabled (deprecated in the AWS CDK: use
        /// `contributorInsightsSpecification`; not with it).
        ///
        /// Default: no `ContributorInsightsSpecification` property (disabled).
        public var contributorInsightsEnabled: Bool?
        /// CloudWatch Contributor Insights and its mode (not with `contributorInsightsEnabled`).
        ///
        /// Default: no `ContributorInsightsSpecification` property (disabled).
        public var contributorInsightsSpecification: ContributorInsightsSpecification?
        /// Data imported from S3 when the table is created.
        ///
        /// Default: no `ImportSourceSpecification` property (an empty table).
        public var importSource: ImportSourceSpecification?
        /// The table's resource policy; ``Table/addToResourcePolicy(_:)`` adds to it.
        ///
        /// Default: no `ResourcePolicy` property until a statement is added.
        public var resourcePolicy: IAM.PolicyDocument?
        /// What happens to the table when it leaves the stack.
        ///
        /// Default: `.retain`.
        public var removalPolicy: RemovalPolicy = .retain

        /// Options of a table keyed by `partitionKey` and, optionally, `sortKey`.
        public init(partitionKey: Attribute, sortKey: Attribute? = nil) {
            options = SchemaOptions(partitionKey: partitionKey, sortKey: sortKey)
        }
    }

    /// The props of a ``Table``. They extend ``TableOptions``.
    ///
    /// Not supported: `kinesisStream` (there is no Kinesis high-level layer yet).
    public struct TableProps: ConstructProps, ExtendingOptions {
        /// Billing, encryption, stream, key and removal of the table.
        public var options: TableOptions
        /// The table's physical name; ``PhysicalName/generateIfNeeded`` names the table only
        /// when it is used from another account or region.
        ///
        /// Default: a name CloudFormation generates.
        public var tableName: String?

        /// Props of a table keyed by `partitionKey` and, optionally, `sortKey`.
        public init(partitionKey: Attribute, sortKey: Attribute? = nil) {
            options = TableOptions(partitionKey: partitionKey, sortKey: sortKey)
        }
    }

    /// What every secondary index has (the AWS CDK's `SecondaryIndexProps`).
    public struct SecondaryIndexProps: ConstructProps, Sendable {
        /// The index name, unique among the table's indexes.
        public var indexName: String
        /// Which attributes are copied into the index.
        ///
        /// Default: `.all`.
        public var projectionType: ProjectionType = .all
        /// The non-key attributes copied into the index (only with `.include`).
        ///
        /// Default: none.
        public var nonKeyAttributes: [String]?

        /// An index named `indexName`.
        public init(indexName: String) {
            self.indexName = indexName
        }
    }

    /// The props of a global secondary index. They extend ``SecondaryIndexProps``; the key is
    /// `schema` (one partition key and an optional sort key) or `partitionKeys` and `sortKeys`
    /// (keys of up to four attributes each).
    public struct GlobalSecondaryIndexProps: ConstructProps, ExtendingOptions {
        /// The index name and projection.
        public var options: SecondaryIndexProps
        /// The index's key of single attributes.
        public var schema: SchemaOptions
        /// A partition key of up to four attributes (instead of `schema.partitionKey`).
        ///
        /// Default: none.
        public var partitionKeys: [Attribute]?
        /// A sort key of up to four attributes (instead of `schema.sortKey`).
        ///
        /// Default: none.
        public var sortKeys: [Attribute]?
        /// Provisioned read capacity units (not on `.payPerRequest` tables).
        ///
        /// Default: 5 on provisioned tables.
        public var readCapacity: Int?
        /// Provisioned write capacity units (not on `.payPerRequest` tables).
        ///
        /// Default: 5 on provisioned tables.
        public var writeCapacity: Int?
        /// The most read request units per second on an on-demand table (ignored on provisioned tables).
        ///
        /// Default: no `OnDemandThroughput` property (no maximum).
        public var maxReadRequestUnits: Int?
        /// The most write request units per second on an on-demand table (ignored on provisioned tables).
        ///
        /// Default: no `OnDemandThroughput` property (no maximum).
        public var maxWriteRequestUnits: Int?
        /// Throughput the index is pre-warmed for.
        ///
        /// Default: no `WarmThroughput` property.
        public var warmThroughput: WarmThroughput?
        /// Whether CloudWatch Contributor Insights is enabled for the index (deprecated in the
        /// AWS CDK: use `contributorInsightsSpecification`; not with it).
        ///
        /// Default: no `ContributorInsightsSpecification` property (disabled).
        public var contributorInsightsEnabled: Bool?
        /// CloudWatch Contributor Insights of the index (not with `contributorInsightsEnabled`).
        ///
        /// Default: no `ContributorInsightsSpecification` property (disabled).
        public var contributorInsightsSpecification: ContributorInsightsSpecification?

        /// An index named `indexName`, keyed by `partitionKey` and, optionally, `sortKey`.
        public init(indexName: String, partitionKey: Attribute, sortKey: Attribute? = nil) {
            options = SecondaryIndexProps(indexName: indexName)
            schema = SchemaOptions(partitionKey: partitionKey, sortKey: sortKey)
        }

        /// An index named `indexName`, keyed by the attributes `partitionKeys` and `sortKeys`.
        public init(indexName: String, partitionKeys: [Attribute], sortKeys: [Attribute]? = nil) {
            options = SecondaryIndexProps(indexName: indexName)
            schema = SchemaOptions(partitionKey: nil)
            self.partitionKeys = partitionKeys
            self.sortKeys = sortKeys
        }
    }

    /// The props of a local secondary index. They extend ``SecondaryIndexProps``.
    public struct LocalSecondaryIndexProps: ConstructProps, ExtendingOptions {
        /// The index name and projection.
        public var options: SecondaryIndexProps
        /// The index's sort key (its partition key is the table's).
        public var sortKey: Attribute

        /// An index named `indexName`, sorted by `sortKey`.
        public init(indexName: String, sortKey: Attribute) {
            options = SecondaryIndexProps(indexName: indexName)
            self.sortKey = sortKey
        }
    }
}
