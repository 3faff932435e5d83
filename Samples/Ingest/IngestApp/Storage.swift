import CDK
import CDKDynamoDB
import CDKS3

/// Where ingested data lives: a bucket for the objects and a table that indexes them.
public final class Storage: Construct {
    /// The bucket of the ingested objects.
    public let bucket: S3.Bucket
    /// The table that indexes them.
    public let table: DynamoDB.Table

    /// The props of a ``Storage``.
    public struct Props: ConstructProps {
        /// Whether the bucket keeps every version of its objects.
        ///
        /// Default: `false`.
        public var versioned = false

        /// Props with every member at its default.
        public init() {}
    }

    /// A bucket (`Data`) and a table (`Index`) under `id`.
    public init(_ scope: Construct, _ id: String, _ props: Props = Props(),
                configure: (inout Props) throws -> Void = { _ in }) throws {
        let props = try props.with(configure)
        let this = try ConstructScope(scope, id)
        bucket = try S3.Bucket(this, "Data") {
            $0.versioned = props.versioned
            $0.enforceSSL = true
        }
        table = try DynamoDB.Table(this, "Index", .init(partitionKey: .init(name: "key", type: .string))) {
            $0.billingMode = .payPerRequest
        }
        try super.init(this)
    }
}
