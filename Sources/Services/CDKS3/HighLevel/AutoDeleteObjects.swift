import CDK
import CDKIAM

extension S3 {
    /// Empties a bucket when it is deleted (the AWS CDK's `autoDeleteObjects`): a
    /// `Custom::S3AutoDeleteObjects` resource under the bucket (`AutoDeleteObjectsCustomResource`),
    /// served by the stack's provider `Custom::S3AutoDeleteObjectsCustomResourceProvider`, whose
    /// handler (Handlers/s3-auto-delete-objects, swift-cdk's own) deletes every object version
    /// when the resource is deleted. The bucket gets the tag `aws-cdk:auto-delete-objects: true`
    /// (the handler empties only tagged buckets) and a bucket policy statement that lets the
    /// handler's role read, list and delete its objects and write its policy.
    enum AutoDeleteObjects {
        /// The custom resource type, and the provider's unique id.
        static let resourceType = "Custom::S3AutoDeleteObjects"
        /// The tag the handler looks for before it empties a bucket.
        static let tag = "aws-cdk:auto-delete-objects"
        /// The construct id of the custom resource under the bucket.
        static let resourceId = "AutoDeleteObjectsCustomResource"

        /// Makes `bucket` empty itself when it is deleted; the bucket must be destroyed on removal
        /// (checked at synthesis). Attaching twice returns the resource of the first time.
        @discardableResult
        static func attach(to bucket: Bucket) throws -> CustomResource {
            if let existing = bucket.node.tryFindChild(resourceId) as? CustomResource { return existing }
            let cfnBucket = bucket.cfnBucket
            cfnBucket.node.addValidation { [unowned cfnBucket] in
                cfnBucket.cfnOptions.deletionPolicy == .delete ? []
                    : ["Cannot use 'AutoDeleteObjects' on a Bucket without setting removal policy to 'DESTROY'."]
            }
            let provider = try CustomResourceProvider.getOrCreate(bucket, uniqueId: resourceType, props: .init(
                code: .files(["index.js": autoDeleteObjectsHandlerSource]),
                runtime: .latestNodejs,
                description: "Lambda function for auto-deleting objects in \(bucket.bucketName) S3 bucket.",
                useCfnResponseWrapper: false,
                marksLibraryHandler: true))
            let result = try bucket.addToResourcePolicy(IAM.PolicyStatement(
                actions: ["s3:PutBucketPolicy"] + ["s3:GetBucket*", "s3:List*"] + Actions.bucketDelete,
                resources: [bucket.bucketArn, bucket.arnForObjects("*")],
                principals: [IAM.ArnPrincipal(provider.roleArn)]))
            let resource = try CustomResource(bucket, resourceId, serviceToken: provider.serviceToken,
                                              resourceType: resourceType,
                                              properties: ["BucketName": .string(bucket.bucketName)])
            if let policy = result.policyDependable { resource.node.addDependency(policy) }
            try Tags.of(cfnBucket).add(tag, "true")
            return resource
        }
    }
}
