/// What a snapshot leaves out or masks so that it changes only when the infrastructure does.
public struct SnapshotOptions: Sendable {
    /// Replace SHA-256 hashes (asset S3 keys, asset hashes and paths, image tags) with
    /// `<asset-hash>`. Default: on.
    public var normalizeAssetHashes: Bool
    /// Leave out the `BootstrapVersion` parameter and the `CheckBootstrapVersion` rule, which
    /// change with the library's version. Default: on.
    public var removeBootstrapVersion: Bool
    /// Leave out the `CDKMetadata` resource and its `CDKMetadataAvailable` condition (version
    /// reporting). Default: on.
    public var removeCDKMetadata: Bool

    /// Options; every normalization is on unless turned off.
    public init(normalizeAssetHashes: Bool = true, removeBootstrapVersion: Bool = true, removeCDKMetadata: Bool = true) {
        self.normalizeAssetHashes = normalizeAssetHashes
        self.removeBootstrapVersion = removeBootstrapVersion
        self.removeCDKMetadata = removeCDKMetadata
    }

    /// Every normalization on.
    public static let `default` = SnapshotOptions()
    /// The templates exactly as synthesized.
    public static let raw = SnapshotOptions(normalizeAssetHashes: false, removeBootstrapVersion: false, removeCDKMetadata: false)
}
