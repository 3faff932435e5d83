import CDK
import CDKIAM
import CDKKMS

extension SNS {
    /// An SNS topic, defined in the app or imported (the AWS CDK's `ITopic`).
    public protocol TopicRef: IAM.ResourceWithPolicy, Construct {
        /// The topic's ARN.
        var topicArn: String { get }
        /// The topic's name.
        var topicName: String { get }
        /// The key that encrypts the topic, if any.
        var masterKey: (any KMS.KeyRef)? { get }
        /// Whether the topic is a FIFO topic.
        var fifo: Bool { get }
        /// Whether the FIFO topic deduplicates messages by content.
        var contentBasedDeduplication: Bool { get }
        /// Subscribes `subscription` to the topic.
        @discardableResult
        func addSubscription(_ subscription: any TopicSubscription) throws -> Subscription
    }
}

extension SNS.TopicRef {
    /// Grants `actions` on the topic to `grantee` (in its policy, or in the topic policy when it
    /// has none or lives in another account).
    @discardableResult
    public func grant(_ grantee: any IAM.Grantable, actions: [String]) throws -> IAM.Grant {
        try IAM.Grant.addToPrincipalOrResource(grantee: grantee, actions: actions, resourceArns: [topicArn], resource: self)
    }

    /// Grants `sns:Publish` (and, for an encrypted topic, `kms:Decrypt` and `kms:GenerateDataKey*` on its key).
    @discardableResult
    public func grantPublish(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        let result = try grant(grantee, actions: ["sns:Publish"])
        if let masterKey { try masterKey.grant(grantee, actions: ["kms:Decrypt", "kms:GenerateDataKey*"]) }
        return result
    }

    /// Grants `sns:Subscribe`.
    @discardableResult
    public func grantSubscribe(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        try grant(grantee, actions: ["sns:Subscribe"])
    }
}
