import CDK
import CDKIAM
import CDKKMS

extension SNS {
    /// What is known of a topic defined outside the app (the AWS CDK's `TopicAttributes`).
    public struct TopicAttributes: ConstructProps {
        /// The topic's ARN (a literal or a token).
        public var topicArn: String
        /// The ARN of the key that encrypts the topic.
        ///
        /// Default: no key (publish grants give no KMS permissions).
        public var keyArn: String?
        /// Whether the FIFO topic deduplicates messages by content.
        ///
        /// Default: `false`.
        public var contentBasedDeduplication = false

        /// Attributes of the topic with `topicArn`.
        public init(topicArn: String) {
            self.topicArn = topicArn
        }
    }

    /// A topic defined outside the app: grants only change the grantee's policy, and its topic
    /// policy cannot be changed (`addToResourcePolicy` adds nothing).
    final class ImportedTopic: Resource, TopicRef {
        let topicArn: String
        let topicName: String
        let fifo: Bool
        let contentBasedDeduplication: Bool
        private(set) var masterKey: (any KMS.KeyRef)?

        init(_ scope: Construct, _ id: String, _ attributes: TopicAttributes) throws {
            let arn = try Arn.parse(attributes.topicArn, format: .noResourceName)
            topicArn = attributes.topicArn
            topicName = arn.resource
            fifo = !Token.isUnresolved(topicName) && topicName.hasSuffix(".fifo")
            if attributes.contentBasedDeduplication && !fifo {
                throw CDKError("CannotImportTopicContentBased",
                               "Cannot import topic; contentBasedDeduplication is only available for FIFO SNS topics. Topic '\(topicName)' does not end in '.fifo'.",
                               at: scope)
            }
            contentBasedDeduplication = attributes.contentBasedDeduplication
            let literal = !Token.isUnresolved(attributes.topicArn)
            try super.init(scope, id, account: literal ? arn.account : nil, region: literal ? arn.region : nil)
            masterKey = try attributes.keyArn.map { try KMS.Key.fromKeyArn(self, "Key", keyArn: $0) }
        }

        func addToResourcePolicy(_ statement: IAM.PolicyStatement) throws -> IAM.AddToResourcePolicyResult {
            IAM.AddToResourcePolicyResult(statementAdded: false)
        }
    }
}

extension SNS.Topic {
    /// A topic defined outside the app, by ARN: its name, region and account come from the ARN
    /// (`Fn::Select` of its parts when it is a token); FIFO when the name ends in `.fifo`.
    public static func fromTopicArn(_ scope: Construct, _ id: String, topicArn: String) throws -> any SNS.TopicRef {
        try fromTopicAttributes(scope, id, .init(topicArn: topicArn))
    }

    /// A topic defined outside the app, by what is known of it. Throws when content-based
    /// deduplication is claimed for a topic whose name does not end in `.fifo`.
    public static func fromTopicAttributes(_ scope: Construct, _ id: String, _ attributes: SNS.TopicAttributes,
                                           configure: (inout SNS.TopicAttributes) throws -> Void = { _ in }) throws -> any SNS.TopicRef {
        try SNS.ImportedTopic(scope, id, attributes.with(configure))
    }
}
