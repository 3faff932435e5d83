import CDK

extension S3 {
    /// A CloudWatch request metrics configuration of a bucket (`MetricsConfigurations`).
    public struct BucketMetrics: Sendable {
        /// The configuration's id.
        public var id: String
        /// Only objects whose key starts with this prefix.
        ///
        /// Default: every object.
        public var prefix: String?
        /// Only objects with these tags, in this order (an empty list writes an empty
        /// `TagFilters`, as the AWS CDK does).
        ///
        /// Default: no tag filter.
        public var tagFilters: KeyValuePairs<String, String>?

        /// A metrics configuration with id `id`.
        public init(id: String, prefix: String? = nil, tagFilters: KeyValuePairs<String, String>? = nil) {
            self.id = id
            self.prefix = prefix
            self.tagFilters = tagFilters
        }

        /// The `MetricsConfiguration` of this configuration.
        var rendered: CfnBucket.MetricsConfigurationProperty {
            let tags = tagFilters.map { $0.map { CfnBucket.TagFilterProperty(key: $0.key, value: $0.value) } }
            return .init(id: id, prefix: prefix, tagFilters: tags)
        }
    }
}
