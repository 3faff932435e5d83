import CDK
import CDKIAM

extension SNS {
    /// The policy of one or more topics (`AWS::SNS::TopicPolicy`); statements get the Sids
    /// `"0"`, `"1"`, ... as in the AWS CDK. A topic creates one, named `Policy`, on first use.
    public final class TopicPolicy: Resource {
        /// The policy document; statements added later are included.
        public let document: IAM.PolicyDocument
        /// The policy's CloudFormation resource.
        public let cfnTopicPolicy: CfnTopicPolicy

        /// A policy for `props.topics`.
        public init(_ scope: Construct, _ id: String, _ props: TopicPolicyProps,
                    configure: (inout TopicPolicyProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            document = props.policyDocument ?? IAM.PolicyDocument(assignSids: true)
            if props.enforceSSL {
                for topic in props.topics { document.addStatements(TopicPolicy.sslStatement(topic.topicArn)) }
            }
            cfnTopicPolicy = try CfnTopicPolicy(this, "Resource", policyDocument: document.jsonValue, topics: props.topics.map(\.topicArn))
            try super.init(this)
        }

        /// The statement that denies `sns:Publish` without TLS.
        static func sslStatement(_ topicArn: String) -> IAM.PolicyStatement {
            IAM.PolicyStatement(effect: .deny, actions: ["sns:Publish"], resources: [topicArn], principals: [IAM.StarPrincipal()],
                                conditions: ["Bool": ["aws:SecureTransport": "false"]], sid: "AllowPublishThroughSSLOnly")
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKSNS.SNS.TopicPolicy") }
    }
}
