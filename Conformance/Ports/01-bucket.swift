import CDK
import CDKS3

/// Port of ../shared/conformance/01-bucket/app.py: one stack, one secure bucket, an output.
enum SecureBucket {
    static func synthesize(to outdir: String) throws {
        let app = try App(outdir: outdir)
        let stack = try Stack(app, "BucketStack")
        let bucket = try S3.Bucket(
            stack, "Data",
            versioned: true,
            encryption: .s3Managed,
            blockPublicAccess: .blockAll,
            enforceSSL: true,
            lifecycleRules: [S3.LifecycleRule(noncurrentVersionExpiration: .days(30))])
        _ = try CfnOutput(stack, "BucketName", value: bucket.bucketName)
        try app.synth()
    }
}
