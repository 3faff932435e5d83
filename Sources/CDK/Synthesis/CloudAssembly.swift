#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The output of synthesis: a manifest, one template per stack and their metadata, in memory
/// and (when the app has an output folder) on disk, in the layout the AWS CDK CLI reads.
public final class CloudAssembly {
    /// The cloud assembly schema version written into manifests (`CloudAssemblySchema.version`).
    public static let schemaVersion = CloudAssemblySchema.version
    /// The oldest AWS CDK CLI that reads these assemblies (`CloudAssemblySchema.minimumCliVersion`).
    public static let minimumCliVersion = CloudAssemblySchema.minimumCliVersion

    /// The artifact id of a nested assembly (`assembly-Prod`), or empty for the app's.
    public let artifactId: String
    /// The contents of `manifest.json`.
    public let manifest: JSONValue
    /// The context values that lookups of this assembly's stacks (and of nested assemblies)
    /// did not find: the manifest's `missing` list, empty when nothing is missing.
    public let missingContext: [MissingContext]
    /// The stacks of this assembly (not of nested ones), in synthesis order.
    public let stacks: [CloudFormationStackArtifact]
    /// The assemblies of stages.
    public let nestedAssemblies: [CloudAssembly]
    /// The contents of `tree.json` (the app's assembly only), parsed on demand.
    public var tree: JSONValue? {
        files.first { $0.name == "tree.json" }.flatMap { try? JSONParser.parse($0.contents) }
    }
    /// Every file of this assembly folder (not of nested ones), by name, in writing order.
    public let files: [(name: String, contents: String)]
    /// Files and folders staged into this assembly folder (assets), by name, with their source paths.
    public let stagedAssets: [(name: String, sourcePath: String)]
    /// Where the assembly was written, if it was.
    public internal(set) var directory: String?

    init(artifactId: String, manifest: JSONValue, missingContext: [MissingContext] = [], stacks: [CloudFormationStackArtifact],
         nestedAssemblies: [CloudAssembly], files: [(name: String, contents: String)], stagedAssets: [(name: String, sourcePath: String)] = []) {
        self.artifactId = artifactId
        self.manifest = manifest
        self.missingContext = missingContext
        self.stacks = stacks
        self.nestedAssemblies = nestedAssemblies
        self.files = files
        self.stagedAssets = stagedAssets
    }

    /// The stacks of this assembly and of all nested ones.
    public var stacksRecursively: [CloudFormationStackArtifact] {
        stacks + nestedAssemblies.flatMap { $0.stacksRecursively }
    }

    /// The stack with this artifact id, stack name or display name (path), searched recursively.
    public func stack(_ name: String) -> CloudFormationStackArtifact? {
        stacksRecursively.first { $0.id == name } ?? stacksRecursively.first { $0.stackName == name || $0.displayName == name }
    }

    /// The error, warning and info messages of every stack, with their paths.
    public var messages: [AssemblyMessage] { stacksRecursively.flatMap { $0.messages } }

    /// Writes the assembly (and nested ones) to `directory`.
    public func write(to directory: String) throws {
        try Self.createDirectory(directory)
        for file in files {
            try FileOutput.save(file.contents, toPath: FileOutput.path(file.name, in: directory))
        }
        try writeAssetsAndNestedAssemblies(to: directory)
    }

    /// Creates `directory` (and its parents) if it does not exist.
    static func createDirectory(_ directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    /// Copies the staged assets into `directory` and writes the nested assemblies below it:
    /// what remains once the files are written.
    func writeAssetsAndNestedAssemblies(to directory: String) throws {
        let fm = FileManager.default
        for asset in stagedAssets {
            let target = FileOutput.path(asset.name, in: directory)
            if fm.fileExists(atPath: target) { continue }
            try fm.copyItem(atPath: asset.sourcePath, toPath: target)
        }
        self.directory = directory
        for nested in nestedAssemblies {
            try nested.write(to: FileOutput.path(nested.artifactId, in: directory))
        }
    }
}

/// A stack in a cloud assembly: its template and what the manifest says about it.
public struct CloudFormationStackArtifact {
    /// The artifact id (`Storage`, `ProdBF3C4D0C3`).
    public let id: String
    /// The CloudFormation stack name.
    public let stackName: String
    /// The construct path (`Prod/B`).
    public let displayName: String
    /// The template's file name.
    public let templateFile: String
    /// The target environment.
    public let environment: Environment
    /// The synthesized template.
    public let template: JSONValue
    /// The artifact ids of the stacks this one depends on.
    public let dependencies: [String]
    /// The metadata entries by construct path (`/Storage/Data/Resource`), breadth-first.
    public let metadata: [(path: String, entries: [MetadataEntry])]
    /// The stack tags.
    public let tags: [String: String]

    /// Errors, warnings and info messages of the stack's constructs.
    public var messages: [AssemblyMessage] {
        metadata.flatMap { path, entries in
            entries.compactMap { entry -> AssemblyMessage? in
                guard let level = Annotations.Level(rawValue: entry.type) else { return nil }
                return AssemblyMessage(level: level, path: path, message: entry.data.stringValue ?? JSONWriter.compact(entry.data))
            }
        }
    }

    /// The construct path of the element with this logical id, if the metadata has it.
    public func path(ofLogicalId id: String) -> String? {
        metadata.first { $0.entries.contains { $0.type == "aws:cdk:logicalId" && $0.data == .string(id) } }?.path
    }
}

/// An annotation as the assembly records it.
public struct AssemblyMessage: Sendable, Equatable, CustomStringConvertible {
    /// Error, warning or info.
    public let level: Annotations.Level
    /// The construct path, with a leading `/`.
    public let path: String
    /// The text.
    public let message: String

    public var description: String {
        let word = switch level { case .error: "Error"; case .warning: "Warning"; case .info: "Info" }
        return "[\(word) at \(path)] \(message)"
    }
}
