import CDK
import CDKIAM
import CDKKMS

extension DynamoDB {
    /// A table, defined in the app (`DynamoDB.Table`) or imported (the AWS CDK's `ITable`).
    public protocol TableRef: IAM.ResourceWithPolicy {
        /// The table's ARN.
        var tableArn: String { get }
        /// The table's name.
        var tableName: String { get }
        /// The ARN of the table's stream, if it has one.
        var tableStreamArn: String? { get }
        /// The customer managed key the table is encrypted with, if any.
        var encryptionKey: (any KMS.KeyRef)? { get }
        /// Whether grants also cover the table's indexes (`<arn>/index/*`).
        var hasIndex: Bool { get }
    }
}

extension DynamoDB.TableRef {
    /// The ARNs data grants cover: the table, and its indexes once it has any (a lazy entry
    /// that disappears otherwise, as in the AWS CDK).
    var grantArns: [String] {
        let arn = tableArn
        return [arn, Lazy.string { [self] in self.hasIndex ? "\(arn)/index/*" : nil }]
    }

    /// Grants `actions` on the table (and its indexes): in the grantee's policy, or in the
    /// table's resource policy for principals of other accounts and the services DynamoDB
    /// allows (`glue`, `redshift`, `replication.dynamodb`); throws for other service principals.
    @discardableResult
    public func grant(_ grantee: any IAM.Grantable, actions: [String]) throws -> IAM.Grant {
        if DynamoDB.isUnsupportedServicePrincipal(grantee.grantPrincipal) {
            throw CDKError(code: "ServicePrincipalGrantNotSupported",
                           message: "DynamoDB grant* methods do not support ServicePrincipal grantees. Use table.addToResourcePolicy() for an explicit service-specific table policy with required service principal, actions, and conditions",
                           path: (self as? Construct)?.node.path)
        }
        return try IAM.Grant.addToPrincipalOrResource(grantee: grantee, actions: actions, resourceArns: grantArns,
                                                      resourceSelfArns: ["*"], resource: self)
    }

    /// Grants reading items (and decrypting with the table's key).
    @discardableResult
    public func grantReadData(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        if let encryptionKey { try encryptionKey.grant(grantee, actions: DynamoDB.Actions.keyRead) }
        let grant = try self.grant(grantee, actions: DynamoDB.Actions.resourceReadData + [DynamoDB.Actions.describeTable])
        _ = try IAM.Grant.addToPrincipal(grantee: grantee, actions: DynamoDB.Actions.principalOnlyReadData, resourceArns: grantArns)
        return grant
    }

    /// Grants writing items (and using the table's key).
    @discardableResult
    public func grantWriteData(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        let grant = try self.grant(grantee, actions: DynamoDB.Actions.writeData + [DynamoDB.Actions.describeTable])
        if let encryptionKey { try encryptionKey.grant(grantee, actions: DynamoDB.Actions.keyRead + DynamoDB.Actions.keyWrite) }
        return grant
    }

    /// Grants reading and writing items (and using the table's key).
    @discardableResult
    public func grantReadWriteData(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        let grant = try self.grant(grantee, actions: DynamoDB.Actions.resourceReadData + DynamoDB.Actions.writeData + [DynamoDB.Actions.describeTable])
        if let encryptionKey { try encryptionKey.grant(grantee, actions: DynamoDB.Actions.keyRead + DynamoDB.Actions.keyWrite) }
        _ = try IAM.Grant.addToPrincipal(grantee: grantee, actions: DynamoDB.Actions.principalOnlyReadData, resourceArns: grantArns)
        return grant
    }

    /// Grants every DynamoDB action on the table (`dynamodb:*`, and using the table's key).
    @discardableResult
    public func grantFullAccess(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        let grant = try self.grant(grantee, actions: ["dynamodb:*"])
        if let encryptionKey { try encryptionKey.grant(grantee, actions: DynamoDB.Actions.keyRead + DynamoDB.Actions.keyWrite) }
        return grant
    }

    /// Grants listing streams (`dynamodb:ListStreams` on `*`); throws when the table has no stream.
    @discardableResult
    public func grantTableListStreams(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        _ = try requireStream()
        return try IAM.Grant.addToPrincipal(grantee: grantee, actions: ["dynamodb:ListStreams"], resourceArns: ["*"])
    }

    /// Grants `actions` on the table's stream; throws when the table has no stream.
    @discardableResult
    public func grantStream(_ grantee: any IAM.Grantable, actions: [String]) throws -> IAM.Grant {
        try IAM.Grant.addToPrincipal(grantee: grantee, actions: actions, resourceArns: [try requireStream()])
    }

    /// Grants reading the table's stream (and listing streams, and decrypting with its key);
    /// throws when the table has no stream.
    @discardableResult
    public func grantStreamRead(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        let streamArn = try requireStream()
        try grantTableListStreams(grantee)
        if let encryptionKey { try encryptionKey.grant(grantee, actions: DynamoDB.Actions.keyRead) }
        return try IAM.Grant.addToPrincipal(grantee: grantee, actions: DynamoDB.Actions.readStreamData, resourceArns: [streamArn])
    }

    /// The stream's ARN; throws when the table has no stream.
    private func requireStream() throws -> String {
        guard let tableStreamArn else {
            let path = (self as? Construct)?.node.path
            throw CDKError(code: "StreamsRequired", message: "DynamoDB Streams must be enabled on the table \(path ?? tableName)", path: path)
        }
        return tableStreamArn
    }
}

extension DynamoDB {
    /// The service principals DynamoDB's grants accept (they go to the table's resource policy).
    static let grantableServicePrincipals: Set<String> = ["redshift.amazonaws.com", "replication.dynamodb.amazonaws.com", "glue.amazonaws.com"]

    /// Whether `principal` names a service (alone or with conditions) that DynamoDB's grants do not accept.
    static func isUnsupportedServicePrincipal(_ principal: any IAM.Principal) -> Bool {
        guard let services = principal.policyFragment.principalJSON.first(where: { $0.key == "Service" })?.values else { return false }
        return !(services.count == 1 && grantableServicePrincipals.contains(services[0]))
    }
}
