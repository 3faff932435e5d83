// The in-memory assembly as the diff reads it (CDKJSON declares what it reads, so that the
// diff needs no dependency on the core).

extension CloudAssembly: InMemoryCloudAssembly {}

extension CloudFormationStackArtifact: InMemoryStackArtifact {
    /// The target environment as the manifest writes it (`aws://123456789012/eu-west-1`).
    public var environmentName: String { environment.assemblyString }
}
