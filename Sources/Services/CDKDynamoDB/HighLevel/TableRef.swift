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

    /// Grants `actions` on the table (and its indexes).
    @discardableResult
    public func grant(_ grantee: any IAM.Grantable, actions: [String]) throws -> IAM.Grant {
        if grantee.grantPrincipal is IAM.ServicePrincipal {
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

    /// Grants listing streams (`dynamodb:ListStreams` on `*`).
    @discardableResult
    public func grantTableListStreams(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        guard tableStreamArn != nil else {
            throw CDKError(code: "StreamsRequired", message: "DynamoDB Streams must be enabled on the table \((self as? Construct)?.node.path ?? tableName)",
                           path: (self as? Construct)?.node.path)
        }
        return try IAM.Grant.addToPrincipal(grantee: grantee, actions: ["dynamodb:ListStreams"], resourceArns: ["*"])
    }

    /// Grants reading the table's stream (and listing streams, and decrypting with its key).
    @discardableResult
    public func grantStreamRead(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        guard let tableStreamArn else {
            throw CDKError(code: "StreamsRequired", message: "DynamoDB Streams must be enabled on the table \((self as? Construct)?.node.path ?? tableName)",
                           path: (self as? Construct)?.node.path)
        }
        try grantTableListStreams(grantee)
        if let encryptionKey { try encryptionKey.grant(grantee, actions: DynamoDB.Actions.keyRead) }
        return try IAM.Grant.addToPrincipal(grantee: grantee, actions: DynamoDB.Actions.readStreamData, resourceArns: [tableStreamArn])
    }
}
