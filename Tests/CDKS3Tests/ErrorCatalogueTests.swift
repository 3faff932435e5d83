import CDK
import CDKAssertions
import CDKIAM
import CDKS3
import ErrorCatalogueSupport
import Testing

/// The S3 part of the error catalogue: durations of lifecycle rules, tiering and object lock,
/// and tags.
@Suite struct S3ErrorCatalogue {
    static func bucket(_ configure: @escaping @Sendable (inout S3.BucketProps) throws -> Void) -> @Sendable () throws -> Void {
        { _ = try synthesizedBucket(configure) }
    }

    static let cases: [BadInput] = [
        BadInput("lifecycle expiration of 0 days", path: "S/Bucket", mentions: ["expiration must be at least 1 day", "0 days"],
                 bucket { $0.lifecycleRules = [.init(expiration: .days(0))] }),
        BadInput("noncurrent version expiration of 0 days", path: "S/Bucket", mentions: ["noncurrentVersionExpiration must be at least 1 day"],
                 bucket { $0.lifecycleRules = [.init(noncurrentVersionExpiration: .days(0))] }),
        BadInput("lifecycle expiration NaN days", path: "S/Bucket", mentions: ["lifecycleRules", "NaN"],
                 bucket { $0.lifecycleRules = [.init(expiration: .days(.nan))] }),
        BadInput("lifecycle expiration infinite", path: "S/Bucket", mentions: ["lifecycleRules", "Infinity"],
                 bucket { $0.lifecycleRules = [.init(expiration: .days(.infinity))] }),
        BadInput("lifecycle expiration of 36 hours", path: "S/Bucket", mentions: ["lifecycleRules", "'36 hours'", "whole number of days"],
                 bucket { $0.lifecycleRules = [.init(expiration: .hours(36))] }),
        BadInput("lifecycle transition after negative days", path: "S/Bucket", mentions: ["lifecycleRules", "negative"],
                 bucket { $0.lifecycleRules = [.init(transitions: [.init(storageClass: .glacier, transitionAfter: .days(-30))])] }),
        BadInput("lifecycle abort of multipart uploads NaN", path: "S/Bucket", mentions: ["lifecycleRules", "NaN"],
                 bucket { $0.lifecycleRules = [.init(abortIncompleteMultipartUploadAfter: .days(.nan))] }),
        BadInput("lifecycle noncurrent expiration -infinity", path: "S/Bucket", mentions: ["lifecycleRules", "-Infinity"],
                 bucket { $0.lifecycleRules = [.init(noncurrentVersionExpiration: .days(-.infinity))] }),
        BadInput("intelligent tiering archive time NaN", path: "S/Bucket", mentions: ["intelligentTieringConfigurations", "NaN"],
                 bucket { $0.intelligentTieringConfigurations = [.init(name: "T", archiveAccessTierTime: .days(.nan))] }),
        BadInput("object lock retention NaN", path: "S/Bucket", mentions: ["NaN"],
                 bucket { $0.objectLockDefaultRetention = try .governance(.days(.nan)) }),
        BadInput("object lock retention of 200 years", path: "S/Bucket", mentions: ["100 years"],
                 bucket { $0.objectLockDefaultRetention = try .compliance(.days(365 * 200)) }),
        BadInput("bucket name with capitals", path: "S/Bucket", mentions: ["MyBucket"],
                 bucket { $0.bucketName = "MyBucket" }),
        BadInput("bucket tagged with an aws: key", path: "S/Bucket/Resource", mentions: ["'aws:team'"]) {
            let (app, stack) = try appWithStack()
            let bucket = try S3.Bucket(stack, "Bucket")
            bucket.cfnBucket.tags?.setTag("aws:team", "data")
            try app.synth()
        },
        BadInput("write grant with the removed v1 ACL flag", path: "S/Bucket", mentions: ["@aws-cdk/aws-s3:grantWriteWithoutAcl", "cdk.json"]) {
            let stack = try Stack(try App(context: ["@aws-cdk/aws-s3:grantWriteWithoutAcl": true], environment: [:]), "S")
            let bucket = try S3.Bucket(stack, "Bucket")
            try bucket.grantWrite(IAM.AccountRootPrincipal())
        },
        BadInput("lifecycle delete marker with an empty tag filter list", path: "S/Bucket", mentions: ["ExpiredObjectDeleteMarker", "TagFilters"],
                 bucket { $0.lifecycleRules = [.init(expiredObjectDeleteMarker: true, tagFilters: [:])] }),
        BadInput("bucket policy from an L1 whose document is a token", path: "S/Policy", mentions: ["PolicyDocument", "literal policy document"]) {
            let (_, stack) = try appWithStack()
            let document = IAM.PolicyDocument(statements: [IAM.PolicyStatement(actions: ["s3:*"], principals: [IAM.AnyPrincipal()])])
            let cfnPolicy = try S3.CfnBucketPolicy(stack, "Policy", bucket: "b", policyDocument: document.jsonValue)
            _ = try S3.BucketPolicy.fromCfnBucketPolicy(cfnPolicy)
        },
    ]

    @Test(arguments: cases) func rejected(_ input: BadInput) throws { try input.check() }

    @Test func boundaryDurationsPassAndLint() throws {
        let (_, stack) = try appWithStack()
        _ = try S3.Bucket(stack, "Bucket") {
            $0.lifecycleRules = [.init(abortIncompleteMultipartUploadAfter: .days(1), expiration: .hours(48),
                                       transitions: [.init(storageClass: .glacier, transitionAfter: .days(0))])]
            $0.intelligentTieringConfigurations = [.init(name: "T", archiveAccessTierTime: .days(90))]
        }
        try lint(stack)
    }

    /// Synthesizes a bucket changed by `configure`.
    static func synthesizedBucket(_ configure: (inout S3.BucketProps) throws -> Void) throws -> CloudAssembly {
        let (app, stack) = try appWithStack()
        _ = try S3.Bucket(stack, "Bucket", configure: configure)
        return try app.synth()
    }

    @Test func extremeLifecycleDurationsNeverTrap() throws {
        var inputs = FuzzedInputs()
        for duration in extremeDurations {
            inputs.expectAcceptedOrAttributed("\(duration)") {
                try Self.synthesizedBucket { $0.lifecycleRules = [.init(abortIncompleteMultipartUploadAfter: duration, expiration: duration)] }
            }
            inputs.expectAcceptedOrAttributed("object lock \(duration)") {
                try Self.synthesizedBucket { $0.objectLockDefaultRetention = try .governance(duration) }
            }
        }
        try inputs.lintAccepted()
    }
}
