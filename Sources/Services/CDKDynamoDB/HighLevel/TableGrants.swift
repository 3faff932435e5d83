import CDK
import CDKIAM
import CDKKMS

extension DynamoDB {
    /// The grants of a table (the AWS CDK's `TableGrants`), for a table construct, an imported
    /// table or a `CfnTable` of the app. Data actions cover the table, its copies in `regions`
    /// and, when it has indexes, `<arn>/index/*` of each; they go to the grantee's policy, or to
    /// the table's resource policy for principals of other accounts; key actions go to the
    /// table's key.
    ///
    /// ```swift
    /// try table.grants.readData(fn)
    /// try DynamoDB.TableGrants.fromCfnTable(cfnTable).readWriteData(role)
    /// ```
    public struct TableGrants {
        private let grants: IAM.ResourceGrants
        private let path: String?
        private let stack: Stack?

        /// The grants of `table` (also ``TableRef/grants``) and of its replicas in `regions`
        /// (ARNs of the table's name in each region); they cover its indexes when `hasIndex`, or
        /// by default when the table has some. Key actions go to its `encryptionKey`, if any.
        /// Throws for `regions` of a table that is not a construct.
        public static func fromTable(_ table: any TableRef, regions: [String] = [], hasIndex: Bool? = nil) throws -> TableGrants {
            let stack = try (table as? Construct).map { try Stack.of($0) }
            if !regions.isEmpty && stack == nil {
                throw CDKError(code: "TableNotInStack", message: "the grants of a table in other regions need a table of a stack")
            }
            return TableGrants(table: table, stack: stack, regions: regions, hasIndex: hasIndex)
        }

        /// The grants of `cfnTable` and of its replicas in `regions`; they cover its indexes only
        /// when `hasIndex` (as in the AWS CDK, the `CfnTable`'s indexes are not looked at).
        /// Statements for other accounts go to its `ResourcePolicy` (none when that is a token);
        /// when its `SSESpecification.KMSMasterKeyId` refers to a `KMS.CfnKey` of the app, key
        /// actions go to the grantee's policy and to that key's policy. Any other key gets no grant.
        public static func fromCfnTable(_ cfnTable: CfnTable, regions: [String] = [], hasIndex: Bool = false) throws -> TableGrants {
            let stack = try Stack.of(cfnTable)
            let key = try cfnTable.sseSpecification?.kmsMasterKeyId.flatMap { try KMS.CfnKeyWithPolicy.of(keyId: $0) }
            return TableGrants(
                arns: arns(tableArn: cfnTable.attrArn, tableName: cfnTable.ref, stack: stack, regions: regions) { hasIndex },
                path: cfnTable.node.path, stack: stack,
                policyResource: try IAM.CfnResourceWithPolicyDocument(cfnTable, document: \.resourcePolicyDocument)
            ) { grantee, actions in try key?.grant(grantee, actions: actions) }
        }

        /// Grants the table of a construct or of an object of the user's.
        init(table: any TableRef, stack: Stack?, regions: [String] = [], hasIndex: Bool? = nil) {
            let arns = stack.map { Self.arns(tableArn: table.tableArn, tableName: table.tableName, stack: $0, regions: regions) { hasIndex ?? table.hasIndex } }
                ?? Self.arns(tableArn: table.tableArn, regionalArns: []) { hasIndex ?? table.hasIndex }
            self.init(arns: arns, path: (table as? Construct)?.node.path, stack: stack, policyResource: table) { grantee, actions in
                if let key = table.encryptionKey { try key.grant(grantee, actions: actions) }
            }
        }

        /// Data actions on `arns` (on `*` in the resource policy).
        private init(arns: [String], path: String?, stack: Stack?, policyResource: any IAM.ResourceWithPolicy,
                     grantOnKey: @escaping (any IAM.Grantable, [String]) throws -> Void) {
            grants = IAM.ResourceGrants(resourceArns: arns, resourceSelfArns: ["*"], policyResource: policyResource, grantOnKey: grantOnKey)
            self.path = path
            self.stack = stack
        }

        /// Grants `actions` on the table (and its indexes and replicas): in the grantee's policy,
        /// or in the table's resource policy (on `*`) for principals of other accounts and the
        /// services DynamoDB allows (`glue`, `redshift`, `replication.dynamodb`); throws for other
        /// service principals. No key actions.
        @discardableResult
        public func actions(_ grantee: any IAM.Grantable, _ actions: [String]) throws -> IAM.Grant {
            if DynamoDB.isUnsupportedServicePrincipal(grantee.grantPrincipal) {
                throw CDKError(code: "ServicePrincipalGrantNotSupported",
                               message: "DynamoDB grant* methods do not support ServicePrincipal grantees. Use table.addToResourcePolicy() for an explicit service-specific table policy with required service principal, actions, and conditions",
                               path: path)
            }
            return try grants.actions(grantee, actions)
        }

        /// Grants reading items (``Actions/resourceReadData``, `dynamodb:DescribeTable`, and
        /// ``Actions/principalOnlyReadData`` in the grantee's policy only), and decrypting with the key.
        @discardableResult
        public func readData(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
            try grants.grantOnKey(grantee, Actions.keyRead)
            let grant = try actions(grantee, Actions.resourceReadData + [Actions.describeTable])
            _ = try IAM.Grant.addToPrincipal(grantee: grantee, actions: Actions.principalOnlyReadData, resourceArns: grants.resourceArns)
            return grant
        }

