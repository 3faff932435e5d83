import CDK
import CDKIAM

extension S3 {
    /// The file format of an inventory report.
    public enum InventoryFormat: String, Sendable {
        /// Comma-separated values.
        case csv = "CSV"
        /// Apache Parquet.
        case parquet = "Parquet"
        /// Apache ORC.
        case orc = "ORC"
    }

    /// How often an inventory report is produced.
    public enum InventoryFrequency: String, Sendable {
        /// Every day.
        case daily = "Daily"
        /// Every week.
        case weekly = "Weekly"
    }

    /// Which object versions an inventory lists.
    public enum InventoryObjectVersion: String, Sendable {
        /// Every version.
        case all = "All"
        /// The current versions only.
        case current = "Current"
    }

    /// Where inventory reports go.
    public struct InventoryDestination {
        /// The bucket reports are written to; a ``Bucket`` of the app gets the policy that lets
        /// S3 write them.
        public var bucket: any BucketRef
        /// The prefix of the report objects.
        ///
        /// Default: no prefix.
        public var prefix: String?
        /// The account that owns the destination bucket.
        ///
        /// Default: not set (the bucket's own account).
        public var bucketOwner: String?

        /// A destination in `bucket`.
        public init(bucket: any BucketRef, prefix: String? = nil, bucketOwner: String? = nil) {
            self.bucket = bucket
            self.prefix = prefix
            self.bucketOwner = bucketOwner
        }
    }

    /// An S3 Inventory report of a bucket's objects (`InventoryConfigurations`).
    public struct Inventory {
        /// Where the reports go.
        public var destination: InventoryDestination
        /// Only objects whose key starts with this prefix.
        ///
        /// Default: every object.
        public var objectsPrefix: String?
        /// The report format.
        ///
        /// Default: `.csv`.
        public var format: InventoryFormat?
        /// Whether the inventory is enabled.
        ///
        /// Default: `true`.
        public var enabled: Bool?
        /// The inventory's id: up to 64 letters, digits, `_`, `.` and `-`.
        ///
        /// Default: `<bucket id>Inventory<index>`, without other characters, cut to its last 64.
        public var inventoryId: String?
        /// How often reports are produced.
        ///
        /// Default: `.weekly`.
        public var frequency: InventoryFrequency?
        /// Which object versions are listed.
        ///
        /// Default: `.all`.
        public var includeObjectVersions: InventoryObjectVersion?
        /// Further fields the report lists (`Size`, `LastModifiedDate`, ...).
        ///
        /// Default: none.
        public var optionalFields: [String]?

        /// An inventory written to `destination`.
        public init(destination: InventoryDestination, objectsPrefix: String? = nil, format: InventoryFormat? = nil,
                    enabled: Bool? = nil, inventoryId: String? = nil, frequency: InventoryFrequency? = nil,
                    includeObjectVersions: InventoryObjectVersion? = nil, optionalFields: [String]? = nil) {
            self.destination = destination
            self.objectsPrefix = objectsPrefix
            self.format = format
            self.enabled = enabled
            self.inventoryId = inventoryId
            self.frequency = frequency
            self.includeObjectVersions = includeObjectVersions
            self.optionalFields = optionalFields
        }
    }

    /// Writes a bucket's `InventoryConfigurations` at synthesis, as the AWS CDK renders them
    /// when the template is resolved: ids are checked then, and destination buckets of the app
    /// get their bucket policy statement then (after the statements added while building).
    final class InventoriesRenderer: Aspect {
        private unowned let bucket: Bucket
        private(set) var inventories: [Inventory] = []
        private var rendered = false

        init(_ bucket: Bucket) { self.bucket = bucket }

        func add(_ inventory: Inventory) { inventories.append(inventory) }

        func visit(_ node: Construct) throws {
            guard node === bucket, !rendered else { return }
            rendered = true
            bucket.cfnBucket.inventoryConfigurations = try inventories.enumerated().map { index, inventory in try render(inventory, index: index) }
        }

        private func render(_ inventory: Inventory, index: Int) throws -> CfnBucket.InventoryConfigurationProperty {
            if let id = inventory.inventoryId, id.utf16.count > 64 || !id.unicodeScalars.allSatisfy(Self.isIdCharacter) {
                throw CDKError("InventoryIdExceedCharactersContain",
                               "inventoryId should not exceed 64 characters and should not contain special characters except . and -, got \(id)", at: bucket)
            }
            let id = inventory.inventoryId ?? String(String("\(bucket.node.id)Inventory\(index)".unicodeScalars.filter(Self.isIdCharacter)).suffix(64))
            let destination = inventory.destination
            if let target = destination.bucket as? Bucket {
                try target.addToResourcePolicy(IAM.PolicyStatement(
                    actions: ["s3:PutObject"], resources: [target.bucketArn, target.arnForObjects("\(destination.prefix ?? "")*")],
                    principals: [IAM.ServicePrincipal("s3.amazonaws.com")], conditions: ["ArnLike": ["aws:SourceArn": .string(bucket.bucketArn)]]))
            }
            return .init(destination: .init(bucketAccountId: destination.bucketOwner, bucketArn: destination.bucket.bucketArn,
                                            format: (inventory.format ?? .csv).rawValue, prefix: destination.prefix),
                         enabled: inventory.enabled ?? true, id: id,
                         includedObjectVersions: (inventory.includeObjectVersions ?? .all).rawValue,
                         optionalFields: inventory.optionalFields, prefix: inventory.objectsPrefix,
                         scheduleFrequency: (inventory.frequency ?? .weekly).rawValue)
        }

        /// JavaScript's `[\w.-]`: ASCII letters, digits, `_`, `.` and `-`.
        private static func isIdCharacter(_ c: Unicode.Scalar) -> Bool {
            c.isASCIILetterOrDigit || c == "_" || c == "." || c == "-"
        }
    }
}
