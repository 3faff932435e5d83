import CDK
import CDKIAM
import CDKKMS

extension DynamoDB {
    /// A DynamoDB table (`AWS::DynamoDB::Table`) with the AWS CDK's defaults: provisioned
    /// capacity of 5 reads and 5 writes, retained when removed from the stack.
    ///
    /// ```swift
    /// let table = try DynamoDB.Table(stack, "Sessions", partitionKey: .init(name: "id", type: .string),
    ///                                billingMode: .payPerRequest, timeToLiveAttribute: "expires")
    /// try table.grantReadWriteData(role)
    /// ```
    public final class Table: Resource, TableRef {
        /// The maximum number of local secondary indexes.
        public static let maxLocalSecondaryIndexes = 5

        /// The customer managed key the table is encrypted with.
        public private(set) var encryptionKey: (any KMS.KeyRef)?
        /// The billing mode.
        public let billingMode: BillingMode
        /// The partition key.
        public let partitionKey: Attribute
        /// The sort key, if any.
        public let sortKey: Attribute?
        /// The table's resource policy, once a statement was added.
        public private(set) var resourcePolicy: IAM.PolicyDocument?
        private var attributeDefinitions: [CfnTable.AttributeDefinitionProperty] = []
        private var globalIndexes: [CfnTable.GlobalSecondaryIndexProperty] = []
        private var localIndexes: [CfnTable.LocalSecondaryIndexProperty] = []
        private var indexNames: Set<String> = []
        private var nonKeyAttributes: Set<String> = []
        private let hasStream: Bool
        private var resource: CfnTable!

        /// A table.
        ///
        /// - Parameters:
        ///   - readCapacity: Provisioned read capacity (default 5; not with `.payPerRequest`).
        ///   - writeCapacity: Provisioned write capacity (default 5; not with `.payPerRequest`).
        ///   - encryption: `.customerManaged` creates a key (child `Key`) unless `encryptionKey` is given.
        ///   - removalPolicy: What happens to the table when it leaves the stack (default: retain).
        public init(
            _ scope: Construct, _ id: String,
            partitionKey: Attribute,
            sortKey: Attribute? = nil,
            tableName: String? = nil,
            billingMode: BillingMode = .provisioned,
            readCapacity: Int? = nil,
            writeCapacity: Int? = nil,
            stream: StreamViewType? = nil,
            timeToLiveAttribute: String? = nil,
            pointInTimeRecovery: Bool? = nil,
            encryption: TableEncryption? = nil,
            encryptionKey: (any KMS.KeyRef)? = nil,
            tableClass: TableClass? = nil,
            deletionProtection: Bool? = nil,
            contributorInsightsEnabled: Bool? = nil,
            removalPolicy: RemovalPolicy? = nil
        ) throws {
            self.billingMode = billingMode
            self.partitionKey = partitionKey
            self.sortKey = sortKey
            hasStream = stream != nil
            try super.init(scope, id, physicalName: tableName)

            let sse = try parseEncryption(encryption, key: encryptionKey)
            if billingMode == .payPerRequest && (readCapacity != nil || writeCapacity != nil) {
                throw CDKError(code: "CannotProvisionCapacityPayPerRequest", message: "you cannot provision read and write capacity for a table with PAY_PER_REQUEST billing mode", path: node.path)
            }
            try registerAttribute(partitionKey)
            var keySchema = [CfnTable.KeySchemaProperty(attributeName: partitionKey.name, keyType: "HASH")]
            if let sortKey {
                try registerAttribute(sortKey)
                keySchema.append(.init(attributeName: sortKey.name, keyType: "RANGE"))
            }
            resource = try CfnTable(
                self, "Resource",
                attributeDefinitions: attributeDefinitions,
                billingMode: billingMode == .payPerRequest ? billingMode.rawValue : nil,
                contributorInsightsSpecification: contributorInsightsEnabled.map { .init(enabled: $0) },
                deletionProtectionEnabled: deletionProtection,
                keySchema: keySchema,
                pointInTimeRecoverySpecification: pointInTimeRecovery.map { .init(pointInTimeRecoveryEnabled: $0) },
                provisionedThroughput: billingMode == .payPerRequest ? nil
                    : .init(readCapacityUnits: Double(readCapacity ?? 5), writeCapacityUnits: Double(writeCapacity ?? 5)),
                sseSpecification: sse,
                streamSpecification: stream.map { .init(streamViewType: $0.rawValue) },
                tableClass: tableClass?.rawValue,
                tableName: tableName,
                timeToLiveSpecification: timeToLiveAttribute.map { .init(attributeName: $0, enabled: true) })
            resource.applyRemovalPolicy(removalPolicy ?? .retain)
            node.addValidation { [unowned self] in
                self.localIndexes.isEmpty || self.sortKey != nil ? [] : ["a sort key of the table must be specified to add local secondary indexes"]
            }
        }

