extension S3 {
    /// The action lists of the bucket grants, as the AWS CDK defines them (`aws-s3/lib/perms.ts`).
    public enum Actions {
        /// Reading objects and bucket metadata.
        public static let bucketRead = ["s3:GetObject*", "s3:GetBucket*", "s3:List*"]
        /// Reading bucket metadata only (the auto-delete handler's list permission).
        public static let bucketReadMetadata = ["s3:GetBucket*", "s3:List*"]
        /// Putting objects without changing their ACLs (the AWS CDK v2's `grantWriteWithoutAcl`
        /// behaviour, which v2 always has).
        public static let bucketPut = ["s3:PutObject", "s3:PutObjectLegalHold", "s3:PutObjectRetention",
                                       "s3:PutObjectTagging", "s3:PutObjectVersionTagging", "s3:Abort*"]
        /// Changing object ACLs (``BucketRef/grantPutAcl(_:objectsKeyPattern:)``).
        public static let bucketPutAcl = ["s3:PutObjectAcl", "s3:PutObjectVersionAcl"]
        /// Writing the bucket policy.
        public static let bucketPutPolicy = ["s3:PutBucketPolicy"]
        /// Deleting objects.
        public static let bucketDelete = ["s3:DeleteObject*"]
        /// Writing: deleting and putting objects.
        public static let bucketWrite = bucketDelete + bucketPut
        /// Key actions to read objects of a KMS-encrypted bucket.
        public static let keyRead = ["kms:Decrypt", "kms:DescribeKey"]
        /// Key actions to write objects of a KMS-encrypted bucket (decrypt for multipart uploads).
        public static let keyWrite = ["kms:Encrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Decrypt"]
    }
}
