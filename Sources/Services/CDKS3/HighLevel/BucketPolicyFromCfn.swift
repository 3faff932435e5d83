import CDK
import CDKIAM

extension S3.BucketPolicy {
    /// A bucket policy built from `cfnBucketPolicy` (the AWS CDK's
    /// `BucketPolicy.fromCfnBucketPolicy`), created once as its child `@FromCfnBucketPolicy`:
    /// its document is the L1's `PolicyDocument` read by ``IAM/PolicyDocument/fromJson(_:)``, and
    /// statements added to it later are written too. As in the AWS CDK, it is a second
    /// `AWS::S3::BucketPolicy` beside the L1, which is left as it is.
    ///
    /// Its bucket is the ``S3/Bucket/fromCfnBucket(_:)`` of the `CfnBucket` the L1's `Bucket`
    /// refers to, or else a bucket imported by that name (child `@FromCfnBucket` of the L1); the
    /// bucket's ``S3/BucketRef/policy`` becomes this policy, so its grants add to it.
    /// Throws when the L1's document is not literal JSON (a token) or has a statement of an
    /// unsupported shape.
    public static func fromCfnBucketPolicy(_ cfnBucketPolicy: S3.CfnBucketPolicy) throws -> S3.BucketPolicy {
        let id = "@FromCfnBucketPolicy"
        if let existing = cfnBucketPolicy.node.tryFindChild(id) as? S3.BucketPolicy { return existing }
        let document: IAM.PolicyDocument
        do {
            document = try IAM.PolicyDocument.fromJson(cfnBucketPolicy.policyDocument)
        } catch let error as CDKError {
            throw CDKError(code: error.code,
                           message: "The PolicyDocument of this CfnBucketPolicy cannot be read as JSON: \(error.message) BucketPolicy.fromCfnBucketPolicy needs a literal policy document.",
                           path: cfnBucketPolicy.node.path)
        }
        let bucket = try bucket(of: cfnBucketPolicy)
        let policy = try S3.BucketPolicy(cfnBucketPolicy, id, .init(bucket: bucket)) { $0.document = document }
        (bucket as? S3.BucketBase)?.policy = policy
        return policy
    }

    /// The bucket `cfnBucketPolicy` names: a `CfnBucket` of the app its `Bucket` refers to (by
    /// `Ref` or `Fn::GetAtt`), or a bucket imported by name.
    private static func bucket(of cfnBucketPolicy: S3.CfnBucketPolicy) throws -> any S3.BucketRef {
        let name = cfnBucketPolicy.bucket
        if let cfnBucket = (Token.reverse(name) as? CfnReference)?.target as? S3.CfnBucket {
            return try S3.Bucket.fromCfnBucket(cfnBucket)
        }
        return try S3.Bucket.fromBucketName(cfnBucketPolicy, "@FromCfnBucket", bucketName: name)
    }
}
