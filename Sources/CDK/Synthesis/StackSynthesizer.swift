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
///
/// When the assembly has an output folder, each file is written there in the background as
/// soon as its text is ready, while synthesis goes on.
public final class SynthesisSession {
    private var pendingFiles: [(name: String, contents: BackgroundValue<Result<String, any Error>>)] = []
    private(set) var artifacts = JSONObject()
    private(set) var stackArtifacts: [CloudFormationStackArtifact] = []
    private(set) var stagedAssets: [(name: String, sourcePath: String)] = []
    /// The manifest's `missing` list: context values the stacks' lookups did not find, once each.
    private(set) var missingContext: [MissingContext] = []
    private var renderedTemplates: [ObjectIdentifier: RenderedTemplate] = [:]
    /// The folder files are written to, if any (created before the first file).
    private let outputDirectory: String?

    init(outputDirectory: String? = nil) {
        self.outputDirectory = outputDirectory
    }

    /// Adds a file to the assembly folder.
    public func addFile(_ name: String, _ contents: String) {
        if outputDirectory == nil {
            pendingFiles.append((name, BackgroundValue(ready: .success(contents))))
        } else {
            addFile(name) { contents }
        }
    }

    /// Adds a file whose text `write` produces in the background (and writes it there, when
    /// the assembly has an output folder).
    func addFile(_ name: String, writtenBy write: @escaping @Sendable () -> String) {
        let path = outputPath(of: name)
        pendingFiles.append((name, BackgroundValue { () -> Result<String, any Error> in
            let text = write()
            guard let path else { return .success(text) }
            return Result { try FileOutput.save(text, toPath: path); return text }
        }))
    }

    /// Where the file `name` goes, when the assembly has an output folder.
    private func outputPath(of name: String) -> String? {
        outputDirectory.map { FileOutput.path(name, in: $0) }
    }

    /// The files added so far, in order, once their texts are written (and saved, when the
    /// assembly has an output folder). Throws the first error met saving them.
    func writtenFiles() throws -> [(name: String, contents: String)] {
        try pendingFiles.map { ($0.name, try $0.contents.result().get()) }
    }

    /// Waits until every file started so far (templates rendered ahead included) is written,
    /// and saved, whatever the outcome.
    func waitForFiles() {
        for file in pendingFiles { _ = file.contents.result() }
        for rendered in renderedTemplates.values { _ = rendered.text.result() }
    }

    /// Adds a missing context value to the manifest, unless one with its key is there already.
    func addMissingContext(_ missing: MissingContext) {
        if !missingContext.contains(where: { $0.key == missing.key }) { missingContext.append(missing) }
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
    /// text and hash are computed (and the file saved) in the background while the next one renders.
    func renderTemplates(of stacks: [Stack]) throws {
        for stack in stacks { renderedTemplates[ObjectIdentifier(stack)] = try render(stack) }
    }

    /// A rendered template, with its text, hash and file being written in the background.
    private struct RenderedTemplate {
        let template: JSONObject
        let text: BackgroundValue<(text: String, sha256: String, saved: Result<Void, any Error>?)>
    }

    /// Renders `stack`'s template, checks CloudFormation's limits on its contents and starts
    /// writing its text, hash and file in the background (the file only when the text is
    /// within CloudFormation's size limit; ``writeTemplate(of:lookupRoleArn:)`` reports the error otherwise).
    private func render(_ stack: Stack) throws -> RenderedTemplate {
        let (template, resourcesText) = try stack.renderTemplateWithResourcesText()
        try TemplateLimits.check(template, stack: stack)
        let path = outputPath(of: stack.templateFile)
        let text = BackgroundValue { () -> (text: String, sha256: String, saved: Result<Void, any Error>?) in
            // Written ahead on the same queue, earlier: started already, so waiting cannot block it.
            let (text, sha256) = ResourcesWrittenAhead.write(template, ahead: resourcesText?.result())
            var saved: Result<Void, any Error>?
            if let path, TemplateLimits.isWithinSize(text) {
                saved = Result { try FileOutput.save(text, toPath: path) }
            }
            return (text, sha256, saved)
        }
        return RenderedTemplate(template: template, text: text)
    }

    /// Renders `stack`'s template (or takes the one rendered ahead), checks CloudFormation's
    /// limits, writes the template file and returns it. The stack's missing context values go
    /// into the manifest, with `lookupRoleArn` (the role the CLI assumes to look them up) when
    /// given, as the AWS CDK's `synthesizeTemplate` does.
    public func writeTemplate(of stack: Stack, lookupRoleArn: String? = nil) throws -> WrittenTemplate {
        for missing in stack.missingContext {
            var props = missing.props
            if let lookupRoleArn { props["lookupRoleArn"] = .string(lookupRoleArn) }
            addMissingContext(MissingContext(key: missing.key, provider: missing.provider, props: props))
        }
        let rendered = try renderedTemplates.removeValue(forKey: ObjectIdentifier(stack)) ?? render(stack)
        let (text, sha256, saved) = rendered.text.result()
        try TemplateLimits.checkSize(of: text, stack: stack)
        try saved?.get()
        pendingFiles.append((stack.templateFile, BackgroundValue(ready: .success(text))))
        return WrittenTemplate(template: rendered.template, text: text, sha256: sha256)
    }

    /// Adds the stack's artifact (with its metadata file) to the manifest.
    public func addStackArtifact(
        _ stack: Stack, template: JSONObject, properties: JSONObject, additionalDependencies: [String]
    ) throws {
        stack.node.addMetadata("aws:cdk:templateFile", .string(stack.templateFile))
        let metadata = try StackMetadata.collect(stack)
        let metadataFile = stack.artifactId + ".metadata.json"
        addFile(metadataFile) { StackMetadata.text(metadata) }
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
