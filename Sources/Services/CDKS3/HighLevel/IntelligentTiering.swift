import CDK

extension S3 {
    /// A tag that selects objects: a key and a value.
    public struct Tag: Sendable, Hashable {
        /// The tag key.
        public var key: String
        /// The tag value.
        public var value: String

        /// A tag.
        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    /// An S3 Intelligent-Tiering configuration: which objects move to the archive tiers, and
    /// after how long without access.
    public struct IntelligentTieringConfiguration: Sendable {
        /// The configuration's name (its `Id`).
        public var name: String
        /// Only objects whose key starts with this prefix.
        ///
        /// Default: every object.
        public var prefix: String?
        /// Only objects with all these tags.
        ///
        /// Default: no tag filter.
        public var tags: [Tag]?
        /// After how long without access objects move to the Archive Access tier (90 to 730 days).
        ///
        /// Default: objects are not archived.
        public var archiveAccessTierTime: Duration?
        /// After how long without access objects move to the Deep Archive Access tier (180 to 730 days).
        ///
        /// Default: objects are not deep-archived.
        public var deepArchiveAccessTierTime: Duration?

        /// A configuration named `name`.
        public init(name: String, prefix: String? = nil, tags: [Tag]? = nil,
                    archiveAccessTierTime: Duration? = nil, deepArchiveAccessTierTime: Duration? = nil) {
            self.name = name
            self.prefix = prefix
            self.tags = tags
            self.archiveAccessTierTime = archiveAccessTierTime
            self.deepArchiveAccessTierTime = deepArchiveAccessTierTime
        }
    }
}

extension S3.Bucket {
    /// The `IntelligentTieringConfigurations` property, as the AWS CDK's `parseTieringConfig`.
    static func renderTiering(_ configurations: [S3.IntelligentTieringConfiguration]?) throws -> [S3.CfnBucket.IntelligentTieringConfigurationProperty]? {
        try configurations?.map { config in
            var tierings: [S3.CfnBucket.TieringProperty] = []
            if let time = config.archiveAccessTierTime {
                tierings.append(.init(accessTier: "ARCHIVE_ACCESS", days: try time.toDays(integral: true)))
            }
            if let time = config.deepArchiveAccessTierTime {
                tierings.append(.init(accessTier: "DEEP_ARCHIVE_ACCESS", days: try time.toDays(integral: true)))
            }
            return .init(id: config.name, prefix: config.prefix, status: "Enabled",
                         tagFilters: config.tags?.map { .init(key: $0.key, value: $0.value) }, tierings: tierings)
        }
    }
}
