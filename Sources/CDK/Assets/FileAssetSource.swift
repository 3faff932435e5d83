#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A local file or directory that deployment uploads to the bootstrap bucket (Lambda code,
/// templates of nested stacks, ...).
public struct FileAssetSource: Sendable, Equatable {
    /// How the asset is uploaded.
    public enum Packaging: String, Sendable {
        /// A directory, zipped by the CLI.
        case zipDirectory = "zip"
        /// A single file, uploaded as it is.
        case file
    }

    /// The hash that names the asset (the AWS CDK's source fingerprint).
    public let sourceHash: String
    /// The absolute path of the file or directory.
    public let path: String
    /// How it is uploaded.
    public let packaging: Packaging
    /// The name shown by the CLI (the asset construct's path below its stack).
    public let displayName: String
    /// Whether `path` names a file that synthesis writes into the assembly itself (a nested
    /// stack's template), rather than a local file to copy there.
    public let inAssembly: Bool

    /// An asset source.
    public init(sourceHash: String, path: String, packaging: Packaging, displayName: String, inAssembly: Bool = false) {
        self.sourceHash = sourceHash
        self.path = path
        self.packaging = packaging
        self.displayName = displayName
        self.inAssembly = inAssembly
    }

    /// The file or folder name the asset is staged under in the cloud assembly (`asset.<hash>`,
    /// with the file's extension for single files).
    public var stagedName: String {
        if inAssembly { return path }
        guard packaging == .file else { return "asset." + sourceHash }
        let ext = URL(fileURLWithPath: path).pathExtension
        return "asset." + sourceHash + (ext.isEmpty ? "" : "." + ext)
    }
}

/// Where a file asset will be in S3 once deployed.
public struct FileAssetLocation: Sendable, Equatable {
    /// The bucket (a literal or a `Fn::Sub` token).
    public let bucketName: String
    /// The object key (`<hash>.zip`).
    public let objectKey: String
    /// `s3://bucket/key` (a literal or a `Fn::Sub` token).
    public let s3ObjectUrl: String
    /// `https://s3.<region>.<suffix>/bucket/key` (a literal or a `Fn::Sub` token).
    public let httpUrl: String

    /// A location.
    public init(bucketName: String, objectKey: String, s3ObjectUrl: String, httpUrl: String) {
        self.bucketName = bucketName
        self.objectKey = objectKey
        self.s3ObjectUrl = s3ObjectUrl
        self.httpUrl = httpUrl
    }
}
