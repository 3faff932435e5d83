/// The synthesis pipeline of one stage, in the AWS CDK's order. Each step is one call in
/// ``run()``; the steps before ``renderTemplates(of:into:)`` may change the construct tree,
/// the ones after it only read what it rendered.
///
/// 1. ``synthesizeNestedStages()``: every stage below this one, into its own assembly.
/// 2. ``invokeAspects()``: aspects visit the tree (and may add to it).
/// 3. ``resolveReferences()``: construct dependencies become `DependsOn` and stack
///    dependencies; references between stacks become exports and imports (nested stacks
///    after their templates are known).
/// 4. ``validate()``: every construct's validations, reported together.
/// 5. ``prepareSynthesizers(of:)``: each stack's synthesizer adds what it needs to the
///    template (the default one's bootstrap version parameter and rule).
/// 6. ``renderTemplates(of:into:)``: each template, from what the constructs hold now (taking
///    the renderings of step 3 where nothing can have changed them); its text, hash and file
///    are written in the background.
/// 7. ``writeAssembly(of:nested:into:outdir:)``: the synthesizers' files and artifacts,
///    `tree.json` and `manifest.json`.
///
/// What is kept from one step for a later one, and why that is correct, is written in
/// SynthesisCache.swift.
struct Synthesis {
    let stage: Stage

    func run() throws -> CloudAssembly {
        let nested = try synthesizeNestedStages()
        try invokeAspects()
        // Nothing after the aspects adds or removes a stack.
        let stacks = stacksInPostOrder()
        try resolveReferences(of: stacks)
        try validate()
        try prepareSynthesizers(of: stacks)
        // The app's files are saved in the background as they are ready; a stage's assembly
        // is written with its app's.
        let outdir = (stage as? App)?.outdir
        if let outdir { try CloudAssembly.createDirectory(outdir) }
        let session = SynthesisSession(outputDirectory: outdir)
        // When synthesis fails, nothing is still being saved once the error is thrown.
        do {
            try renderTemplates(of: stacks, into: session)
            return try writeAssembly(of: stacks, nested: nested, into: session, outdir: outdir)
        } catch {
            session.waitForFiles()
            throw error
        }
    }

    /// Step 1: the stages directly below this one, each synthesized into its own assembly.
    private func synthesizeNestedStages() throws -> [CloudAssembly] {
        try nestedStages(of: stage).map { try $0.synth() }
    }

    /// Step 2: the aspects of every construct, applied top-down.
    private func invokeAspects() throws {
        try AspectInvocation.invoke(stage)
    }

    /// Step 3: dependencies and references between stacks. A nested stack's template is an
    /// asset of its parent, known only once its own references are resolved, so references
    /// are resolved again after those templates are staged.
    private func resolveReferences(of stacks: [Stack]) throws {
        try Dependencies.reifyConstructDependencies(in: stage)
        try CrossStackReferences.resolve(in: stage)
        let nestedStacks = stacks.compactMap { $0 as? NestedStack }
        guard !nestedStacks.isEmpty else { return }
        for nested in nestedStacks { try nested.prepareTemplateAsset() }
        try CrossStackReferences.resolve(in: stage)
    }

    /// Step 5: each synthesizer's additions to its stack's template.
    private func prepareSynthesizers(of stacks: [Stack]) throws {
        for stack in stacks { try stack.synthesizer.prepare(stack) }
    }

    /// Step 6: every template, rendered in order.
    private func renderTemplates(of stacks: [Stack], into session: SynthesisSession) throws {
        try session.renderTemplates(of: stacks)
    }

