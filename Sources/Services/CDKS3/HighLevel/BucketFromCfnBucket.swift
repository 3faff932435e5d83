import CDK
import CDKKMS

extension S3 {
    /// A ``CfnBucket`` of the app seen as a bucket (``Bucket/fromCfnBucket(_:)``): attributes are
    /// its references, website and public-access settings are read from its properties when
    /// asked for, and its bucket policy is created on demand (`@FromCfnBucket/Policy`).
    final class CfnBucketAsBucket: BucketBase {
        let cfnBucket: CfnBucket

        init(_ reserved: ConstructScope, cfnBucket: CfnBucket, encryptionKey: (any KMS.KeyRef)?) throws {
            self.cfnBucket = cfnBucket
            try super.init(reserved, attributes: { .of(cfnBucket) }, encryptionKey: encryptionKey, autoCreatePolicy: true)
            node.defaultChild = cfnBucket
        }

        override var isWebsite: Bool { cfnBucket.websiteConfiguration != nil }
        override var blocksPublicPolicy: Bool { cfnBucket.publicAccessBlockConfiguration?.blockPublicPolicy == true }

        override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKS3.S3.CfnBucketAsBucket") }
    }
}

extension S3.Bucket {
    /// The bucket `cfnBucket` is (the AWS CDK's `Bucket.fromCfnBucket`), created once as its
    /// child `@FromCfnBucket`. Its key is found when the bucket's only encryption rule names a
    /// `KMS.CfnKey` of the app by reference; grants on that key change grantee policies only.
    public static func fromCfnBucket(_ cfnBucket: S3.CfnBucket) throws -> any S3.BucketRef {
        let id = "@FromCfnBucket"
        if let existing = cfnBucket.node.tryFindChild(id) as? S3.CfnBucketAsBucket { return existing }
        let key = try encryptionKey(of: cfnBucket)
        return try S3.CfnBucketAsBucket(try ConstructScope(cfnBucket, id), cfnBucket: cfnBucket, encryptionKey: key)
    }

    /// The key of `cfnBucket`'s single encryption rule, when its `KMSMasterKeyID` is a
    /// reference to a `KMS.CfnKey` of the app (imported as `@FromCfnKey` under that key).
    private static func encryptionKey(of cfnBucket: S3.CfnBucket) throws -> (any KMS.KeyRef)? {
        guard let rules = cfnBucket.bucketEncryption?.serverSideEncryptionConfiguration, rules.count == 1,
              let keyId = rules[0].serverSideEncryptionByDefault?.kmsMasterKeyId, Token.isUnresolved(keyId),
              let reference = Token.reverse(keyId) else { return nil }
        let keys = cfnBucket.node.root.node.findAll().compactMap { $0 as? KMS.CfnKey }
        guard let cfnKey = keys.first(where: { key in
            [key.attrArn, key.attrKeyId, key.ref].contains { Token.reverse($0) === reference }
        }) else { return nil }
        if let existing = cfnKey.node.tryFindChild("@FromCfnKey") as? any KMS.KeyRef { return existing }
        return try KMS.Key.fromKeyArn(cfnKey, "@FromCfnKey", keyArn: cfnKey.attrArn)
    }
}

extension S3.BucketBase.Attributes {
    /// The attributes of `cfnBucket`: its references (`Ref`, `Fn::GetAtt`), the website domain
    /// taken from its website URL.
    static func of(_ cfnBucket: S3.CfnBucket) -> Self {
        Self(bucketArn: cfnBucket.attrArn, bucketName: cfnBucket.ref, bucketDomainName: cfnBucket.attrDomainName,
             bucketDualStackDomainName: cfnBucket.attrDualStackDomainName, bucketRegionalDomainName: cfnBucket.attrRegionalDomainName,
             bucketWebsiteUrl: cfnBucket.attrWebsiteUrl, bucketWebsiteDomainName: Fn.select(2, Fn.split("/", cfnBucket.attrWebsiteUrl)))
    }
}