        /// The table's CloudFormation resource.
        public var cfnTable: CfnTable { resource }
        /// The table's ARN.
        public var tableArn: String { resource.attrArn }
        /// The table's name.
        public var tableName: String { resource.ref }
        /// The stream's ARN, when the table has a stream.
        public var tableStreamArn: String? { hasStream ? resource.attrStreamArn : nil }
        /// Whether the table has secondary indexes.
        public var hasIndex: Bool { !globalIndexes.isEmpty || !localIndexes.isEmpty }

        /// Adds a global secondary index (provisioned 5/5 by default on provisioned tables).
        public func addGlobalSecondaryIndex(
            indexName: String, partitionKey: Attribute, sortKey: Attribute? = nil,
            projectionType: ProjectionType = .all, nonKeyAttributes: [String]? = nil,
            readCapacity: Int? = nil, writeCapacity: Int? = nil
        ) throws {
            if billingMode == .payPerRequest && (readCapacity != nil || writeCapacity != nil) {
                throw CDKError(code: "CannotProvisionCapacityPayPerRequest", message: "you cannot provision read and write capacity for a table with PAY_PER_REQUEST billing mode", path: node.path)
            }
            try validateIndexName(indexName)
            let keySchema = try indexKeySchema(partitionKey, sortKey)
            globalIndexes.append(.init(
                indexName: indexName, keySchema: keySchema,
                projection: try projection(projectionType, nonKeyAttributes),
                provisionedThroughput: billingMode == .payPerRequest ? nil
                    : .init(readCapacityUnits: Double(readCapacity ?? 5), writeCapacityUnits: Double(writeCapacity ?? 5))))
            indexNames.insert(indexName)
            resource.attributeDefinitions = attributeDefinitions
            resource.globalSecondaryIndexes = globalIndexes
        }

        /// Adds a local secondary index (the table needs a sort key; at most 5).
        public func addLocalSecondaryIndex(indexName: String, sortKey: Attribute, projectionType: ProjectionType = .all, nonKeyAttributes: [String]? = nil) throws {
            if localIndexes.count >= Self.maxLocalSecondaryIndexes {
                throw CDKError(code: "RangeError", message: "a maximum number of local secondary index per table is \(Self.maxLocalSecondaryIndexes)", path: node.path)
            }
            try validateIndexName(indexName)
            let keySchema = try indexKeySchema(partitionKey, sortKey)
            localIndexes.append(.init(indexName: indexName, keySchema: keySchema, projection: try projection(projectionType, nonKeyAttributes)))
            indexNames.insert(indexName)
            resource.attributeDefinitions = attributeDefinitions
            resource.localSecondaryIndexes = localIndexes
        }

        /// Adds `statement` to the table's resource policy.
        @discardableResult
        public func addToResourcePolicy(_ statement: IAM.PolicyStatement) throws -> IAM.AddToResourcePolicyResult {
            if resourcePolicy == nil {
                let document = IAM.PolicyDocument()
                resourcePolicy = document
                resource.resourcePolicy = .init(policyDocument: document.jsonValue)
            }
            resourcePolicy!.addStatements(statement)
            return IAM.AddToResourcePolicyResult(statementAdded: true, policyDependable: self)
        }

        /// A table defined outside the app, by name.
        public static func fromTableName(_ scope: Construct, _ id: String, tableName: String) throws -> any TableRef {
            try fromTableAttributes(scope, id, tableName: tableName)
        }

        /// A table defined outside the app, by ARN.
        public static func fromTableArn(_ scope: Construct, _ id: String, tableArn: String) throws -> any TableRef {
            try fromTableAttributes(scope, id, tableArn: tableArn)
        }

