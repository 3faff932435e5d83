#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A local file or directory deployed as an asset: it is staged into the cloud assembly and
/// uploaded by the CLI to the bootstrap bucket; its location can be used in resource
/// properties (the AWS CDK's `s3_assets.Asset`).
///
/// ```swift
/// let code = try FileAsset(stack, "Code", path: "lambda/handler")
/// // code.bucketName, code.objectKey
/// ```
public final class FileAsset: Construct {
    /// The asset's hash (the AWS CDK's source fingerprint of the path).
    public let assetHash: String
    /// The bucket the asset is uploaded to.
    public let bucketName: String
    /// The object key in that bucket.
    public let objectKey: String
    /// `s3://bucket/key`.
    public let s3ObjectUrl: String
    /// The HTTPS URL of the object.
    public let httpUrl: String
    /// What was registered with the stack's synthesizer.
    public let source: FileAssetSource

    /// An asset of the file or directory at `path` (relative paths are relative to the current directory).
    public init(_ scope: Construct, _ id: String, path: String) throws {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let hash = try Fingerprint.of(path: absolute)
        let isDirectory = FileSystem.item(atPath: absolute).isDirectory
        let stack = try Stack.of(scope)
        let displayPath = scope.node.path == stack.node.path ? id : String(scope.node.path.dropFirst(stack.node.path.count + 1)) + "/" + id
        source = FileAssetSource(sourceHash: hash, path: absolute, packaging: isDirectory ? .zipDirectory : .file,
                                 displayName: displayPath)
        assetHash = hash
        let location = try stack.synthesizer.addFileAsset(source, to: stack)
        bucketName = location.bucketName
        objectKey = location.objectKey
        s3ObjectUrl = location.s3ObjectUrl
        httpUrl = location.httpUrl
        try super.init(scope, id)
    }

    public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDK.FileAsset") }
}
