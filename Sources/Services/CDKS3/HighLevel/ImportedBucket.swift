import CDK
import CDKIAM
import CDKKMS

extension S3 {
    /// A bucket defined outside the app. Grants only change the grantee's policy; its bucket
    /// policy (if any) cannot be changed.
    final class ImportedBucket: Resource, BucketRef {
        let bucketArn: String
        let bucketName: String
        let bucketDomainName: String
        let bucketRegionalDomainName: String
        let encryptionKey: (any KMS.KeyRef)?
        var blocksPublicPolicy: Bool { false }

        init(_ scope: Construct, _ id: String, bucketArn: String, bucketName: String, region: String?, account: String?,
             bucketDomainName: String?, bucketRegionalDomainName: String?, encryptionKey: (any KMS.KeyRef)?) throws {
            let stack = try Stack.of(scope)
            let region = region ?? stack.region
            let urlSuffix = S3.urlSuffix(region: region, stack: stack)
            self.bucketArn = bucketArn
            self.bucketName = bucketName
            self.bucketDomainName = bucketDomainName ?? "\(bucketName).s3.\(urlSuffix)"
            self.bucketRegionalDomainName = bucketRegionalDomainName ?? "\(bucketName).s3.\(region).\(urlSuffix)"
            self.encryptionKey = encryptionKey
            try super.init(scope, id, account: account, region: region)
        }

        func addToResourcePolicy(_ statement: IAM.PolicyStatement) throws -> IAM.AddToResourcePolicyResult {
            IAM.AddToResourcePolicyResult(statementAdded: false)
        }
    }

    /// The domain suffix of a region (`amazonaws.com`, `amazonaws.com.cn`), or the stack's
    /// `AWS::URLSuffix` when the region is not known.
    static func urlSuffix(region: String, stack: Stack) -> String {
        if Token.isUnresolved(region) { return stack.urlSuffix }
        return region.hasPrefix("cn-") ? "amazonaws.com.cn" : "amazonaws.com"
    }
}

extension S3.Bucket {
    /// A bucket defined outside the app, by name; its ARN is `arn:<partition>:s3:::<name>`.
    public static func fromBucketName(_ scope: Construct, _ id: String, bucketName: String) throws -> any S3.BucketRef {
        try fromBucketAttributes(scope, id, bucketName: bucketName)
    }

    /// A bucket defined outside the app, by ARN; its name is the ARN's resource.
    public static func fromBucketArn(_ scope: Construct, _ id: String, bucketArn: String) throws -> any S3.BucketRef {
        try fromBucketAttributes(scope, id, bucketArn: bucketArn)
    }

    /// A bucket defined outside the app, by name and/or ARN and optional attributes.
    public static func fromBucketAttributes(
        _ scope: Construct, _ id: String,
        bucketArn: String? = nil, bucketName: String? = nil,
        region: String? = nil, account: String? = nil,
        bucketDomainName: String? = nil, bucketRegionalDomainName: String? = nil,
        encryptionKey: (any KMS.KeyRef)? = nil
    ) throws -> any S3.BucketRef {
        let stack = try Stack.of(scope)
        let path = scope.node.path + "/" + id
        var name = bucketName
        if name == nil, let bucketArn {
            name = Token.isUnresolved(bucketArn)
                ? Fn.select(0, Fn.split("/", Fn.select(5, Fn.split(":", bucketArn))))
                : try Arn.split(bucketArn, format: .slashResourceName).resource
        }
        guard let name else {
            throw CDKError(code: "BucketNameRequired", message: "Bucket name is required", path: path)
        }
        let arn = bucketArn ?? stack.formatArn(ArnComponents(service: "s3", resource: name, region: "", account: ""))
        if !Token.isUnresolved(name) {
            let errors = S3.Bucket.bucketNameErrors(name, allowLegacyBucketNaming: true)
            if !errors.isEmpty {
                throw CDKError(code: "InvalidBucketNameValue", message: (["Invalid S3 bucket name (value: \(name))"] + errors).joined(separator: "\n"), path: path)
            }
        }
        return try S3.ImportedBucket(scope, id, bucketArn: arn, bucketName: name, region: region, account: account,
                                     bucketDomainName: bucketDomainName, bucketRegionalDomainName: bucketRegionalDomainName,
                                     encryptionKey: encryptionKey)
    }
}
