/// Unique names derived from construct paths, as the AWS CDK's `Names` class computes them
/// (used by high-level constructs for the ids of the resources they add elsewhere).
public enum Names {
    /// The unique id of `construct` over its full path below the app (the AWS CDK's
    /// `Names.nodeUniqueId`): `DevSharedOrders86156D3B` for `Dev/Shared/Orders`.
    public static func nodeUniqueId(_ construct: Construct) throws -> String {
        try UniqueID.make(construct.node.scopes.dropFirst().map { $0.node.id })
    }

    /// The lowercase hex MD5 digest of the UTF-8 bytes of `text` (for content hashes in ids,
    /// such as a Lambda version's).
    public static func md5Hex(_ text: String) -> String {
        MD5.hex(Array(text.utf8))
    }
}
