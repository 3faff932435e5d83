import CDK
import CDKIAM
import CDKKMS

extension S3 {
    /// A bucket, defined in the app (`S3.Bucket`) or imported (the AWS CDK's `IBucket`).
    public protocol BucketRef: IAM.ResourceWithPolicy {
        /// The bucket's ARN.
        var bucketArn: String { get }
        /// The bucket's name.
        var bucketName: String { get }
        /// The IPv4 domain name (`<name>.s3.amazonaws.com`).
        var bucketDomainName: String { get }
        /// The regional domain name (`<name>.s3.<region>.amazonaws.com`).
        var bucketRegionalDomainName: String { get }
        /// The key objects are encrypted with, if it is a customer managed KMS key.
        var encryptionKey: (any KMS.KeyRef)? { get }
        /// Whether the bucket blocks public bucket policies (so public grants are refused).
        var blocksPublicPolicy: Bool { get }
    }
}

extension S3.BucketRef {
    /// The ARN of the objects whose keys match `keyPattern` (`"*"` for all of them).
    public func arnForObjects(_ keyPattern: String) -> String { "\(bucketArn)/\(keyPattern)" }

    /// The HTTPS URL of an object (or of the bucket with no key), path-style, in the bucket's region.
    public func urlForObject(_ key: String? = nil) -> String {
        let prefix = "https://s3.\(environment.region).\(stack.urlSuffix)/"
        return S3.urlJoin([prefix, bucketName] + (key.map { [$0] } ?? []))
    }

    /// The `s3://bucket/key` URL of an object (or of the bucket with no key).
    public func s3UrlForObject(_ key: String? = nil) -> String {
        S3.urlJoin(["s3://", bucketName] + (key.map { [$0] } ?? []))
    }

    /// Grants reading objects matching `objectsKeyPattern` and listing the bucket (and decrypting with its key).
    @discardableResult
    public func grantRead(_ grantee: any IAM.Grantable, objectsKeyPattern: String = "*") throws -> IAM.Grant {
        try grantActions(grantee, S3.Actions.bucketRead + S3.Actions.keyRead, resources: [bucketArn, arnForObjects(objectsKeyPattern)])
    }

    /// Grants writing and deleting objects matching `objectsKeyPattern` (and encrypting with its key);
    /// `allowedActionPatterns` replaces the S3 actions when given.
    @discardableResult
    public func grantWrite(_ grantee: any IAM.Grantable, objectsKeyPattern: String = "*", allowedActionPatterns: [String] = []) throws -> IAM.Grant {
        let actions = allowedActionPatterns.isEmpty ? S3.Actions.bucketWrite : allowedActionPatterns
        return try grantActions(grantee, actions + S3.Actions.keyWrite, resources: [bucketArn, arnForObjects(objectsKeyPattern)])
    }

    /// Grants putting objects matching `objectsKeyPattern` (and encrypting with its key).
    @discardableResult
    public func grantPut(_ grantee: any IAM.Grantable, objectsKeyPattern: String = "*") throws -> IAM.Grant {
        try grantActions(grantee, S3.Actions.bucketPut + S3.Actions.keyWrite, resources: [arnForObjects(objectsKeyPattern)])
    }

    /// Grants deleting objects matching `objectsKeyPattern`.
    @discardableResult
    public func grantDelete(_ grantee: any IAM.Grantable, objectsKeyPattern: String = "*") throws -> IAM.Grant {
        try grantActions(grantee, S3.Actions.bucketDelete, resources: [arnForObjects(objectsKeyPattern)])
    }

    /// Grants reading, writing and deleting objects matching `objectsKeyPattern` (and using its key).
    @discardableResult
    public func grantReadWrite(_ grantee: any IAM.Grantable, objectsKeyPattern: String = "*") throws -> IAM.Grant {
        var keyActions: [String] = []
        for action in S3.Actions.keyRead + S3.Actions.keyWrite where !keyActions.contains(action) { keyActions.append(action) }
        return try grantActions(grantee, S3.Actions.bucketRead + S3.Actions.bucketWrite + keyActions,
                                resources: [bucketArn, arnForObjects(objectsKeyPattern)])
    }

    /// Makes objects matching `keyPrefix` public: a bucket policy statement for everyone with
    /// `allowedActions` (default `s3:GetObject`). Fails when the bucket blocks public policies.
    @discardableResult
    public func grantPublicAccess(_ keyPrefix: String = "*", allowedActions: [String] = []) throws -> IAM.Grant {
        if blocksPublicPolicy {
            throw CDKError(code: "CannotGrantPublicAccessWhenBlockPublicPolicyEnabled",
                           message: "Cannot grant public access when 'blockPublicPolicy' is enabled",
                           path: (self as? Construct)?.node.path)
        }
        return try grantActions(IAM.AnyPrincipal(), allowedActions.isEmpty ? ["s3:GetObject"] : allowedActions,
                                resources: [arnForObjects(keyPrefix)])
    }

    /// Grants `actions` on `resources`: the S3 actions in the grantee's policy (and in the bucket
    /// policy for other accounts), the `kms:` actions on the bucket's key if it has one.
    func grantActions(_ grantee: any IAM.Grantable, _ actions: [String], resources: [String]) throws -> IAM.Grant {
        let keyActions = actions.filter { $0.hasPrefix("kms:") }
        let bucketActions = actions.filter { !$0.hasPrefix("kms:") }
        let grant = try IAM.Grant.addToPrincipalOrResource(grantee: grantee, actions: bucketActions, resourceArns: resources, resource: self)
        if !keyActions.isEmpty, let encryptionKey {
            try encryptionKey.grant(grantee, actions: keyActions)
        }
        return grant
    }
}

extension S3 {
    /// Joins URL parts with single slashes, as the AWS CDK's `urlJoin`.
    static func urlJoin(_ components: [String]) -> String {
        guard var result = components.first else { return "" }
        for var component in components.dropFirst() {
            if result.hasSuffix("/") { result.removeLast() }
            if component.hasPrefix("/") { component.removeFirst() }
            result = "\(result)/\(component)"
        }
        return result
    }
}
