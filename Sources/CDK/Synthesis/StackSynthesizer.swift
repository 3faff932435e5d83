/// Turns a stack into cloud assembly files: its template, its asset manifest and its entry in
/// `manifest.json`, plus whatever the deployment method needs in the template.
public protocol StackSynthesizer: AnyObject {
    /// Called once, when the stack is created with this synthesizer.
    func bind(_ stack: Stack)

    /// Writes the stack's files and artifacts into `session`.
    func synthesize(_ stack: Stack, into session: SynthesisSession) throws

    /// Registers a file asset of `stack` and returns where it will be once deployed.
    func addFileAsset(_ asset: FileAssetSource, to stack: Stack) throws -> FileAssetLocation
}

extension StackSynthesizer {
    /// Synthesizers without a bootstrap bucket cannot publish assets.
    public func addFileAsset(_ asset: FileAssetSource, to stack: Stack) throws -> FileAssetLocation {
        throw CDKError(code: "AssetsNotSupported", message: "Cannot add assets to a Stack that uses \(type(of: self)): '\(asset.displayName)' needs a bucket to be uploaded to. Use the DefaultStackSynthesizer.", path: stack.node.path)
    }
}

/// What a stack synthesizer writes into: files and manifest artifacts of one assembly.
public final class SynthesisSession {
    private(set) var files: [(name: String, contents: String)] = []
    private(set) var artifacts = JSONObject()
    private(set) var stackArtifacts: [CloudFormationStackArtifact] = []
    private(set) var stagedAssets: [(name: String, sourcePath: String)] = []

    init() {}

    /// Adds a file to the assembly folder.
    public func addFile(_ name: String, _ contents: String) {
        files.append((name, contents))
    }

    /// Adds an artifact to `manifest.json`.
    public func addArtifact(_ id: String, _ artifact: JSONObject) {
        artifacts[id] = .object(artifact)
    }

    /// Stages an asset: it is copied into the assembly folder as `name` when the assembly is written.
    public func stageAsset(_ name: String, from sourcePath: String) {
        if !stagedAssets.contains(where: { $0.name == name }) { stagedAssets.append((name, sourcePath)) }
    }

    func addStackArtifact(_ artifact: CloudFormationStackArtifact) {
        stackArtifacts.append(artifact)
    }

    /// Renders `stack`'s template, checks CloudFormation's limits, writes the template file and
    /// returns its text and value.
    public func writeTemplate(of stack: Stack) throws -> (text: String, template: JSONObject) {
        let template = try stack.renderTemplate()
        let text = JSONWriter.string(.object(template), indent: 1)
        try TemplateLimits.check(template, text: text, stack: stack)
        addFile(stack.templateFile, text)
        return (text, template)
    }

    /// Adds the stack's artifact (with its metadata file) to the manifest.
    public func addStackArtifact(
        _ stack: Stack, template: JSONObject, properties: JSONObject, additionalDependencies: [String]
    ) throws {
        stack.node.addMetadata("aws:cdk:templateFile", .string(stack.templateFile))
        let metadata = try StackMetadata.collect(stack)
        let metadataFile = stack.artifactId + ".metadata.json"
        addFile(metadataFile, JSONWriter.string(StackMetadata.json(metadata), indent: 2))
        var props = properties
        props["templateFile"] = .string(stack.templateFile)
        var ordered = JSONObject()
        ordered["templateFile"] = .string(stack.templateFile)
        ordered["terminationProtection"] = .bool(stack.terminationProtection)
        let tags = stack.tags.tagValues()
        if !tags.isEmpty { ordered["tags"] = .object(JSONObject(stack.tags.sortedKeys.map { ($0, .string(tags[$0]!)) })) }
        ordered["validateOnSynth"] = false
        for (key, value) in props where ordered[key] == nil { ordered[key] = value }
        if stack.stackName != stack.artifactId { ordered["stackName"] = .string(stack.stackName) }
        let dependencies = stack.dependencies.map { $0.artifactId } + additionalDependencies
        var artifact: JSONObject = [
            "type": "aws:cloudformation:stack",
            "environment": .string(stack.environment.assemblyString),
            "properties": .object(ordered),
        ]
        if !dependencies.isEmpty { artifact["dependencies"] = dependencies.jsonValue }
        artifact["additionalMetadataFile"] = .string(metadataFile)
        artifact["displayName"] = .string(stack.node.path)
        addArtifact(stack.artifactId, artifact)
        addStackArtifact(CloudFormationStackArtifact(
            id: stack.artifactId, stackName: stack.stackName, displayName: stack.node.path,
            templateFile: stack.templateFile, environment: stack.environment, template: .object(template),
            dependencies: stack.dependencies.map { $0.artifactId }, metadata: metadata, tags: tags))
    }
}
