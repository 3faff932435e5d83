import CDKJSON

/// The versions `swift-cdk --version` and `swift-cdk doctor` report.
public enum ToolVersion {
    /// The version of this tool and of the library it was built with (one package).
    public static let library = "0.1.0"

    /// `swift-cdk 0.1.0 (cloud assembly schema 55.0.0)`.
    public static var description: String { "swift-cdk \(library) (cloud assembly schema \(CloudAssemblySchema.version))" }
}
