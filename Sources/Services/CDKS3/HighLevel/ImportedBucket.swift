import CDK
import CDKIAM
import CDKKMS

extension S3 {
    /// What is known of a bucket defined outside the app (the AWS CDK's `BucketAttributes`);
    /// at least its ARN or its name.
    public struct BucketAttributes: ConstructProps {
        /// The bucket's ARN.
        ///
        /// Default: `arn:<partition>:s3:::<bucketName>`.
        public var bucketArn: String?
        /// The bucket's name.
        ///
        /// Default: the resource of `bucketArn`.
        public var bucketName: String?
        /// The IPv4 domain name.
        ///
        /// Default: `<name>.s3.<url suffix of the region>`.
        public var bucketDomainName: String?
        /// The static website URL.
        ///
        /// Default: `http://<name>.<website endpoint of the region>`.
        public var bucketWebsiteUrl: String?
        /// The regional domain name.
        ///
        /// Default: `<name>.s3.<region>.<url suffix of the region>`.
        public var bucketRegionalDomainName: String?
        /// The IPv6 domain name.
        ///
        /// Default: `<name>.s3.dualstack.<region>.<url suffix of the region>`.
        public var bucketDualStackDomainName: String?
        /// Forces the website URL format: `true` for `s3-website.<region>`, `false` for
        /// `s3-website-<region>` (deprecated in the AWS CDK: give `region` instead).
        ///
        /// Default: the format of the region.
        public var bucketWebsiteNewUrlFormat: Bool?
        /// The key the bucket's objects are encrypted with.
        ///
        /// Default: no key.
        public var encryptionKey: (any KMS.KeyRef)?
        /// Whether the bucket is configured for static website hosting.
        ///
        /// Default: `false`.
        public var isWebsite: Bool?
        /// The bucket's account.
        ///
        /// Default: the account of the stack it is imported into.
        public var account: String?
        /// The bucket's region; features that need it (the website URL) depend on it.
        ///
        /// Default: the region of the stack it is imported into.
        public var region: String?
        /// The role the bucket-notifications handler runs with, for notifications added to the
        /// imported bucket.
        ///
        /// Default: a role created with the handler.
        public var notificationsHandlerRole: IAM.Role?

        /// No attribute yet (set at least `bucketArn` or `bucketName`).
        public init() {}
    }

    /// A bucket defined outside the app. Grants only change the grantee's policy; its bucket
    /// policy (if any) cannot be changed.
    final class ImportedBucket: BucketBase {
        /// How the website URL is made when it was not given.
        struct Website {
            let bucketName: String
            let region: String
            let urlSuffix: String
            let newUrlFormat: Bool?
        }

        private let website: Website?

        init(_ reserved: ConstructScope, account: String?, region: String?, attributes: Attributes, encryptionKey: (any KMS.KeyRef)?,
             website: Website?, notificationsHandlerRole: IAM.Role?) throws {
            self.website = website
            try super.init(reserved, account: account, region: region, attributes: { attributes }, encryptionKey: encryptionKey, autoCreatePolicy: false,
                           notificationsHandlerRole: notificationsHandlerRole)
        }

        /// `<name>.<website endpoint>`: the region's endpoint, the format asked for, or (for an
        /// unknown region of a stack whose region is a token) a lookup at deployment, whose
        /// mapping is added to the stack when the domain is first asked for.
        private lazy var websiteDomain: String = {
            guard let website else { return "" }
            let newEndpoint = "s3-website.\(website.region).\(website.urlSuffix)"
            if let newFormat = website.newUrlFormat {
                return "\(website.bucketName).\(newFormat ? newEndpoint : "s3-website-\(website.region).\(website.urlSuffix)")"
            }
            if let endpoint = RegionalFacts.websiteEndpoint(of: website.region) { return "\(website.bucketName).\(endpoint)" }
            do {
                return "\(website.bucketName).\(try RegionalFacts.websiteEndpoint(in: stack, default: newEndpoint))"
            } catch {
                return Lazy.string { throw error }
            }
        }()

