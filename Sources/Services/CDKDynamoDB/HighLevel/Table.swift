import CDK
import CDKIAM
import CDKKMS

extension DynamoDB {
    /// A DynamoDB table (`AWS::DynamoDB::Table`) with the AWS CDK's defaults: provisioned
    /// capacity of 5 reads and 5 writes, retained when removed from the stack.
    ///
    /// ```swift
    /// let table = try DynamoDB.Table(stack, "Sessions", .init(partitionKey: .init(name: "id", type: .string))) {
    ///     $0.billingMode = .payPerRequest
    ///     $0.timeToLiveAttribute = "expires"
    /// }
    /// try table.grantReadWriteData(role)
    /// ```
    public final class Table: Resource, TableRef {
        /// The maximum number of local secondary indexes.
        public static let maxLocalSecondaryIndexes = 5
        /// The maximum number of non-key attributes projected into the table's indexes, together.
        public static let maxNonKeyAttributes = 100

        /// The customer managed key the table is encrypted with.
        public let encryptionKey: (any KMS.KeyRef)?
        /// The billing mode.
        public let billingMode: BillingMode
        /// The partition key.
        public let partitionKey: Attribute
        /// The sort key, if any.
        public let sortKey: Attribute?
        /// The table's resource policy, once it has one.
        public private(set) var resourcePolicy: IAM.PolicyDocument?
        /// The table's CloudFormation resource.
        public let cfnTable: CfnTable
        /// The service-linked role Application Auto Scaling uses for the table (child `ScalingRole`, imported).
        let scalingRole: any IAM.RoleRef
        /// The scaled capacities of the table, and of its global indexes by name.
        var tableScaling = ScalingPair()
        var indexScaling: [String: ScalingPair] = [:]

        private var attributeDefinitions: [CfnTable.AttributeDefinitionProperty] = []
        private var globalIndexes: [CfnTable.GlobalSecondaryIndexProperty] = []
        private var localIndexes: [CfnTable.LocalSecondaryIndexProperty] = []
        private var schemas: [String: KeySchema] = [:]
        private var nonKeyAttributes: Set<String> = []
        private let hasStream: Bool
        /// The regions of the table's replicas, and their `Custom::DynamoDBReplica` resources.
        var replicaRegions: [String] = []
        var replicaResources: [CustomResource] = []

        /// A table; throws on props the AWS CDK rejects (capacity on an on-demand table, a key
        /// given with another encryption than `.customerManaged`, conflicting specifications).
        public init(_ scope: Construct, _ id: String, _ props: TableProps, configure: (inout TableProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure, for: scope, id)
            let this = try ConstructScope(scope, id)
            guard let partitionKey = props.partitionKey else {
                throw CDKError("PartitionKeyRequired", "partitionKey is required for Table", at: this)
            }
            self.partitionKey = partitionKey
            sortKey = props.sortKey
            if let sortKey = props.sortKey, sortKey.name == partitionKey.name {
                throw CDKError("SortKeyIsPartitionKey", "The sort key '\(sortKey.name)' has the partition key's name; a table's two keys are two attributes. Give the sort key another name.", at: this)
            }
            try Self.checkTableName(props.tableName, at: this)
            let replicated = props.replicationRegions != nil
            let stream = replicated ? StreamViewType.newAndOldImages : props.stream
            billingMode = props.billingMode ?? (replicated ? .payPerRequest : .provisioned)
            hasStream = stream != nil
            resourcePolicy = props.resourcePolicy

            let encryption = try Self.renderEncryption(props, in: this)
            encryptionKey = encryption.key
            let pointInTimeRecovery = try Self.pointInTimeRecovery(props, at: this)
            let contributorInsights = try ContributorInsightsSpecification.resolve(
                enabled: props.contributorInsightsEnabled, specification: props.contributorInsightsSpecification, at: this)
            if replicated, let stream = props.stream, stream != .newAndOldImages {
                throw CDKError("StreamViewTypeRequired", "`stream` must be set to `NEW_AND_OLD_IMAGES` when specifying `replicationRegions`", at: this)
            }
            try Self.validateProvisioning(billingMode, readCapacity: props.readCapacity, writeCapacity: props.writeCapacity, at: this)
            let keySchema = [CfnTable.KeySchemaProperty(attributeName: partitionKey.name, keyType: "HASH")]
                + (sortKey.map { [CfnTable.KeySchemaProperty(attributeName: $0.name, keyType: "RANGE")] } ?? [])
            cfnTable = try CfnTable(
                this, "Resource",
                billingMode: billingMode == .payPerRequest ? billingMode.rawValue : nil,
                contributorInsightsSpecification: contributorInsights?.property,
                deletionProtectionEnabled: props.deletionProtection,
                importSourceSpecification: props.importSource?.property,
                keySchema: keySchema,
                onDemandThroughput: Self.onDemandThroughput(billingMode, props.maxReadRequestUnits, props.maxWriteRequestUnits),
                pointInTimeRecoverySpecification: pointInTimeRecovery?.property,
                provisionedThroughput: Self.provisionedThroughput(billingMode, props.readCapacity, props.writeCapacity),
                resourcePolicy: props.resourcePolicy.map { .init(policyDocument: $0.jsonValue) },
                sseSpecification: encryption.property,
                streamSpecification: stream.map { .init(streamViewType: $0.rawValue) },
                tableClass: props.tableClass?.rawValue,
                timeToLiveSpecification: props.timeToLiveAttribute.map { .init(attributeName: $0, enabled: true) },
                warmThroughput: props.warmThroughput?.property)
            cfnTable.applyRemovalPolicy(props.removalPolicy)
            scalingRole = try IAM.Role.fromRoleArn(this, "ScalingRole", try Stack.of(this).formatArn(ArnComponents(
                service: "iam", resource: "role/aws-service-role/dynamodb.application-autoscaling.amazonaws.com",
                resourceName: "AWSServiceRoleForApplicationAutoScaling_DynamoDBTable", region: "")))
            try super.init(this, physicalName: props.tableName)
            cfnTable.tableName = physicalName
            try registerAttributes([partitionKey] + (sortKey.map { [$0] } ?? []))
            schemas[Self.tableSchemaName] = KeySchema(partitionKeys: [partitionKey], sortKeys: sortKey.map { [$0] } ?? [])
            if let regions = props.replicationRegions, !regions.isEmpty {
                try createReplicaTables(regions, timeout: props.replicationTimeout,
                                        waitForReplicationToFinish: props.waitForReplicationToFinish,
                                        replicaRemovalPolicy: props.replicaRemovalPolicy)
            }
            node.addValidation { [unowned self] in
                (self.localIndexes.isEmpty || self.sortKey != nil ? [] : ["a sort key of the table must be specified to add local secondary indexes"])
                    + self.validateGlobalTableScaling()
            }
        }

