import CDK
import CDKIAM
import CDKKMS

extension SQS {
    /// An SQS queue, defined in the app or imported (the AWS CDK's `IQueue`).
    public protocol QueueRef: IAM.ResourceWithPolicy, Construct {
        /// The queue's ARN.
        var queueArn: String { get }
        /// The queue's URL.
        var queueUrl: String { get }
        /// The queue's name.
        var queueName: String { get }
        /// The key that encrypts the queue's messages, if it is a customer managed key.
        var encryptionMasterKey: (any KMS.KeyRef)? { get }
        /// Whether the queue is a FIFO queue.
        var fifo: Bool { get }
        /// The encryption the queue uses, when known (`.kms` for an imported queue with a key).
        var encryptionType: QueueEncryption? { get }
    }
}

extension SQS.QueueRef {
    /// Grants `actions` on the queue to `grantee` (in its policy, or in the queue policy when
    /// it has none or lives in another account).
    @discardableResult
    public func grant(_ grantee: any IAM.Grantable, actions: [String]) throws -> IAM.Grant {
        try IAM.Grant.addToPrincipalOrResource(grantee: grantee, actions: actions, resourceArns: [queueArn], resource: self)
    }

    /// Grants receiving and deleting messages (and decrypting them with the queue's key).
    @discardableResult
    public func grantConsumeMessages(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        try grants.consumeMessages(grantee)
    }

    /// Grants sending messages (and encrypting them with the queue's key).
    @discardableResult
    public func grantSendMessages(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        try grants.sendMessages(grantee)
    }

    /// Grants purging the queue.
    @discardableResult
    public func grantPurge(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        try grants.purge(grantee)
    }
}

extension SQS {
    /// The action lists of the queue grants, as the AWS CDK defines them.
    public enum Actions {
        /// Receiving, deleting and inspecting messages.
        public static let consume = ["sqs:ReceiveMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueUrl", "sqs:DeleteMessage", "sqs:GetQueueAttributes"]
        /// Sending messages.
        public static let send = ["sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"]
        /// Purging the queue.
        public static let purge = ["sqs:PurgeQueue", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"]
    }
}
