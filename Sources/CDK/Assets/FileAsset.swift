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
    public convenience init(_ scope: Construct, _ id: String, path: String) throws {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        try self.init(scope, id, path: absolute, hash: try Fingerprint.of(path: absolute),
                      isDirectory: FileSystem.item(atPath: absolute).isDirectory)
    }

    /// An asset of a folder of `files` given in memory (by their path in the folder), staged
    /// into the temporary directory, as the library uploads its own handlers.
    public convenience init(_ scope: Construct, _ id: String, files: [String: [UInt8]]) throws {
        let folder = try CustomResourceCodeStaging.shared.folder(for: files)
        try self.init(scope, id, path: folder, hash: try Fingerprint.of(path: folder), isDirectory: true)
    }

    private init(_ scope: Construct, _ id: String, path: String, hash: String, isDirectory: Bool) throws {
        let stack = try Stack.of(scope)
        source = FileAssetSource(sourceHash: hash, path: path, packaging: isDirectory ? .zipDirectory : .file,
                                 displayName: Self.stackRelativePath(of: scope, id))
        assetHash = hash
        let location = try stack.synthesizer.addFileAsset(source, to: stack)
        bucketName = location.bucketName
        objectKey = location.objectKey
        s3ObjectUrl = location.s3ObjectUrl
        httpUrl = location.httpUrl
        try super.init(scope, id)
    }

    /// The path of the asset `id` under `scope` from its top-level stack (through any nested
    /// stack), as the AWS CDK names assets.
    private static func stackRelativePath(of scope: Construct, _ id: String) -> String {
        let stack = try? Stack.of(scope)
        guard let top = (stack as? NestedStack)?.topLevelStack ?? stack, scope.node.path != top.node.path else { return id }
        return String(scope.node.path.dropFirst(top.node.path.count + 1)) + "/" + id
    }

    public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDK.FileAsset") }
}
