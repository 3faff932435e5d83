import CDK
import CDKIAM

extension S3 {
    /// A bucket policy (`AWS::S3::BucketPolicy`). Buckets create one named `Policy` when a
    /// statement is first added to their resource policy.
    public final class BucketPolicy: Resource {
        /// The policy document; statements added later are included.
        public let document: IAM.PolicyDocument
        /// The bucket the policy applies to.
        public let bucket: any BucketRef
        /// The policy's CloudFormation resource.
        public let cfnBucketPolicy: CfnBucketPolicy

        /// A policy for `props.bucket`.
        public init(_ scope: Construct, _ id: String, _ props: BucketPolicyProps,
                    configure: (inout BucketPolicyProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure, for: scope, id)
            let this = try ConstructScope(scope, id)
            document = props.document ?? IAM.PolicyDocument()
            bucket = props.bucket
            cfnBucketPolicy = try CfnBucketPolicy(this, "Resource", bucket: bucket.bucketName, policyDocument: document.jsonValue)
            if let removalPolicy = props.removalPolicy { cfnBucketPolicy.applyRemovalPolicy(removalPolicy) }
            try super.init(this)
            node.addValidation { [unowned self] in self.document.validateForResourcePolicy() }
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKS3.S3.BucketPolicy") }
    }
}

extension S3 {
    /// The props of a ``BucketPolicy``.
    public struct BucketPolicyProps: ConstructProps {
        /// The bucket the policy applies to.
        public var bucket: any BucketRef
        /// The policy document.
        ///
        /// Default: an empty document (add statements to ``BucketPolicy/document``).
        public var document: IAM.PolicyDocument?
        /// What happens to the policy when it leaves the stack.
        ///
        /// Default: no policy (CloudFormation deletes it).
        public var removalPolicy: RemovalPolicy?

        /// Props of a policy for `bucket`.
        public init(bucket: any BucketRef) {
            self.bucket = bucket
        }
    }
}
