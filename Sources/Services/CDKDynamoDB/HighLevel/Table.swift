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

        /// The customer managed key the table is encrypted with.
        public let encryptionKey: (any KMS.KeyRef)?
        /// The billing mode.
        public let billingMode: BillingMode
        /// The partition key.
        public let partitionKey: Attribute
        /// The sort key, if any.
        public let sortKey: Attribute?
        /// The table's resource policy, once a statement was added.
        public private(set) var resourcePolicy: IAM.PolicyDocument?
        private var attributeDefinitions: [CfnTable.AttributeDefinitionProperty]
        private var globalIndexes: [CfnTable.GlobalSecondaryIndexProperty] = []
        private var localIndexes: [CfnTable.LocalSecondaryIndexProperty] = []
        private var indexNames: Set<String> = []
        private var nonKeyAttributes: Set<String> = []
        private let hasStream: Bool
        /// The table's CloudFormation resource.
        public let cfnTable: CfnTable

        /// A table.
        public init(_ scope: Construct, _ id: String, _ props: TableProps, configure: (inout TableProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            billingMode = props.billingMode
            partitionKey = props.partitionKey
            sortKey = props.sortKey
            hasStream = props.stream != nil

            let encryption = try Self.renderEncryption(props, in: this)
            encryptionKey = encryption.key
            if props.billingMode == .payPerRequest && (props.readCapacity != nil || props.writeCapacity != nil) {
                throw CDKError("CannotProvisionCapacityPayPerRequest", "you cannot provision read and write capacity for a table with PAY_PER_REQUEST billing mode", at: this)
            }
            var definitions: [CfnTable.AttributeDefinitionProperty] = []
            let keySchema = try Self.keySchema(props.partitionKey, props.sortKey, registeringIn: &definitions, at: this)
            attributeDefinitions = definitions
            cfnTable = try CfnTable(
                this, "Resource",
                attributeDefinitions: definitions,
                billingMode: props.billingMode == .payPerRequest ? props.billingMode.rawValue : nil,
                contributorInsightsSpecification: props.contributorInsightsEnabled.map { .init(enabled: $0) },
                deletionProtectionEnabled: props.deletionProtection,
                keySchema: keySchema,
                pointInTimeRecoverySpecification: props.pointInTimeRecovery.map { .init(pointInTimeRecoveryEnabled: $0) },
                provisionedThroughput: props.billingMode == .payPerRequest ? nil
                    : .init(readCapacityUnits: Double(props.readCapacity ?? 5), writeCapacityUnits: Double(props.writeCapacity ?? 5)),
                sseSpecification: encryption.property,
                streamSpecification: props.stream.map { .init(streamViewType: $0.rawValue) },
                tableClass: props.tableClass?.rawValue,
                tableName: props.tableName,
                timeToLiveSpecification: props.timeToLiveAttribute.map { .init(attributeName: $0, enabled: true) })
            cfnTable.applyRemovalPolicy(props.removalPolicy)
            try super.init(this, physicalName: props.tableName)
            node.addValidation { [unowned self] in
                self.localIndexes.isEmpty || self.sortKey != nil ? [] : ["a sort key of the table must be specified to add local secondary indexes"]
            }
        }

        /// The table's ARN.
        public var tableArn: String { cfnTable.attrArn }
        /// The table's name.
        public var tableName: String { cfnTable.ref }
        /// The stream's ARN, when the table has a stream.
        public var tableStreamArn: String? { hasStream ? cfnTable.attrStreamArn : nil }
        /// Whether the table has secondary indexes.
        public var hasIndex: Bool { !globalIndexes.isEmpty || !localIndexes.isEmpty }

        /// Adds a global secondary index (provisioned 5/5 by default on provisioned tables).
        public func addGlobalSecondaryIndex(_ props: GlobalSecondaryIndexProps,
                                            configure: (inout GlobalSecondaryIndexProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            if billingMode == .payPerRequest && (props.readCapacity != nil || props.writeCapacity != nil) {
                throw CDKError("CannotProvisionCapacityPayPerRequest", "you cannot provision read and write capacity for a table with PAY_PER_REQUEST billing mode", at: self)
            }
            try validateIndexName(props.indexName)
            let keySchema = try Self.keySchema(props.schema.partitionKey, props.schema.sortKey, registeringIn: &attributeDefinitions, at: self)
            globalIndexes.append(.init(
                indexName: props.indexName, keySchema: keySchema,
                projection: try projection(props.projectionType, props.nonKeyAttributes),
                provisionedThroughput: billingMode == .payPerRequest ? nil
                    : .init(readCapacityUnits: Double(props.readCapacity ?? 5), writeCapacityUnits: Double(props.writeCapacity ?? 5))))
            indexNames.insert(props.indexName)
            cfnTable.attributeDefinitions = attributeDefinitions
            cfnTable.globalSecondaryIndexes = globalIndexes
        }

        /// Adds a local secondary index (the table needs a sort key; at most 5).
        public func addLocalSecondaryIndex(_ props: LocalSecondaryIndexProps,
                                           configure: (inout LocalSecondaryIndexProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            if localIndexes.count >= Self.maxLocalSecondaryIndexes {
                throw CDKError("RangeError", "a maximum number of local secondary index per table is \(Self.maxLocalSecondaryIndexes)", at: self)
            }
            try validateIndexName(props.indexName)
            let keySchema = try Self.keySchema(partitionKey, props.sortKey, registeringIn: &attributeDefinitions, at: self)
            localIndexes.append(.init(indexName: props.indexName, keySchema: keySchema,
                                      projection: try projection(props.projectionType, props.nonKeyAttributes)))
            indexNames.insert(props.indexName)
            cfnTable.attributeDefinitions = attributeDefinitions
            cfnTable.localSecondaryIndexes = localIndexes
        }

        /// Adds `statement` to the table's resource policy.
        @discardableResult
        public func addToResourcePolicy(_ statement: IAM.PolicyStatement) throws -> IAM.AddToResourcePolicyResult {
            if resourcePolicy == nil {
                let document = IAM.PolicyDocument()
                resourcePolicy = document
                cfnTable.resourcePolicy = .init(policyDocument: document.jsonValue)
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

        /// The `SSESpecification` property, and the key that encrypts the table (created under
        /// `this` as `Key` for `.customerManaged` encryption without a key).
        private static func renderEncryption(_ props: TableProps, in this: ConstructScope) throws -> (property: CfnTable.SSESpecificationProperty?, key: (any KMS.KeyRef)?) {
            let type = props.encryption ?? (props.encryptionKey != nil ? .customerManaged : nil)
            if type != .customerManaged && props.encryptionKey != nil {
                throw CDKError("EncryptionKeyRequiresCustomerManaged", "encryptionKey cannot be specified unless encryption is set to TableEncryption.CUSTOMER_MANAGED (it was set to \(type?.rawValue ?? "undefined"))", at: this)
            }
            switch type {
            case nil: return (nil, nil)
            case .default?: return (.init(sseEnabled: false), nil)
            case .awsManaged?: return (.init(sseEnabled: true), nil)
            case .customerManaged?:
                let key = try props.encryptionKey ?? KMS.Key(this, "Key") {
                    $0.description = "Customer-managed key auto-created for encrypting DynamoDB table at \(this.node.path)"
                    $0.enableKeyRotation = true
                }
                return (.init(kmsMasterKeyId: key.keyArn, sseEnabled: true, sseType: "KMS"), key)
            }
        }

        /// The key schema of `partitionKey` and `sortKey`, adding their definitions to `definitions`
        /// (an attribute may be defined once, with one type).
        private static func keySchema(_ partitionKey: Attribute, _ sortKey: Attribute?,
                                      registeringIn definitions: inout [CfnTable.AttributeDefinitionProperty],
                                      at construct: Construct) throws -> [CfnTable.KeySchemaProperty] {
            func register(_ attribute: Attribute) throws {
                if let existing = definitions.first(where: { $0.attributeName == attribute.name }) {
                    if existing.attributeType != attribute.type.rawValue {
                        throw CDKError("AttributeTypeConflict", "Unable to specify \(attribute.name) as \(attribute.type.rawValue) because it was already defined as \(existing.attributeType)", at: construct)
                    }
                    return
                }
                definitions.append(.init(attributeName: attribute.name, attributeType: attribute.type.rawValue))
            }
            try register(partitionKey)
            var schema = [CfnTable.KeySchemaProperty(attributeName: partitionKey.name, keyType: "HASH")]
            if let sortKey {
                try register(sortKey)
                schema.append(.init(attributeName: sortKey.name, keyType: "RANGE"))
            }
            return schema
        }

        private func validateIndexName(_ indexName: String) throws {
            if indexNames.contains(indexName) {
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
                if self.nonKeyAttributes.union(nonKeyAttributes).count > 100 {
                    throw CDKError("RangeError", "a maximum number of nonKeyAttributes across all of secondary indexes is 100", at: self)
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
