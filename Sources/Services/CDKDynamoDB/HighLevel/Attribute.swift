extension DynamoDB {
    /// The type of a key attribute.
    public enum AttributeType: String, Sendable {
        /// Binary (`B`).
        case binary = "B"
        /// Number (`N`).
        case number = "N"
        /// String (`S`).
        case string = "S"
    }

    /// A key attribute: its name and type.
    public struct Attribute: Sendable, Equatable {
        /// The attribute name.
        public var name: String
        /// The attribute type.
        public var type: AttributeType

        /// An attribute `name` of `type`.
        public init(name: String, type: AttributeType) {
            self.name = name
            self.type = type
        }
    }

    /// How reads and writes are paid for.
    public enum BillingMode: String, Sendable {
        /// On-demand: pay per request.
        case payPerRequest = "PAY_PER_REQUEST"
        /// Provisioned read and write capacity (5 each by default).
        case provisioned = "PROVISIONED"
    }

    /// What the table's stream records contain.
    public enum StreamViewType: String, Sendable {
        /// The item after the change.
        case newImage = "NEW_IMAGE"
        /// The item before the change.
        case oldImage = "OLD_IMAGE"
        /// The item before and after the change.
        case newAndOldImages = "NEW_AND_OLD_IMAGES"
        /// Only the key attributes of the changed item.
        case keysOnly = "KEYS_ONLY"
    }

    /// How the table is encrypted at rest.
    public enum TableEncryption: String, Sendable {
        /// An AWS owned key (`SSEEnabled: false`).
        case `default` = "AWS_OWNED"
        /// The AWS managed key (`aws/dynamodb`).
        case awsManaged = "AWS_MANAGED"
        /// A customer managed key: `encryptionKey`, or a key created for the table.
        case customerManaged = "CUSTOMER_MANAGED"
    }

    /// The table class.
    public enum TableClass: String, Sendable {
        /// Standard.
        case standard = "STANDARD"
        /// Standard-Infrequent Access.
        case standardInfrequentAccess = "STANDARD_INFREQUENT_ACCESS"
    }

    /// Which attributes are copied into an index.
    public enum ProjectionType: String, Sendable {
        /// Only the keys.
        case keysOnly = "KEYS_ONLY"
        /// The keys and `nonKeyAttributes`.
        case include = "INCLUDE"
        /// Every attribute.
        case all = "ALL"
    }
}
