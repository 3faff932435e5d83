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
    /// Grants `actions` on the table (and its indexes): in the grantee's policy, or in the
    /// table's resource policy for principals of other accounts and the services DynamoDB
    /// allows (`glue`, `redshift`, `replication.dynamodb`); throws for other service principals.
    @discardableResult
    public func grant(_ grantee: any IAM.Grantable, actions: [String]) throws -> IAM.Grant {
        try grants.actions(grantee, actions)
    }

    /// Grants reading items (and decrypting with the table's key).
    @discardableResult
    public func grantReadData(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        try grants.readData(grantee)
    }

    /// Grants writing items (and using the table's key).
    @discardableResult
    public func grantWriteData(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        try grants.writeData(grantee)
    }

    /// Grants reading and writing items (and using the table's key).
    @discardableResult
    public func grantReadWriteData(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        try grants.readWriteData(grantee)
    }

    /// Grants every DynamoDB action on the table (`dynamodb:*`, and using the table's key).
    @discardableResult
    public func grantFullAccess(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        try grants.fullAccess(grantee)
    }

    /// Grants listing streams (`dynamodb:ListStreams` on `*`); throws when the table has no stream.
    @discardableResult
    public func grantTableListStreams(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        try streamGrants.list(grantee)
    }

    /// Grants `actions` on the table's stream; throws when the table has no stream.
    @discardableResult
    public func grantStream(_ grantee: any IAM.Grantable, actions: [String]) throws -> IAM.Grant {
        try streamGrants.actions(grantee, actions)
    }

    /// Grants reading the table's stream (and listing streams, and decrypting with its key);
    /// throws when the table has no stream.
    @discardableResult
    public func grantStreamRead(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        try streamGrants.read(grantee)
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
