import CDK
import CDKIAM
import CDKKMS

extension SQS {
    /// The grants of a queue (the AWS CDK's `QueueGrants`), for a queue construct or for a
    /// `CfnQueue` of the app: SQS actions go to the grantee's policy, or to the queue policy when
    /// the grantee has none; key actions go to the queue's key.
    ///
    /// ```swift
    /// try SQS.QueueGrants.fromCfnQueue(cfnQueue).sendMessages(IAM.ServicePrincipal("events.amazonaws.com"))
    /// try queue.grants.consumeMessages(fn)
    /// ```
    public struct QueueGrants {
        private let grants: IAM.ResourceGrants

        /// The grants of `queue` (also ``QueueRef/grants``): key actions go to its
        /// `encryptionMasterKey`, if it has one.
        public static func fromQueue(_ queue: any QueueRef) -> QueueGrants {
            QueueGrants(grants: IAM.ResourceGrants(resourceArns: [queue.queueArn], policyResource: queue) { grantee, actions in
                if let key = queue.encryptionMasterKey { try key.grant(grantee, actions: actions) }
            })
        }

        /// The grants of `cfnQueue`: a resource policy goes to a `CfnQueuePolicy` created as its
        /// child `QueuePolicy`; when its `KmsMasterKeyId` refers to a `KMS.CfnKey` of the app (by
        /// its reference, key id or ARN), key actions go to the grantee's policy and to that key's
        /// policy, as in the AWS CDK. Any other key (an alias, a literal ARN) gets no grant.
        public static func fromCfnQueue(_ cfnQueue: CfnQueue) throws -> QueueGrants {
            let policy = try IAM.CfnResourceWithChildPolicy(cfnQueue, policyId: "QueuePolicy", document: \CfnQueuePolicy.policyDocument) {
                try CfnQueuePolicy($0, $1, policyDocument: ["Statement": []], queues: [cfnQueue.ref])
            }
            let key = try cfnQueue.kmsMasterKeyId.flatMap { try KMS.CfnKeyWithPolicy.of(keyId: $0) }
            return QueueGrants(grants: IAM.ResourceGrants(resourceArns: [cfnQueue.attrArn], policyResource: policy) { grantee, actions in
                try key?.grant(grantee, actions: actions)
            })
        }

        /// Grants `actions` on the queue (or on `resourceArns`), and `keyActions` on its key.
        @discardableResult
        public func actions(_ grantee: any IAM.Grantable, _ actions: [String], keyActions: [String] = [],
                            resourceArns: [String]? = nil) throws -> IAM.Grant {
            try grants.actions(grantee, actions, keyActions: keyActions, resourceArns: resourceArns)
        }

        /// Grants receiving and deleting messages (``Actions/consume``), and `kms:Decrypt` on the key.
        @discardableResult
        public func consumeMessages(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
            try actions(grantee, Actions.consume, keyActions: KMS.Actions.decrypt)
        }

        /// Grants sending messages (``Actions/send``), and `kms:Decrypt`, `kms:Encrypt`,
        /// `kms:ReEncrypt*`, `kms:GenerateDataKey*` on the key.
        @discardableResult
        public func sendMessages(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
            try actions(grantee, Actions.send, keyActions: KMS.Actions.decrypt + KMS.Actions.encrypt)
        }

        /// Grants purging the queue (``Actions/purge``); no key actions.
        @discardableResult
        public func purge(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
            try actions(grantee, Actions.purge)
        }
    }
}

extension SQS.QueueRef {
    /// The grants of the queue (the AWS CDK's `queue.grants`).
    public var grants: SQS.QueueGrants { .fromQueue(self) }
}
