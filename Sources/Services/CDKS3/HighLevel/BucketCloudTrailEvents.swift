import CDK
import CDKEvents

extension S3 {
    /// The options of the CloudTrail event rules of a bucket (the AWS CDK's
    /// `OnCloudTrailBucketEventOptions`); they extend ``Events/EventCommonOptions``.
    public struct OnCloudTrailBucketEventOptions: ConstructProps, ExtendingOptions {
        /// Name, description and a pattern the rule's own pattern is added to.
        public var options = Events.EventCommonOptions()
        /// Where matching events go.
        ///
        /// Default: no target (add one to the returned rule).
        public var target: (any Events.RuleTarget)?
        /// Only events on objects whose keys match these patterns.
        ///
        /// Default: events on the bucket itself.
        public var paths: [String]?

        /// Options with every member at its default.
        public init() {}
    }
}

extension S3.BucketRef {
    /// A rule (child `id` of the bucket) matching CloudTrail API calls on the bucket, or on
    /// objects matching `paths`. Needs a trail that records them; this does not create one.
    @discardableResult
    public func onCloudTrailEvent(_ id: String, _ options: S3.OnCloudTrailBucketEventOptions = .init(),
                                  configure: (inout S3.OnCloudTrailBucketEventOptions) throws -> Void = { _ in }) throws -> Events.Rule {
        try cloudTrailRule(id, try options.with(configure), detail: [:])
    }

    /// A rule matching `PutObject` calls on objects matching `paths` (uploads with the multipart
    /// API are not `PutObject`: ``onCloudTrailWriteObject(_:_:configure:)`` matches those too).
    @discardableResult
    public func onCloudTrailPutObject(_ id: String, _ options: S3.OnCloudTrailBucketEventOptions = .init(),
                                      configure: (inout S3.OnCloudTrailBucketEventOptions) throws -> Void = { _ in }) throws -> Events.Rule {
        try cloudTrailRule(id, try options.with(configure), detail: ["eventName": ["PutObject"]])
    }

    /// A rule matching every write of objects matching `paths`: `PutObject`, `CopyObject` and
    /// `CompleteMultipartUpload`.
    @discardableResult
    public func onCloudTrailWriteObject(_ id: String, _ options: S3.OnCloudTrailBucketEventOptions = .init(),
                                        configure: (inout S3.OnCloudTrailBucketEventOptions) throws -> Void = { _ in }) throws -> Events.Rule {
        let options = try options.with(configure)
        var requestParameters: JSONObject = ["bucketName": [.string(bucketName)]]
        if let paths = options.paths { requestParameters["key"] = .array(paths.map(JSONValue.string)) }
        return try cloudTrailRule(id, options, detail: [
            "eventName": ["CompleteMultipartUpload", "CopyObject", "PutObject"],
            "requestParameters": .object(requestParameters),
        ])
    }

    /// The rule of CloudTrail calls on the bucket (or `paths`) whose pattern's `detail` also has
    /// `extra`. Without a pattern of the user's, the pattern is written in the AWS CDK's key
    /// order (`source`, `detail-type`, `detail`).
    private func cloudTrailRule(_ id: String, _ options: S3.OnCloudTrailBucketEventOptions, detail extra: JSONObject) throws -> Events.Rule {
        let rule = try Events.Rule(self, id) { $0.options = options.options }
        if let target = options.target { try rule.addTarget(target) }
        let resources = options.paths.map { $0.map { JSONValue.string(arnForObjects($0)) } } ?? [.string(bucketArn)]
        var detail: JSONObject = ["resources": ["ARN": .array(resources)]]
        for (key, value) in extra { detail[key] = value }
        let source = ["aws.s3"], detailType = ["AWS API Call via CloudTrail"]
        rule.addEventPattern(Events.EventPattern(source: source, detailType: detailType, detail: detail))
        if options.eventPattern == nil {
            rule.cfnRule.eventPattern = ["source": source.jsonValue, "detail-type": detailType.jsonValue, "detail": .object(detail)]
        }
        return rule
    }
}
