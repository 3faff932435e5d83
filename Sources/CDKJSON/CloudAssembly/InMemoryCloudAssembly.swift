/// A cloud assembly synthesized in memory, as tools that do not depend on the core read it:
/// the core's `CloudAssembly` conforms, so that the diff's `Assembly(app.synth())` works
/// without the diff importing the construct library.
public protocol InMemoryCloudAssembly {
    /// The kind of stack artifact.
    associatedtype StackArtifact: InMemoryStackArtifact
    /// Where the assembly was written, if it was.
    var directory: String? { get }
    /// The stacks of this assembly and of all nested ones, in synthesis order.
    var stacksRecursively: [StackArtifact] { get }
}

/// A stack of an ``InMemoryCloudAssembly``: its template and what the manifest says about it.
public protocol InMemoryStackArtifact {
    /// The artifact id (`Storage`, `ProdBF3C4D0C3`).
    var id: String { get }
    /// The CloudFormation stack name.
    var stackName: String { get }
    /// The construct path (`Prod/B`).
    var displayName: String { get }
    /// The manifest's environment: `aws://<account>/<region>`, with `unknown-account` and
    /// `unknown-region` when not pinned.
    var environmentName: String { get }
    /// The synthesized template.
    var template: JSONValue { get }
    /// The artifact ids of the stacks this one depends on.
    var dependencies: [String] { get }
    /// The metadata entries by construct path (`/Storage/Data/Resource`).
    var metadata: [(path: String, entries: [MetadataEntry])] { get }
    /// The stack tags.
    var tags: [String: String] { get }
}
