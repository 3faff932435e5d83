import CDK
import CDKIAM
import CDKKMS

extension SNS {
    /// The grants of a topic (the AWS CDK's `TopicGrants`), for a topic construct or for a
    /// `CfnTopic` of the app: SNS actions go to the grantee's policy, or to the topic policy
    /// when the grantee has none; key actions go to the topic's key.
    ///
    /// ```swift
    /// try SNS.TopicGrants.fromCfnTopic(cfnTopic).publish(IAM.ServicePrincipal("events.amazonaws.com"))
    /// ```
    public struct TopicGrants {
        private let grants: IAM.ResourceGrants

        /// The grants of `topic` (also ``TopicRef/grants``).
        public static func fromTopic(_ topic: any TopicRef) -> TopicGrants {
            TopicGrants(grants: IAM.ResourceGrants(resourceArns: [topic.topicArn], policyResource: topic) { grantee, actions in
                if let key = topic.masterKey { try key.grant(grantee, actions: actions) }
            })
        }

        /// The grants of `cfnTopic`: a resource policy goes to a `CfnTopicPolicy` created as its
        /// child `TopicPolicy`; when its `KmsMasterKeyId` refers to a `KMS.CfnKey` of the app,
        /// key actions go to the grantee's policy and to that key's policy, as in the AWS CDK.
        public static func fromCfnTopic(_ cfnTopic: CfnTopic) throws -> TopicGrants {
            let policy = try IAM.CfnResourceWithChildPolicy(cfnTopic, policyId: "TopicPolicy", document: \CfnTopicPolicy.policyDocument) {
                try CfnTopicPolicy($0, $1, policyDocument: ["Statement": []], topics: [cfnTopic.ref])
            }
            let key = try cfnTopic.kmsMasterKeyId.flatMap { try KMS.CfnKeyWithPolicy.of(keyId: $0) }
            return TopicGrants(grants: IAM.ResourceGrants(resourceArns: [cfnTopic.ref], policyResource: policy) { grantee, actions in
                try key?.grant(grantee, actions: actions)
            })
        }

        /// Grants `actions` on the topic (or on `resourceArns`), and `keyActions` on its key.
        @discardableResult
        public func actions(_ grantee: any IAM.Grantable, _ actions: [String], keyActions: [String] = [],
                            resourceArns: [String]? = nil) throws -> IAM.Grant {
            try grants.actions(grantee, actions, keyActions: keyActions, resourceArns: resourceArns)
        }

        /// Grants `sns:Publish` (and `kms:Decrypt`, `kms:GenerateDataKey*` on the key).
        @discardableResult
        public func publish(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
            try actions(grantee, ["sns:Publish"], keyActions: ["kms:Decrypt", "kms:GenerateDataKey*"])
        }

        /// Grants `sns:Subscribe`.
        @discardableResult
        public func subscribe(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
            try actions(grantee, ["sns:Subscribe"])
        }
    }
}

extension SNS.TopicRef {
    /// The grants of the topic (the AWS CDK's `topic.grants`).
    public var grants: SNS.TopicGrants { .fromTopic(self) }
}
