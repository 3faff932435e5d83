import CDK
import CDKKMS
import CDKS3

extension Lambda {
    /// The code of a function: inline source, a local file or folder uploaded as an asset, or an
    /// object in an S3 bucket.
    public enum Code {
        /// Source in the template (`ZipFile`), for Node.js and Python runtimes.
        case inline(String)
        /// A local file or folder, uploaded as an asset at `<Function>/Code`.
        case asset(path: String)
        /// An object in an S3 bucket, optionally a version of it, optionally encrypted with a key,
        /// copied into Lambda's storage or referenced where it is.
        case s3(bucket: any S3.BucketRef, key: String, objectVersion: String?, sourceKMSKey: (any KMS.KeyRef)?,
                storageMode: S3ObjectStorageMode?)

        /// Source in the template.
        public static func fromInline(_ code: String) -> Code { .inline(code) }
        /// A local file or folder.
        public static func fromAsset(_ path: String) -> Code { .asset(path: path) }

        /// The object `key` of `bucket` (the AWS CDK's `Code.fromBucket`). Without
        /// `objectVersion`, the bucket gets a warning: a later change of the object is not deployed,
        /// because CloudFormation does not see it. For a bucket known only by name, import it with
        /// `S3.Bucket.fromBucketName`.
        public static func fromBucket(_ bucket: any S3.BucketRef, key: String, objectVersion: String? = nil) -> Code {
            if objectVersion == nil {
                warnNoObjectVersion(bucket, "objectVersion is not defined for S3Code.fromBucket(). The lambda will not be updated automatically if the code in the bucket is updated. This is because CDK/Cloudformation does not track changes on the source S3 Bucket. It is recommended to either use S3Code.fromAsset() instead or set objectVersion.")
            }
            return .s3(bucket: bucket, key: key, objectVersion: objectVersion, sourceKMSKey: nil, storageMode: nil)
        }

        /// The object `key` of `bucket`, optionally encrypted with `sourceKMSKey` (the AWS CDK's
        /// `Code.fromBucketV2`); warns as `fromBucket` does without `objectVersion`.
        /// `s3ObjectStorageMode` says whether Lambda copies the object (the default) or uses it
        /// where it is (`.reference`, which needs `objectVersion`; a function using such code
        /// without a version fails).
        public static func fromBucketV2(_ bucket: any S3.BucketRef, key: String, objectVersion: String? = nil,
                                        sourceKMSKey: (any KMS.KeyRef)? = nil,
                                        s3ObjectStorageMode: S3ObjectStorageMode? = nil) -> Code {
            if objectVersion == nil {
                warnNoObjectVersion(bucket, "options.objectVersion is not defined for S3Code.fromBucketV2(). The lambda will not be updated automatically if the code in the bucket is updated. This is because CDK/Cloudformation does not track changes on the source S3 Bucket. It is recommended to either use S3Code.fromAsset() instead or set options.objectVersion.")
            }
            return .s3(bucket: bucket, key: key, objectVersion: objectVersion, sourceKMSKey: sourceKMSKey,
                       storageMode: s3ObjectStorageMode)
        }

        private static func warnNoObjectVersion(_ bucket: any S3.BucketRef, _ message: String) {
            Annotations.of(bucket).addWarningV2("@aws-cdk/aws-lambda:codeFromBucketObjectVersionNotSpecified", message)
        }

        /// The `Code` property, adding the asset under `scope` when there is one.
        func bind(_ scope: Construct, runtime: Runtime) throws -> CfnFunction.CodeProperty {
            switch self {
            case .inline(let code):
                if code.isEmpty {
                    throw CDKError(code: "InlineCodeEmpty", message: "Lambda inline code cannot be empty", path: scope.node.path)
                }
                if !runtime.supportsInlineCode {
                    throw CDKError(code: "InlineSourceNotAllowed", message: "Inline source not allowed for \(runtime.name)", path: scope.node.path)
                }
                return CfnFunction.CodeProperty(zipFile: code)
            case .asset(let path):
                let asset = try FileAsset(scope, "Code", path: path)
                return CfnFunction.CodeProperty(s3Bucket: asset.bucketName, s3Key: asset.objectKey)
            case .s3(let bucket, let key, let objectVersion, let sourceKMSKey, let storageMode):
                if storageMode == .reference && objectVersion == nil {
                    throw CDKError(code: "S3ObjectStorageModeReferenceRequiresObjectVersion",
                                   message: "set objectVersion when using s3ObjectStorageMode REFERENCE because Lambda requires a versioned S3 object",
                                   path: scope.node.path)
                }
                return CfnFunction.CodeProperty(s3Bucket: bucket.bucketName, s3Key: key, s3ObjectStorageMode: storageMode?.rawValue,
                                                s3ObjectVersion: objectVersion, sourceKmsKeyArn: sourceKMSKey?.keyArn)
            }
        }
    }

    /// How Lambda stores the code package of a function whose code is in S3 (the AWS CDK's
    /// `S3ObjectStorageMode`).
    public enum S3ObjectStorageMode: String, Sendable {
        /// Lambda copies the package into its own storage.
        case copy = "COPY"
        /// Lambda uses the (versioned) object where it is.
        case reference = "REFERENCE"
    }
}