        /// The table's ARN; from another account or region, the ARN made of the table's name
        /// (which then must be given, or be ``PhysicalName/generateIfNeeded``).
        public private(set) lazy var tableArn: String = getResourceArnAttribute(
            cfnTable.attrArn, ArnComponents(service: "dynamodb", resource: "table", resourceName: physicalName))
        /// The table's name; from another account or region, its physical name.
        public private(set) lazy var tableName: String = getResourceNameAttribute(cfnTable.ref)
        /// The stream's ARN, when the table has a stream.
        public var tableStreamArn: String? { hasStream ? cfnTable.attrStreamArn : nil }
        /// Whether the table has secondary indexes.
        public var hasIndex: Bool { !globalIndexes.isEmpty || !localIndexes.isEmpty }

        /// Adds a global secondary index (provisioned 5/5 by default on provisioned tables).
        public func addGlobalSecondaryIndex(_ props: GlobalSecondaryIndexProps,
                                            configure: (inout GlobalSecondaryIndexProps) throws -> Void = { _ in }) throws {
            let props = try CDKError.attributing(to: self) { try props.with(configure) }
            try Self.validateProvisioning(billingMode, readCapacity: props.readCapacity, writeCapacity: props.writeCapacity, at: self)
            try validateIndexName(props.indexName)
            let schema = try KeySchema.parse(partitionKey: props.schema.partitionKey, partitionKeys: props.partitionKeys,
                                             sortKey: props.schema.sortKey, sortKeys: props.sortKeys, at: self)
            let contributorInsights = try ContributorInsightsSpecification.resolve(
                enabled: props.contributorInsightsEnabled, specification: props.contributorInsightsSpecification, at: self)
            let keySchema = try indexKeySchema(schema)
            globalIndexes.append(.init(
                contributorInsightsSpecification: contributorInsights?.property,
                indexName: props.indexName, keySchema: keySchema,
                onDemandThroughput: Self.onDemandThroughput(billingMode, props.maxReadRequestUnits, props.maxWriteRequestUnits),
                projection: try projection(props.projectionType, props.nonKeyAttributes),
                provisionedThroughput: Self.provisionedThroughput(billingMode, props.readCapacity, props.writeCapacity),
                warmThroughput: props.warmThroughput?.property))
            schemas[props.indexName] = schema
            indexScaling[props.indexName] = ScalingPair()
            cfnTable.globalSecondaryIndexes = globalIndexes
        }

        /// Adds a local secondary index (the table needs a sort key; at most 5).
        public func addLocalSecondaryIndex(_ props: LocalSecondaryIndexProps,
                                           configure: (inout LocalSecondaryIndexProps) throws -> Void = { _ in }) throws {
            let props = try CDKError.attributing(to: self) { try props.with(configure) }
            if localIndexes.count >= Self.maxLocalSecondaryIndexes {
                throw CDKError("RangeError", "a maximum number of local secondary index per table is \(Self.maxLocalSecondaryIndexes)", at: self)
            }
            let schema = KeySchema(partitionKeys: [partitionKey], sortKeys: [props.sortKey])
            try validateIndexName(props.indexName)
            localIndexes.append(.init(indexName: props.indexName, keySchema: try indexKeySchema(schema),
                                      projection: try projection(props.projectionType, props.nonKeyAttributes)))
            schemas[props.indexName] = schema
            cfnTable.localSecondaryIndexes = localIndexes
        }

