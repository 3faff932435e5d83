import CDK

extension DynamoDB {
    /// Throughput to pre-warm a table or index with (the AWS CDK's `WarmThroughput`).
    public struct WarmThroughput: ConstructProps, Sendable, Equatable {
        /// Read units per second the table or index is ready for.
        ///
        /// Default: no `ReadUnitsPerSecond` property.
        public var readUnitsPerSecond: Int?
        /// Write units per second the table or index is ready for.
        ///
        /// Default: no `WriteUnitsPerSecond` property.
        public var writeUnitsPerSecond: Int?

        /// Warm throughput of `readUnitsPerSecond` and `writeUnitsPerSecond`.
        public init(readUnitsPerSecond: Int? = nil, writeUnitsPerSecond: Int? = nil) {
            self.readUnitsPerSecond = readUnitsPerSecond
            self.writeUnitsPerSecond = writeUnitsPerSecond
        }

        var property: CfnTable.WarmThroughputProperty {
            .init(readUnitsPerSecond: readUnitsPerSecond.map(Double.init), writeUnitsPerSecond: writeUnitsPerSecond.map(Double.init))
        }
    }

    /// Point-in-time recovery of a table (the AWS CDK's `PointInTimeRecoverySpecification`).
    public struct PointInTimeRecoverySpecification: ConstructProps, Sendable, Equatable {
        /// Whether point-in-time recovery is enabled.
        public var pointInTimeRecoveryEnabled: Bool
        /// How many days back the table can be restored (1 to 35; only when enabled).
        ///
        /// Default: no `RecoveryPeriodInDays` property (35 days).
        public var recoveryPeriodInDays: Int?

        /// Recovery enabled or not, over `recoveryPeriodInDays` days.
        public init(pointInTimeRecoveryEnabled: Bool, recoveryPeriodInDays: Int? = nil) {
            self.pointInTimeRecoveryEnabled = pointInTimeRecoveryEnabled
            self.recoveryPeriodInDays = recoveryPeriodInDays
        }

        var property: CfnTable.PointInTimeRecoverySpecificationProperty {
            .init(pointInTimeRecoveryEnabled: pointInTimeRecoveryEnabled, recoveryPeriodInDays: recoveryPeriodInDays.map(Double.init))
        }
    }

    /// Which keys CloudWatch Contributor Insights reports on.
    public enum ContributorInsightsMode: String, Sendable {
        /// The most accessed and the most throttled keys.
        case accessedAndThrottledKeys = "ACCESSED_AND_THROTTLED_KEYS"
        /// Only the most throttled keys.
        case throttledKeys = "THROTTLED_KEYS"
    }

    /// CloudWatch Contributor Insights of a table or index (the AWS CDK's `ContributorInsightsSpecification`).
    public struct ContributorInsightsSpecification: ConstructProps, Sendable, Equatable {
        /// Whether Contributor Insights is enabled.
        public var enabled: Bool
        /// Which keys it reports on.
        ///
        /// Default: no `Mode` property (accessed and throttled keys).
        public var mode: ContributorInsightsMode?

        /// Contributor Insights enabled or not, in `mode`.
        public init(enabled: Bool, mode: ContributorInsightsMode? = nil) {
            self.enabled = enabled
            self.mode = mode
        }

        var property: CfnTable.ContributorInsightsSpecificationProperty { .init(enabled: enabled, mode: mode?.rawValue) }

        /// The specification from the props: `specification`, or `enabled` (the deprecated
        /// `contributorInsightsEnabled`) alone; throws when both are set.
        static func resolve(enabled: Bool?, specification: ContributorInsightsSpecification?,
                            at construct: Construct) throws -> ContributorInsightsSpecification? {
            if specification != nil && enabled != nil {
                throw CDKError("ContributorInsightsConflict",
                               "`contributorInsightsSpecification` and `contributorInsightsEnabled` are set. Use `contributorInsightsSpecification` only.",
                               at: construct)
            }
            return specification ?? enabled.map { ContributorInsightsSpecification(enabled: $0) }
        }
    }

    /// The keys of a table or index, each of one or more attributes (the AWS CDK's `KeySchema`).
    public struct KeySchema: Sendable, Equatable {
        /// The partition key attributes.
        public var partitionKeys: [Attribute]
        /// The sort key attributes (none when there is no sort key).
        public var sortKeys: [Attribute]

        /// A schema of `partitionKeys` and `sortKeys`.
        public init(partitionKeys: [Attribute], sortKeys: [Attribute] = []) {
            self.partitionKeys = partitionKeys
            self.sortKeys = sortKeys
        }

        /// The most attributes a key of an index may have.
        static let maxAttributesPerKey = 4

        /// The schema of single or multi-attribute keys; throws unless exactly one of
        /// `partitionKey` and `partitionKeys` is given, at most one of `sortKey` and `sortKeys`,
        /// and at most four attributes per key.
        static func parse(partitionKey: Attribute?, partitionKeys: [Attribute]?, sortKey: Attribute?, sortKeys: [Attribute]?,
                          at construct: Construct) throws -> KeySchema {
            if (partitionKey == nil) == (partitionKeys == nil) {
                throw CDKError("ExactlyOnePartitionKey", "Exactly one of 'partitionKey', 'partitionKeys' must be specified", at: construct)
            }
            if sortKey != nil && sortKeys != nil {
                throw CDKError("AtMostOneSortKey", "At most one of 'sortKey', 'sortKeys' may be specified", at: construct)
            }
            let partition = partitionKeys ?? partitionKey.map { [$0] } ?? []
            let sort = sortKeys ?? sortKey.map { [$0] } ?? []
            if partition.isEmpty {
                throw CDKError("PartitionKeysRequired", "'partitionKeys' must contain at least one element", at: construct)
            }
            if partition.count > maxAttributesPerKey {
                throw CDKError("MaxPartitionKeysExceeded", "Maximum of \(maxAttributesPerKey) partition keys allowed", at: construct)
            }
            if sort.count > maxAttributesPerKey {
                throw CDKError("MaxSortKeysExceeded", "Maximum of \(maxAttributesPerKey) sort keys allowed", at: construct)
            }
            return KeySchema(partitionKeys: partition, sortKeys: sort)
        }
    }
}