        /// Grants writing items (``Actions/writeData`` and `dynamodb:DescribeTable`), and using the key.
        @discardableResult
        public func writeData(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
            let grant = try actions(grantee, Actions.writeData + [Actions.describeTable])
            try grants.grantOnKey(grantee, Actions.keyRead + Actions.keyWrite)
            return grant
        }

        /// Grants reading and writing items, and using the key.
        @discardableResult
        public func readWriteData(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
            let grant = try actions(grantee, Actions.resourceReadData + Actions.writeData + [Actions.describeTable])
            try grants.grantOnKey(grantee, Actions.keyRead + Actions.keyWrite)
            _ = try IAM.Grant.addToPrincipal(grantee: grantee, actions: Actions.principalOnlyReadData, resourceArns: grants.resourceArns)
            return grant
        }

        /// Grants every DynamoDB action (`dynamodb:*`), and using the key.
        @discardableResult
        public func fullAccess(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
            let grant = try actions(grantee, ["dynamodb:*"])
            try grants.grantOnKey(grantee, Actions.keyRead + Actions.keyWrite)
            return grant
        }

        /// Lets the table be the source of a multi-account global table whose replica is
        /// `destinationReplicaArn`: its resource policy lets the replica's account associate the
        /// replica (sid `AllowMultiAccountReplicaAssociation<account>`) and the replication
        /// service read and write for both accounts (sid `AllowReplicationServiceReadWrite<account>`);
        /// the replication service may use the key. Throws when the ARN names no account.
        public func multiAccountReplicationTo(_ destinationReplicaArn: String) throws {
            let account = try replicaAccount(destinationReplicaArn)
            _ = try grants.policyResource.addToResourcePolicy(IAM.PolicyStatement(
                actions: ["dynamodb:AssociateTableReplica"], resources: ["*"], principals: [IAM.AccountPrincipal(account)],
                sid: "AllowMultiAccountReplicaAssociation\(account)"))
            try allowReplicationService(sid: "AllowReplicationServiceReadWrite\(account)", otherAccount: account)
        }

        /// Lets the table be a replica of the multi-account global table whose source is
        /// `sourceReplicaArn`: its resource policy lets the replication service read and write
        /// for both accounts (sid `AllowReplicationService`); the replication service may use the
        /// key. Throws when the ARN names no account.
        public func multiAccountReplicationFrom(_ sourceReplicaArn: String) throws {
            let account = try replicaAccount(sourceReplicaArn)
            try allowReplicationService(sid: "AllowReplicationService", otherAccount: account)
        }

        private func allowReplicationService(sid: String, otherAccount: String) throws {
            guard let stack else {
                throw CDKError(code: "TableNotInStack", message: "multi-account replication needs a table of a stack", path: path)
            }
            let service = IAM.ServicePrincipal(DynamoDB.replicationServicePrincipal)
            _ = try grants.policyResource.addToResourcePolicy(IAM.PolicyStatement(
                actions: Actions.multiAccountReplication, resources: ["*"], principals: [service],
                conditions: ["StringEquals": ["aws:SourceAccount": [.string(stack.account), .string(otherAccount)]]], sid: sid))
            try grants.grantOnKey(service, Actions.keyRead + Actions.keyWrite)
        }

        /// The account of a replica's ARN; throws when it has none.
        private func replicaAccount(_ arn: String) throws -> String {
            let account = try? Arn.parse(arn, format: .slashResourceName).account
            guard let account, !account.isEmpty else {
                throw CDKError(code: "InvalidTable", message: "Invalid table ARN: \(arn). ARN must include account ID.", path: path)
            }
            return account
        }

        /// The ARNs of a table: its own, those in `regions`, then (lazily, gone without indexes)
        /// `<arn>/index/*` of each, in the AWS CDK's order.
        private static func arns(tableArn: String, tableName: String, stack: Stack, regions: [String],
                                 hasIndex: @escaping () -> Bool) -> [String] {
            let regional = regions.map {
                stack.formatArn(ArnComponents(service: "dynamodb", resource: "table", resourceName: tableName, region: $0))
            }
            return arns(tableArn: tableArn, regionalArns: regional, hasIndex: hasIndex)
        }

        private static func arns(tableArn: String, regionalArns: [String], hasIndex: @escaping () -> Bool) -> [String] {
            let all = [tableArn] + regionalArns
            return all + all.map { arn in Lazy.string { hasIndex() ? "\(arn)/index/*" : nil } }
        }
    }

    /// The service principal of DynamoDB's replication.
    static let replicationServicePrincipal = "replication.dynamodb.amazonaws.com"
}

extension DynamoDB.CfnTable {
    /// The document of the table's `ResourcePolicy`, for ``DynamoDB/TableGrants/fromCfnTable(_:regions:hasIndex:)``:
    /// setting it replaces the `ResourcePolicy`.
    fileprivate var resourcePolicyDocument: JSONValue? {
        get { resourcePolicy?.policyDocument }
        set { resourcePolicy = newValue.map { .init(policyDocument: $0) } }
    }
}

extension DynamoDB.TableRef {
    /// The grants of the table (the AWS CDK's `table.grants`).
    public var grants: DynamoDB.TableGrants {
        DynamoDB.TableGrants(table: self, stack: (self as? Construct).flatMap { try? Stack.of($0) },
                             regions: (self as? DynamoDB.Table)?.replicaRegions ?? [])
    }
}
