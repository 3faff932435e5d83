import CDK

// Stand-ins for the generated low-level types until the generated layer lands
// (issue: "The low-level layer"). They follow the shape the generator will produce.

enum S3 {
    final class CfnBucket: CfnResource {
        struct VersioningConfigurationProperty: JSONValueConvertible {
            var status: String
            init(status: String) { self.status = status }
            var jsonValue: JSONValue { ["Status": .string(status)] }
        }

        var bucketName: String?
        var versioningConfiguration: VersioningConfigurationProperty?

        init(_ scope: Construct, _ id: String, bucketName: String? = nil, tags: [CfnTag]? = nil,
             versioningConfiguration: VersioningConfigurationProperty? = nil) throws {
            self.bucketName = bucketName
            self.versioningConfiguration = versioningConfiguration
            try super.init(scope, id, type: "AWS::S3::Bucket",
                           tags: TagManager(.standard, resourceType: "AWS::S3::Bucket", initialTags: tags ?? []))
        }

        override class var propertyOrder: [String]? {
            ["BucketName", "OwnershipControls", "Tags", "VersioningConfiguration"]
        }

        override func renderProperties() throws -> JSONObject {
            var p = JSONObject()
            if let bucketName { p["BucketName"] = .string(bucketName) }
            if let versioningConfiguration { p["VersioningConfiguration"] = versioningConfiguration.jsonValue }
            return p
        }

        var attrArn: String { getAtt("Arn").toString() }
    }
}

enum SQS {
    final class CfnQueue: CfnResource {
        var messageRetentionPeriod: Double?
        var queueName: String?

        init(_ scope: Construct, _ id: String, messageRetentionPeriod: Double? = nil, queueName: String? = nil) throws {
            self.messageRetentionPeriod = messageRetentionPeriod
            self.queueName = queueName
            try super.init(scope, id, type: "AWS::SQS::Queue",
                           tags: TagManager(.standard, resourceType: "AWS::SQS::Queue"))
        }

        override class var propertyOrder: [String]? {
            ["DelaySeconds", "MessageRetentionPeriod", "QueueName", "Tags"]
        }

        override func renderProperties() throws -> JSONObject {
            var p = JSONObject()
            if let messageRetentionPeriod { p["MessageRetentionPeriod"] = .number(messageRetentionPeriod) }
            if let queueName { p["QueueName"] = .string(queueName) }
            return p
        }
    }
}
