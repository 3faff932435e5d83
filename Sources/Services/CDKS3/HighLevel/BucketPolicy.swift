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
        private var resource: CfnBucketPolicy!

        /// A policy for `bucket`.
        public init(_ scope: Construct, _ id: String, bucket: any BucketRef, document: IAM.PolicyDocument? = nil,
                    removalPolicy: RemovalPolicy? = nil) throws {
            self.document = document ?? IAM.PolicyDocument()
            self.bucket = bucket
            try super.init(scope, id)
            resource = try CfnBucketPolicy(self, "Resource", bucket: bucket.bucketName, policyDocument: self.document.jsonValue)
            if let removalPolicy { resource.applyRemovalPolicy(removalPolicy) }
            node.addValidation { [unowned self] in self.document.validateForResourcePolicy() }
        }

        /// The policy's CloudFormation resource.
        public var cfnBucketPolicy: CfnBucketPolicy { resource }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKS3.S3.BucketPolicy") }
    }
}
