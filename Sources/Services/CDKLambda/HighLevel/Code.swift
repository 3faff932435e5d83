import CDK

extension Lambda {
    /// The code of a function: inline source or a local file or folder uploaded as an asset.
    public enum Code {
        /// Source in the template (`ZipFile`); up to 4 KB of Node.js or Python.
        case inline(String)
        /// A local file or folder, uploaded as an asset at `<Function>/Code`.
        case asset(path: String)
        /// An object in S3.
        case s3(bucketName: String, key: String, objectVersion: String? = nil)

        /// Source in the template.
        public static func fromInline(_ code: String) -> Code { .inline(code) }
        /// A local file or folder.
        public static func fromAsset(_ path: String) -> Code { .asset(path: path) }
        /// An object in S3.
        public static func fromBucket(bucketName: String, key: String, objectVersion: String? = nil) -> Code {
            .s3(bucketName: bucketName, key: key, objectVersion: objectVersion)
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
            case .s3(let bucketName, let key, let objectVersion):
                return CfnFunction.CodeProperty(s3Bucket: bucketName, s3Key: key, s3ObjectVersion: objectVersion)
            }
        }
    }
}
