/// The names and versions of the cloud assembly format (`cdk.out`) that the library writes and
/// the diff and the command line tool read: what the AWS CDK's `cloud-assembly-schema` package
/// defines, for the parts this project uses.
public enum CloudAssemblySchema {
    /// The schema version written into `manifest.json`, `cdk.out` and asset manifests.
    public static let version = "55.0.0"
    /// The oldest AWS CDK CLI that reads these assemblies (`minimumCliVersion` of the manifest).
    public static let minimumCliVersion = "2.1148.0"

    /// The `type` of a manifest artifact.
    public enum ArtifactType {
        /// A CloudFormation stack: `aws:cloudformation:stack`.
        public static let stack = "aws:cloudformation:stack"
        /// A nested assembly (a stage): `cdk:cloud-assembly`.
        public static let nestedAssembly = "cdk:cloud-assembly"
        /// An asset manifest of a stack: `cdk:asset-manifest`.
        public static let assetManifest = "cdk:asset-manifest"
        /// The construct tree file: `cdk:tree`.
        public static let tree = "cdk:tree"
    }

    /// The `type` of a stack's metadata entry.
    public enum MetadataType {
        /// The logical id of the element at the entry's path: `aws:cdk:logicalId`.
        public static let logicalId = "aws:cdk:logicalId"
        /// An error annotation (the CLI refuses to deploy): `aws:cdk:error`.
        public static let error = "aws:cdk:error"
        /// A warning annotation: `aws:cdk:warning`.
        public static let warning = "aws:cdk:warning"
        /// An info annotation: `aws:cdk:info`.
        public static let info = "aws:cdk:info"
    }
}