    /// Step 7: the stacks' files (their synthesizers take the rendered templates),
    /// `tree.json` and the manifest.
    private func writeAssembly(of stacks: [Stack], nested: [CloudAssembly], into session: SynthesisSession, outdir: String?) throws -> CloudAssembly {
        // The tree is complete once the synthesizers are prepared; its file is written in the
        // background from what the constructs say of themselves.
        let hasTree = stage.parentStage == nil
        if hasTree {
            let entries = try TreeFile.entries(of: stage)
            session.addFile("tree.json") { TreeFile.text(of: entries) }
        }
        for stack in stacks {
            try stack.synthesizer.synthesize(stack, into: session)
        }

        var artifacts = JSONObject()
        for assembly in nested {
            artifacts[assembly.artifactId] = [
                "type": "cdk:cloud-assembly",
                "properties": ["directoryName": .string(assembly.artifactId), "displayName": .string(Self.displayName(of: assembly, in: stage))],
            ]
        }
        for (id, artifact) in session.artifacts { artifacts[id] = artifact }
        if hasTree {
            artifacts["Tree"] = ["type": "cdk:tree", "properties": ["file": "tree.json"]]
        }
        var manifest: JSONObject = [
            "version": .string(CloudAssembly.schemaVersion),
            "artifacts": .object(artifacts),
        ]
        // A stage's missing values are the app's too: the CLI reads only the app's manifest.
        let missing = nested.flatMap(\.missingContext) + session.missingContext
        var seen: Set<String> = []
        let unique = missing.filter { seen.insert($0.key).inserted }
        if !unique.isEmpty { manifest["missing"] = .array(unique.map(\.jsonValue)) }
        manifest["minimumCliVersion"] = .string(CloudAssembly.minimumCliVersion)
        let manifestValue = JSONValue.object(manifest)
        session.addFile("manifest.json", JSONWriter.string(manifestValue, indent: 2))
        session.addFile("cdk.out", JSONWriter.compact(["version": .string(CloudAssembly.schemaVersion)]))
        let assembly = CloudAssembly(artifactId: stage.artifactId, manifest: manifestValue, missingContext: unique, stacks: session.stackArtifacts,
                                     nestedAssemblies: nested, files: try session.writtenFiles(), stagedAssets: session.stagedAssets)
        if let outdir {
            try assembly.writeAssetsAndNestedAssemblies(to: outdir)
        }
        return assembly
    }

    private static func displayName(of assembly: CloudAssembly, in stage: Stage) -> String {
        let child = nestedStages(of: stage).first { $0.artifactId == assembly.artifactId }
        return child?.node.path ?? assembly.artifactId
    }

    /// The stages directly below `stage` (through plain constructs, not through other stages).
    private static func nestedStages(of stage: Stage) -> [Stage] {
        // A tree without any stage but its root has none to look for.
        if let root = stage.node.root as? Stage, !root.hasNestedStages { return [] }
        var result: [Stage] = []
        func visit(_ c: Construct) {
            for child in c.node.children {
                if let s = child as? Stage { result.append(s) } else { visit(child) }
            }
        }
        visit(stage)
        return result
    }

    private func nestedStages(of stage: Stage) -> [Stage] { Self.nestedStages(of: stage) }

    private func stacksInPostOrder() -> [Stack] {
        var result: [Stack] = []
        func visit(_ c: Construct) {
            for child in c.node.children where !(child is Stage) { visit(child) }
            if let stack = c as? Stack { result.append(stack) }
        }
        visit(stage)
        return result
    }

    /// Step 4: every validation below the stage, thrown as one error listing them all.
    private func validate() throws {
        var errors: [(path: String, message: String)] = []
        func visit(_ c: Construct) {
            if c is Stage && c !== stage { return }
            for message in c.node.validate() { errors.append((c.node.path, message)) }
            // The schema check ran when references were found (CfnResource+SchemaValidation.swift).
            if let resource = c as? CfnResource {
                for message in resource.takeSchemaViolations() { errors.append((c.node.path, message)) }
            }
            for child in c.children { visit(child) }
        }
        visit(stage)
        guard !errors.isEmpty else { return }
        throw ValidationError(errors: errors)
    }
}

/// The errors of every construct that failed validation, reported together.
public struct ValidationError: Error, CustomStringConvertible {
    /// Each error with the path of its construct.
    public let errors: [(path: String, message: String)]

    public var description: String {
        "Validation failed with the following errors:\n" + errors.map { "  [\($0.path)] \($0.message)" }.joined(separator: "\n")
    }
}