        /// The key of the table, or of its index `indexName` (the AWS CDK's `schema`, which
        /// `schemaV2` replaces); throws for an unknown index or one with multi-attribute keys.
        public func schema(_ indexName: String? = nil) throws -> SchemaOptions {
            let schema = try schemaV2(indexName)
            if schema.partitionKeys.count > 1 || schema.sortKeys.count > 1 {
                throw CDKError("MultiAttributeKeysNotSupported",
                               "Index \(indexName ?? "") uses multi-attribute keys and cannot be returned by schema(), use schemaV2() instead.", at: self)
            }
            return SchemaOptions(partitionKey: schema.partitionKeys.first, sortKey: schema.sortKeys.first)
        }

        /// The keys of the table, or of its index `indexName`; throws for an unknown index.
        public func schemaV2(_ indexName: String? = nil) throws -> KeySchema {
            guard let schema = schemas[indexName ?? Self.tableSchemaName] else {
                throw CDKError("SchemaNotFound",
                               "Cannot find schema for index: \(indexName ?? ""). Use 'addGlobalSecondaryIndex' or 'addLocalSecondaryIndex' to add index", at: self)
            }
            return schema
        }

        /// Adds `statement` to the table's resource policy.
        @discardableResult
        public func addToResourcePolicy(_ statement: IAM.PolicyStatement) throws -> IAM.AddToResourcePolicyResult {
            let document = resourcePolicy ?? IAM.PolicyDocument()
            if resourcePolicy == nil {
                resourcePolicy = document
                cfnTable.resourcePolicy = .init(policyDocument: document.jsonValue)
            }
            document.addStatements(statement)
            return IAM.AddToResourcePolicyResult(statementAdded: true, policyDependable: self)
        }

        /// Grants listing every stream of the account (`dynamodb:ListStreams` on `*`; the AWS CDK's
        /// deprecated static `grantListStreams`, which ``TableRef/grantTableListStreams(_:)`` replaces).
        @discardableResult
        public static func grantListStreams(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
            try IAM.Grant.addToPrincipal(grantee: grantee, actions: ["dynamodb:ListStreams"], resourceArns: ["*"])
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKDynamoDB.DynamoDB.Table") }

        /// The name the table's own key is kept under among the index schemas.
        private static let tableSchemaName = "<table-schema>"

        // MARK: - Keys and indexes

        /// Adds the attributes' definitions; throws when one was defined with another type.
        private func registerAttributes(_ attributes: [Attribute]) throws {
            for attribute in attributes {
                if let existing = attributeDefinitions.first(where: { $0.attributeName == attribute.name }) {
                    if existing.attributeType != attribute.type.rawValue {
                        throw CDKError("AttributeTypeConflict", "Unable to specify \(attribute.name) as \(attribute.type.rawValue) because it was already defined as \(existing.attributeType)", at: self)
                    }
                    continue
                }
                attributeDefinitions.append(.init(attributeName: attribute.name, attributeType: attribute.type.rawValue))
            }
            cfnTable.attributeDefinitions = attributeDefinitions
        }

        /// The `KeySchema` of an index, with its attributes defined.
        private func indexKeySchema(_ schema: KeySchema) throws -> [CfnTable.KeySchemaProperty] {
            try registerAttributes(schema.partitionKeys + schema.sortKeys)
            return schema.partitionKeys.map { .init(attributeName: $0.name, keyType: "HASH") }
                + schema.sortKeys.map { .init(attributeName: $0.name, keyType: "RANGE") }
        }

        private func validateIndexName(_ indexName: String) throws {
            if schemas[indexName] != nil {
                throw CDKError("DuplicateIndexName", "a duplicate index name, \(indexName), is not allowed", at: self)
            }
        }

        private func projection(_ type: ProjectionType, _ nonKeyAttributes: [String]?) throws -> CfnTable.ProjectionProperty {
            if type == .include && nonKeyAttributes == nil {
                throw CDKError("NonKeyAttributesRequired", "non-key attributes should be specified when using INCLUDE projection type", at: self)
            }
            if type != .include && nonKeyAttributes != nil {
                throw CDKError("NonKeyAttributesNotAllowed", "non-key attributes should not be specified when not using INCLUDE projection type", at: self)
            }
            if let nonKeyAttributes {
                if self.nonKeyAttributes.count + nonKeyAttributes.count > Self.maxNonKeyAttributes {
                    throw CDKError("RangeError", "a maximum number of nonKeyAttributes across all of secondary indexes is \(Self.maxNonKeyAttributes)", at: self)
                }
                self.nonKeyAttributes.formUnion(nonKeyAttributes)
            }
            return .init(nonKeyAttributes: nonKeyAttributes, projectionType: type.rawValue)
        }
    }
}
