import CDK
import CDKS3

/// Port of ../shared/conformance/01-bucket/app.py: one stack, one secure bucket, an output.
enum SecureBucket {
    static func synthesize(to outdir: String) throws {
        let app = try App(outdir: outdir)
        let stack = try Stack(app, "BucketStack")
        let bucket = try S3.Bucket(stack, "Data") {
            $0.versioned = true
            $0.encryption = .s3Managed
            $0.blockPublicAccess = .blockAll
            $0.enforceSSL = true
            $0.lifecycleRules = [S3.LifecycleRule(noncurrentVersionExpiration: .days(30))]
        }
        _ = try CfnOutput(stack, "BucketName", value: bucket.bucketName)
        try app.synth()
    }
}