        override var bucketWebsiteUrl: String { website == nil ? super.bucketWebsiteUrl : "http://\(websiteDomain)" }
        override var bucketWebsiteDomainName: String { website == nil ? super.bucketWebsiteDomainName : websiteDomain }

        override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKS3.S3.ImportedBucket") }
    }
}

extension S3.Bucket {
    /// A bucket defined outside the app, by name; its ARN is `arn:<partition>:s3:::<name>`.
    /// Legacy names (uppercase letters, underscores) are accepted.
    public static func fromBucketName(_ scope: Construct, _ id: String, bucketName: String) throws -> any S3.BucketRef {
        try fromBucketAttributes(scope, id) { $0.bucketName = bucketName }
    }

    /// A bucket defined outside the app, by ARN; its name is the ARN's resource.
    public static func fromBucketArn(_ scope: Construct, _ id: String, bucketArn: String) throws -> any S3.BucketRef {
        try fromBucketAttributes(scope, id) { $0.bucketArn = bucketArn }
    }

    /// A bucket defined outside the app, by what is known of it: domain names and URLs follow
    /// from its name and region (the region's domain suffix and website endpoint, or a lookup
    /// at deployment when the region is a token).
    public static func fromBucketAttributes(_ scope: Construct, _ id: String, _ attributes: S3.BucketAttributes = S3.BucketAttributes(),
                                            configure: (inout S3.BucketAttributes) throws -> Void = { _ in }) throws -> any S3.BucketRef {
        let attrs = try attributes.with(configure)
        let stack = try Stack.of(scope)
        let path = scope.node.path + "/" + id
        let region = attrs.region ?? stack.region
        let urlSuffix = S3.RegionalFacts.domainSuffix(of: region) ?? stack.urlSuffix
        guard let name = try attrs.bucketName ?? attrs.bucketArn.map(nameFromArn), !name.isEmpty else {
            throw CDKError(code: "BucketNameRequired", message: "Bucket name is required: set 'bucketName' or 'bucketArn'.", path: path)
        }
        let errors = bucketNameErrors(name, allowLegacyBucketNaming: true)
        if !errors.isEmpty {
            throw CDKError(code: "InvalidBucketNameValue", message: (["Invalid S3 bucket name (value: \(name))"] + errors).joined(separator: "\n"), path: path)
        }
        let this = try ConstructScope(scope, id)
        return try S3.ImportedBucket(this, account: attrs.account, region: attrs.region, attributes: .init(
            bucketArn: attrs.bucketArn ?? stack.formatArn(ArnComponents(service: "s3", resource: name, region: "", account: "")),
            bucketName: name,
            bucketDomainName: attrs.bucketDomainName ?? "\(name).s3.\(urlSuffix)",
            bucketDualStackDomainName: attrs.bucketDualStackDomainName ?? "\(name).s3.dualstack.\(region).\(urlSuffix)",
            bucketRegionalDomainName: attrs.bucketRegionalDomainName ?? "\(name).s3.\(region).\(urlSuffix)",
            bucketWebsiteUrl: attrs.bucketWebsiteUrl ?? "",
            bucketWebsiteDomainName: attrs.bucketWebsiteUrl.map { Fn.select(2, Fn.split("/", $0)) } ?? "",
            isWebsite: attrs.isWebsite ?? false),
            encryptionKey: attrs.encryptionKey,
            website: attrs.bucketWebsiteUrl == nil ? .init(bucketName: name, region: region, urlSuffix: urlSuffix, newUrlFormat: attrs.bucketWebsiteNewUrlFormat) : nil,
            notificationsHandlerRole: attrs.notificationsHandlerRole)
    }

    /// The bucket name in an ARN: its resource, or `Fn::Select` of the ARN for a token.
    private static func nameFromArn(_ arn: String) throws -> String {
        if Token.isUnresolved(arn) { return Fn.select(0, Fn.split("/", Fn.select(5, Fn.split(":", arn)))) }
        return try Arn.split(arn, format: .slashResourceName).resource
    }
}
