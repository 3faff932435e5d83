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
        private let topicArn: String
        private let policyResource: any IAM.ResourceWithPolicy
        private let grantOnKey: (any IAM.Grantable, [String]) throws -> Void

        /// The grants of `topic` (also ``TopicRef/grants``).
        public static func fromTopic(_ topic: any TopicRef) -> TopicGrants {
            TopicGrants(topicArn: topic.topicArn, policyResource: topic) { grantee, actions in
                if let key = topic.masterKey { try key.grant(grantee, actions: actions) }
            }
        }

        /// The grants of `cfnTopic`: a resource policy goes to a `CfnTopicPolicy` created as its
        /// child `TopicPolicy`; when its `KmsMasterKeyId` refers to a `KMS.CfnKey` of the app,
        /// key actions go to the grantee's policy and to that key's policy, as in the AWS CDK.
        public static func fromCfnTopic(_ cfnTopic: CfnTopic) throws -> TopicGrants {
            let policy = try CfnTopicWithPolicy(cfnTopic)
            let key = try cfnTopic.kmsMasterKeyId.flatMap { try CfnKeyWithPolicy.of(keyId: $0, in: cfnTopic) }
            return TopicGrants(topicArn: cfnTopic.ref, policyResource: policy) { grantee, actions in
                guard let key else { return }
                _ = try IAM.Grant.addToPrincipalAndResource(grantee: grantee, actions: actions, resourceArns: [key.cfnKey.attrArn],
                                                            resourceSelfArns: ["*"], resource: key)
            }
        }

        /// Grants `actions` on the topic (or on `resourceArns`), and `keyActions` on its key.
        @discardableResult
        public func actions(_ grantee: any IAM.Grantable, _ actions: [String], keyActions: [String] = [],
                            resourceArns: [String]? = nil) throws -> IAM.Grant {
            let grant = try IAM.Grant.addToPrincipalOrResource(grantee: grantee, actions: actions, resourceArns: resourceArns ?? [topicArn],
                                                               resource: policyResource)
            if !keyActions.isEmpty { try grantOnKey(grantee, keyActions) }
            return grant
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

    /// A policy document given as JSON, with `statement` appended (and the policy version).
    fileprivate static func appending(_ statement: IAM.PolicyStatement, to document: JSONValue?) -> JSONValue {
        var statements: [JSONValue] = []
        if case .array(let existing)? = document?["Statement"] { statements = existing }
        statements.append(statement.toStatementJSON())
        return ["Statement": .array(statements), "Version": "2012-10-17"]
    }

    /// A `CfnTopic` as a resource with a policy: its `CfnTopicPolicy` child `TopicPolicy`.
    private final class CfnTopicWithPolicy: IAM.ResourceWithPolicy {
        let cfnTopic: CfnTopic
        let stack: Stack
        var environment: ResourceEnvironment { ResourceEnvironment(account: stack.account, region: stack.region) }

        init(_ cfnTopic: CfnTopic) throws {
            self.cfnTopic = cfnTopic
            stack = try Stack.of(cfnTopic)
        }

        func addToResourcePolicy(_ statement: IAM.PolicyStatement) throws -> IAM.AddToResourcePolicyResult {
            let policy = try cfnTopic.node.tryFindChild("TopicPolicy") as? CfnTopicPolicy
                ?? CfnTopicPolicy(cfnTopic, "TopicPolicy", policyDocument: ["Statement": []], topics: [cfnTopic.ref])
            policy.policyDocument = SNS.appending(statement, to: policy.policyDocument)
            return IAM.AddToResourcePolicyResult(statementAdded: true, policyDependable: policy)
        }
    }

    /// A `KMS.CfnKey` of the app as a resource with a policy: statements go to its key policy
    /// (none when the key policy is a token, as in the AWS CDK).
    private final class CfnKeyWithPolicy: IAM.ResourceWithPolicy {
        let cfnKey: KMS.CfnKey
        let stack: Stack
        var environment: ResourceEnvironment { ResourceEnvironment(account: stack.account, region: stack.region) }

        init(_ cfnKey: KMS.CfnKey) throws {
            self.cfnKey = cfnKey
            stack = try Stack.of(cfnKey)
        }

        /// The key `keyId` refers to (its ARN, id or reference), if it is a `CfnKey` of the app.
        static func of(keyId: String, in construct: Construct) throws -> CfnKeyWithPolicy? {
            guard Token.isUnresolved(keyId), let reference = Token.reverse(keyId) else { return nil }
            let key = construct.node.root.node.findAll().compactMap { $0 as? KMS.CfnKey }.first { key in
                [key.attrArn, key.attrKeyId, key.ref].contains { Token.reverse($0) === reference }
            }
            return try key.map(CfnKeyWithPolicy.init)
        }

        func addToResourcePolicy(_ statement: IAM.PolicyStatement) throws -> IAM.AddToResourcePolicyResult {
            // A key construct's policy is a token (its document): it is left alone, as in the AWS CDK.
            if case .string(let text)? = cfnKey.keyPolicy, Token.isUnresolved(text) {
                return IAM.AddToResourcePolicyResult(statementAdded: false)
            }
            cfnKey.keyPolicy = SNS.appending(statement, to: cfnKey.keyPolicy)
            return IAM.AddToResourcePolicyResult(statementAdded: true, policyDependable: cfnKey)
        }
    }
}

extension SNS.TopicRef {
    /// The grants of the topic (the AWS CDK's `topic.grants`).
    public var grants: SNS.TopicGrants { .fromTopic(self) }
}
