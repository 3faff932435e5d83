import CDK
import CDKIAM

extension SNS {
    /// The policy of one or more topics (`AWS::SNS::TopicPolicy`); statements get the Sids
    /// `"0"`, `"1"`, ... as in the AWS CDK. A topic creates one, named `Policy`, on first use.
    public final class TopicPolicy: Resource {
        /// The policy document; statements added later are included.
        public let document: IAM.PolicyDocument
        private var resource: CfnTopicPolicy!

        /// A policy for `topics`; `enforceSSL` denies publishing without TLS.
        public init(_ scope: Construct, _ id: String, topics: [any TopicRef], policyDocument: IAM.PolicyDocument? = nil,
                    enforceSSL: Bool = false) throws {
            document = policyDocument ?? IAM.PolicyDocument(assignSids: true)
            try super.init(scope, id)
            if enforceSSL {
                for topic in topics { document.addStatements(TopicPolicy.sslStatement(topic.topicArn)) }
            }
            resource = try CfnTopicPolicy(self, "Resource", policyDocument: document.jsonValue, topics: topics.map(\.topicArn))
        }

        /// The policy's CloudFormation resource.
        public var cfnTopicPolicy: CfnTopicPolicy { resource }

        /// The statement that denies `sns:Publish` without TLS.
        static func sslStatement(_ topicArn: String) -> IAM.PolicyStatement {
            IAM.PolicyStatement(effect: .deny, actions: ["sns:Publish"], resources: [topicArn], principals: [IAM.StarPrincipal()],
                                conditions: ["Bool": ["aws:SecureTransport": "false"]], sid: "AllowPublishThroughSSLOnly")
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKSNS.SNS.TopicPolicy") }
    }
}
