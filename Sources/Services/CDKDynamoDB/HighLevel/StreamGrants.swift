import CDK
import CDKIAM
import CDKKMS

extension DynamoDB {
    /// The grants of a table's stream (the AWS CDK's `StreamGrants`): every statement goes to
    /// the grantee's policy.
    ///
    /// ```swift
    /// try table.streamGrants.read(fn)
    /// ```
    public struct StreamGrants {
        /// The stream's ARN.
        public let tableStreamArn: String
        /// The key the table is encrypted with, which ``read(_:)`` lets the grantee decrypt with.
        public let encryptionKey: (any KMS.KeyRef)?

        /// The grants of the stream `tableStreamArn` of a table encrypted with `encryptionKey`.
        public init(tableStreamArn: String, encryptionKey: (any KMS.KeyRef)? = nil) {
            self.tableStreamArn = tableStreamArn
            self.encryptionKey = encryptionKey
        }

        /// Grants `actions` on the stream; no key actions.
        @discardableResult
        public func actions(_ grantee: any IAM.Grantable, _ actions: [String]) throws -> IAM.Grant {
            try IAM.Grant.addToPrincipal(grantee: grantee, actions: actions, resourceArns: [tableStreamArn])
        }

        /// Grants listing streams (`dynamodb:ListStreams` on `*`).
        @discardableResult
        public func list(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
            try IAM.Grant.addToPrincipal(grantee: grantee, actions: ["dynamodb:ListStreams"], resourceArns: ["*"])
        }

        /// Grants listing streams, decrypting with the key and reading the stream
        /// (``Actions/readStreamData``), in this order.
        @discardableResult
        public func read(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
            try list(grantee)
            if let encryptionKey { try encryptionKey.grant(grantee, actions: Actions.keyRead) }
            return try actions(grantee, Actions.readStreamData)
        }
    }
}

extension DynamoDB.TableRef {
    /// The grants of the table's stream (the AWS CDK's `table.streamGrants`); throws when the
    /// table has no stream.
    public var streamGrants: DynamoDB.StreamGrants {
        get throws {
            guard let tableStreamArn else {
                let path = (self as? Construct)?.node.path
                throw CDKError(code: "StreamsRequired", message: "DynamoDB Streams must be enabled on the table \(path ?? tableName)", path: path)
            }
            return DynamoDB.StreamGrants(tableStreamArn: tableStreamArn, encryptionKey: encryptionKey)
        }
    }
}
