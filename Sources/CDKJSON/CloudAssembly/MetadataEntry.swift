/// An entry of construct metadata, as a stack's metadata in the cloud assembly records it: a
/// type such as `aws:cdk:warning` (see ``CloudAssemblySchema/MetadataType``) and its data.
public struct MetadataEntry: Sendable, Equatable {
    /// The kind of entry, for example `aws:cdk:logicalId` or `aws:cdk:warning`.
    public var type: String
    /// The entry's value.
    public var data: JSONValue

    /// An entry of `type` holding `data`.
    public init(type: String, data: JSONValue) {
        self.type = type
        self.data = data
    }
}
