import CDK

extension Events {
    /// Which events a rule matches: each field is a list of accepted values; `detail` is free-form.
    ///
    /// ```swift
    /// Events.EventPattern(source: ["aws.ec2"], detailType: ["EC2 Instance State-change Notification"])
    /// ```
    public struct EventPattern {
        /// Event sources (`aws.ec2`).
        public var source: [String]?
        /// Detail types (`detail-type`).
        public var detailType: [String]?
        /// Accounts the events come from.
        public var account: [String]?
        /// Regions the events come from.
        public var region: [String]?
        /// ARNs of the resources concerned.
        public var resources: [String]?
        /// Event ids.
        public var id: [String]?
        /// Event times.
        public var time: [String]?
        /// Event versions.
        public var version: [String]?
        /// The `detail` filter, as JSON.
        public var detail: JSONObject?

        /// A pattern.
        public init(source: [String]? = nil, detailType: [String]? = nil, account: [String]? = nil, region: [String]? = nil,
                    resources: [String]? = nil, id: [String]? = nil, time: [String]? = nil, version: [String]? = nil,
                    detail: JSONObject? = nil) {
            self.source = source
            self.detailType = detailType
            self.account = account
            self.region = region
            self.resources = resources
            self.id = id
            self.time = time
            self.version = version
            self.detail = detail
        }

        /// The pattern as EventBridge JSON (`detail-type`, ...); nil when empty.
        var rendered: JSONValue? {
            var object = JSONObject()
            if let account { object["account"] = account.jsonValue }
            if let detail { object["detail"] = .object(detail) }
            if let detailType { object["detail-type"] = detailType.jsonValue }
            if let id { object["id"] = id.jsonValue }
            if let region { object["region"] = region.jsonValue }
            if let resources { object["resources"] = resources.jsonValue }
            if let source { object["source"] = source.jsonValue }
            if let time { object["time"] = time.jsonValue }
            if let version { object["version"] = version.jsonValue }
            return object.isEmpty ? nil : .object(object)
        }
    }
}