        /// A table defined outside the app: exactly one of `tableName` and `tableArn`.
        public static func fromTableAttributes(
            _ scope: Construct, _ id: String, tableArn: String? = nil, tableName: String? = nil,
            tableStreamArn: String? = nil, encryptionKey: (any KMS.KeyRef)? = nil, grantIndexPermissions: Bool = false
        ) throws -> any TableRef {
            let stack = try Stack.of(scope)
            let path = scope.node.path + "/" + id
            let name: String
            let arn: String
            if let tableName {
                if tableArn != nil {
                    throw CDKError(code: "TableArnOrNameConflict", message: "Only one of tableArn or tableName can be provided", path: path)
                }
                name = tableName
                arn = stack.formatArn(ArnComponents(service: "dynamodb", resource: "table", resourceName: tableName))
            } else {
                guard let tableArn else {
                    throw CDKError(code: "TableNameOrArnRequired", message: "One of tableName or tableArn is required!", path: path)
                }
                arn = tableArn
                if Token.isUnresolved(tableArn) {
                    name = Fn.select(1, Fn.split("/", Fn.select(5, Fn.split(":", tableArn))))
                } else {
                    guard let resourceName = try Arn.split(tableArn, format: .slashResourceName).resourceName else {
                        throw CDKError(code: "InvalidTableArn", message: "ARN for DynamoDB table must be in the form: ...", path: path)
                    }
                    name = resourceName
                }
            }
            return try ImportedTable(scope, id, tableArn: arn, tableName: name, tableStreamArn: tableStreamArn,
                                     encryptionKey: encryptionKey, hasIndex: grantIndexPermissions)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKDynamoDB.DynamoDB.Table") }

        // MARK: - Rendering

        private func parseEncryption(_ encryption: TableEncryption?, key: (any KMS.KeyRef)?) throws -> CfnTable.SSESpecificationProperty? {
            let type = encryption ?? (key != nil ? .customerManaged : nil)
            if type != .customerManaged && key != nil {
                throw CDKError(code: "EncryptionKeyRequiresCustomerManaged", message: "encryptionKey cannot be specified unless encryption is set to TableEncryption.CUSTOMER_MANAGED (it was set to \(type?.rawValue ?? "undefined"))", path: node.path)
            }
            switch type {
            case nil: return nil
            case .default?: return .init(sseEnabled: false)
            case .awsManaged?: return .init(sseEnabled: true)
            case .customerManaged?:
                let key = try key ?? KMS.Key(self, "Key", description: "Customer-managed key auto-created for encrypting DynamoDB table at \(node.path)", enableKeyRotation: true)
                encryptionKey = key
                return .init(kmsMasterKeyId: key.keyArn, sseEnabled: true, sseType: "KMS")
            }
        }

        private func registerAttribute(_ attribute: Attribute) throws {
            if let existing = attributeDefinitions.first(where: { $0.attributeName == attribute.name }) {
                if existing.attributeType != attribute.type.rawValue {
                    throw CDKError(code: "AttributeTypeConflict", message: "Unable to specify \(attribute.name) as \(attribute.type.rawValue) because it was already defined as \(existing.attributeType)", path: node.path)
                }
                return
            }
            attributeDefinitions.append(.init(attributeName: attribute.name, attributeType: attribute.type.rawValue))
        }

        private func validateIndexName(_ indexName: String) throws {
            if indexNames.contains(indexName) {
                throw CDKError(code: "DuplicateIndexName", message: "a duplicate index name, \(indexName), is not allowed", path: node.path)
            }
        }

        private func indexKeySchema(_ partitionKey: Attribute, _ sortKey: Attribute?) throws -> [CfnTable.KeySchemaProperty] {
            try registerAttribute(partitionKey)
            var schema = [CfnTable.KeySchemaProperty(attributeName: partitionKey.name, keyType: "HASH")]
            if let sortKey {
                try registerAttribute(sortKey)
                schema.append(.init(attributeName: sortKey.name, keyType: "RANGE"))
            }
            return schema
        }

        private func projection(_ type: ProjectionType, _ nonKeyAttributes: [String]?) throws -> CfnTable.ProjectionProperty {
            if type == .include && nonKeyAttributes == nil {
                throw CDKError(code: "NonKeyAttributesRequired", message: "non-key attributes should be specified when using INCLUDE projection type", path: node.path)
            }
            if type != .include && nonKeyAttributes != nil {
                throw CDKError(code: "NonKeyAttributesNotAllowed", message: "non-key attributes should not be specified when not using INCLUDE projection type", path: node.path)
            }
            if let nonKeyAttributes {
                if self.nonKeyAttributes.union(nonKeyAttributes).count > 100 {
                    throw CDKError(code: "RangeError", message: "a maximum number of nonKeyAttributes across all of secondary indexes is 100", path: node.path)
                }
                self.nonKeyAttributes.formUnion(nonKeyAttributes)
            }
            return .init(nonKeyAttributes: nonKeyAttributes, projectionType: type.rawValue)
        }
    }

    /// A table defined outside the app; grants only change the grantee's policy.
    final class ImportedTable: Resource, TableRef {
        let tableArn: String
        let tableName: String
        let tableStreamArn: String?
        let encryptionKey: (any KMS.KeyRef)?
        let hasIndex: Bool

        init(_ scope: Construct, _ id: String, tableArn: String, tableName: String, tableStreamArn: String?,
             encryptionKey: (any KMS.KeyRef)?, hasIndex: Bool) throws {
            self.tableArn = tableArn
            self.tableName = tableName
            self.tableStreamArn = tableStreamArn
            self.encryptionKey = encryptionKey
            self.hasIndex = hasIndex
            try super.init(scope, id)
        }

        func addToResourcePolicy(_ statement: IAM.PolicyStatement) throws -> IAM.AddToResourcePolicyResult {
            IAM.AddToResourcePolicyResult(statementAdded: false)
        }
    }
}
