/// Turns a stack into cloud assembly files: its template, its asset manifest and its entry in
/// `manifest.json`, plus whatever the deployment method needs in the template.
public protocol StackSynthesizer: AnyObject {
    /// Called once, when the stack is created with this synthesizer.
    func bind(_ stack: Stack)

    /// Adds what the stack's template needs from the synthesizer (the default synthesizer's
    /// bootstrap version parameter and rule). Called for every stack after validation and before
    /// any template is rendered; `synthesize` then gets the rendered template from the session.
    func prepare(_ stack: Stack) throws

    /// Writes the stack's files and artifacts into `session`.
    func synthesize(_ stack: Stack, into session: SynthesisSession) throws

    /// Registers a file asset of `stack` and returns where it will be once deployed.
    func addFileAsset(_ asset: FileAssetSource, to stack: Stack) throws -> FileAssetLocation
}

extension StackSynthesizer {
    /// Synthesizers that add nothing to the template need no preparation.
    public func prepare(_ stack: Stack) throws {}

    /// Synthesizers without a bootstrap bucket cannot publish assets.
    public func addFileAsset(_ asset: FileAssetSource, to stack: Stack) throws -> FileAssetLocation {
        throw CDKError(code: "AssetsNotSupported", message: "Cannot add assets to a Stack that uses \(type(of: self)): '\(asset.displayName)' needs a bucket to be uploaded to. Use the DefaultStackSynthesizer.", path: stack.node.path)
    }
}

/// What a stack synthesizer writes into: files and manifest artifacts of one assembly.
public final class SynthesisSession {
    private var pendingFiles: [(name: String, contents: BackgroundValue<String>)] = []
    private(set) var artifacts = JSONObject()
    private(set) var stackArtifacts: [CloudFormationStackArtifact] = []
    private(set) var stagedAssets: [(name: String, sourcePath: String)] = []
    private var renderedTemplates: [ObjectIdentifier: (template: JSONObject, text: BackgroundValue<(text: String, sha256: String)>)] = [:]

    init() {}

    /// Adds a file to the assembly folder.
    public func addFile(_ name: String, _ contents: String) {
        pendingFiles.append((name, BackgroundValue(ready: contents)))
    }

    /// Adds a file whose text `write` produces in the background.
    func addFile(_ name: String, writtenBy write: @escaping @Sendable () -> String) {
        pendingFiles.append((name, BackgroundValue(write)))
    }

    /// The files added so far, in order, once their texts are written.
    var files: [(name: String, contents: String)] {
        pendingFiles.map { ($0.name, $0.contents.result()) }
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

    /// Renders the templates of `stacks`, in order, ahead of their synthesizers. Each one's
    /// text and hash are computed in the background while the next one renders.
    func renderTemplates(of stacks: [Stack]) throws {
        for stack in stacks { renderedTemplates[ObjectIdentifier(stack)] = try render(stack) }
    }

    /// Renders `stack`'s template, checks CloudFormation's limits on its contents and starts
    /// writing its text and hash in the background.
    private func render(_ stack: Stack) throws -> (template: JSONObject, text: BackgroundValue<(text: String, sha256: String)>) {
        let template = try stack.renderTemplate()
        try TemplateLimits.check(template, stack: stack)
        let text = BackgroundValue { () -> (text: String, sha256: String) in
            let text = JSONWriter.string(.object(template), indent: 1, expectedBytes: TemplateLimits.maxTemplateBytes)
            return (text, SHA256.hex(text.utf8))
        }
        return (template, text)
    }

    /// Renders `stack`'s template (or takes the one rendered ahead), checks CloudFormation's
    /// limits, writes the template file and returns it.
    public func writeTemplate(of stack: Stack) throws -> WrittenTemplate {
        let rendered = try renderedTemplates.removeValue(forKey: ObjectIdentifier(stack)) ?? render(stack)
        let (text, sha256) = rendered.text.result()
        try TemplateLimits.checkSize(of: text, stack: stack)
        addFile(stack.templateFile, text)
        return WrittenTemplate(template: rendered.template, text: text, sha256: sha256)
    }

    /// Adds the stack's artifact (with its metadata file) to the manifest.
    public func addStackArtifact(
        _ stack: Stack, template: JSONObject, properties: JSONObject, additionalDependencies: [String]
    ) throws {
        stack.node.addMetadata("aws:cdk:templateFile", .string(stack.templateFile))
        let metadata = try StackMetadata.collect(stack)
        let metadataFile = stack.artifactId + ".metadata.json"
        addFile(metadataFile) { JSONWriter.string(StackMetadata.json(metadata), indent: 2) }
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

/// A stack's template as written to the assembly.
public struct WrittenTemplate: Sendable {
    /// The template.
    public let template: JSONObject
    /// The file's text.
    public let text: String
    /// The SHA-256 of the text, in hexadecimal (the template's asset hash).
    public let sha256: String
}
