import CDK

/// The hello sample: two stacks, a reference between them, a parameter, a condition and tags.
public enum HelloApp {
    /// The stacks of the sample.
    public struct Stacks {
        /// A versioned bucket and a topic that announces new uploads.
        public let storage: Stack
        /// A queue subscribed to the storage stack's topic.
        public let processing: Stack
    }

    /// Adds the sample's stacks to `app`.
    @discardableResult
    public static func build(in app: App) throws -> Stacks {
        // Storage: a bucket whose versioning depends on a parameter, and a topic.
        let storage = try Stack(app, "HelloStorage", description: "Buckets and topics of the hello sample")
        let stage = try CfnParameter(storage, "Stage", default: "dev", allowedValues: ["dev", "prod"],
                                     description: "Where this copy of the app runs")
        let isProd = try CfnCondition(storage, "IsProd", expression: Fn.conditionEquals(stage.valueAsString, "prod"))
        let bucket = try CfnResource(storage, "Uploads", type: "AWS::S3::Bucket", properties: [
            "VersioningConfiguration": ["Status": .string(Fn.conditionIf(isProd.logicalId, "Enabled", "Suspended").toString())],
        ])
        bucket.applyRemovalPolicy(.retain)
        let topic = try CfnResource(storage, "NewUploads", type: "AWS::SNS::Topic", properties: [
            "DisplayName": .string("New uploads in \(bucket.ref)"),
        ])

        // Processing: a queue subscribed to the topic of the other stack. The reference becomes an
        // export in HelloStorage and an Fn::ImportValue here, and HelloProcessing depends on HelloStorage.
        let processing = try Stack(app, "HelloProcessing")
        let queue = try CfnResource(processing, "Work", type: "AWS::SQS::Queue", properties: ["VisibilityTimeout": 60])
        _ = try CfnResource(processing, "Subscription", type: "AWS::SNS::Subscription", properties: [
            "Protocol": "sqs",
            "TopicArn": .string(topic.ref),
            "Endpoint": .string(queue.getAtt("Arn").toString()),
        ])
        _ = try CfnOutput(processing, "QueueUrl", value: queue.ref, description: "Where the work arrives")

        try Tags.of(app).add("project", "hello")
        return Stacks(storage: storage, processing: processing)
    }
}
