import CDKJSON
import Foundation

/// Reads a cloud assembly folder as the AWS CDK CLI does: `manifest.json`, its stack artifacts
/// (template, environment, dependencies, metadata file) and the nested assemblies of stages.
public enum AssemblyReader {
    /// Whether `directory` holds a cloud assembly (a `manifest.json`).
    public static func isAssembly(_ directory: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) && isDirectory.boolValue
            && FileManager.default.fileExists(atPath: directory + "/manifest.json")
    }

    /// Reads the assembly in `directory`, nested assemblies included.
    public static func read(_ directory: String) throws -> Assembly {
        guard isAssembly(directory) else {
            throw AssemblyError("\(directory) is not a cloud assembly: it has no manifest.json. Synthesize the app first (swift-cdk synth), or name the folder an app wrote with CDK_OUTDIR.")
        }
        return Assembly(directory: directory, stacks: try readStacks(directory, depth: 0))
    }

    private static func readStacks(_ directory: String, depth: Int) throws -> [AssemblyStack] {
        guard depth < 20 else { throw AssemblyError("\(directory): nested assemblies are nested too deeply.") }
        let manifestPath = directory + "/manifest.json"
        let manifest = try readJSON(manifestPath)
        try JSONShape.requireObject(manifest, at: "$", in: manifestPath, what: "a cloud assembly manifest")
        try checkVersion(manifest, path: manifestPath)
        if let artifacts = manifest["artifacts"] { try JSONShape.requireObject(artifacts, at: "$.artifacts", in: manifestPath, what: "the artifacts by id") }
        let artifacts = manifest["artifacts"]?.objectValue ?? [:]
        var stacks: [AssemblyStack] = []
        for (id, artifact) in artifacts {
            switch artifact["type"]?.stringValue {
            case CloudAssemblySchema.ArtifactType.stack:
                stacks.append(try readStack(id: id, artifact: artifact, artifacts: artifacts, directory: directory))
            case CloudAssemblySchema.ArtifactType.nestedAssembly:
                guard let folder = artifact["properties"]?["directoryName"]?.stringValue else {
                    throw AssemblyError("\(manifestPath): nested assembly '\(id)' has no properties.directoryName.")
                }
                stacks += try readStacks(directory + "/" + folder, depth: depth + 1)
            default:
                continue // asset manifests, the tree, feature flag reports: not needed here
            }
        }
        return stacks
    }

    private static func readStack(id: String, artifact: JSONValue, artifacts: JSONObject, directory: String) throws -> AssemblyStack {
        let properties = artifact["properties"]
        guard let environment = artifact["environment"]?.stringValue else {
            throw AssemblyError("\(directory)/manifest.json: Invalid CloudFormation stack artifact '\(id)'. Missing environment.")
        }
        guard let templateFile = properties?["templateFile"]?.stringValue else {
            throw AssemblyError("\(directory)/manifest.json: Invalid CloudFormation stack artifact '\(id)'. Missing properties.templateFile.")
        }
        let templatePath = directory + "/" + templateFile
        let template = try readJSON(templatePath)
        try JSONShape.checkTemplate(template, in: templatePath)
        let dependencies = (artifact["dependencies"]?.arrayValue ?? []).compactMap(\.stringValue).filter {
            artifacts[$0]?["type"]?.stringValue == CloudAssemblySchema.ArtifactType.stack
        }
        var metadata = parseMetadata(artifact["metadata"])
        if let file = artifact["additionalMetadataFile"]?.stringValue {
            let path = directory + "/" + file
            if FileManager.default.fileExists(atPath: path) { metadata += parseMetadata(try readJSON(path)) }
        }
        var tags: [String: String] = [:]
        for (key, value) in properties?["tags"]?.objectValue ?? [:] { tags[key] = value.stringValue }
        return AssemblyStack(
            id: id, stackName: properties?["stackName"]?.stringValue ?? id,
            displayName: artifact["displayName"]?.stringValue ?? id, environment: environment,
            template: template, dependencies: dependencies, metadata: metadata, templatePath: templatePath,
            terminationProtection: properties?["terminationProtection"]?.boolValue ?? false, tags: tags)
    }

    private static func parseMetadata(_ value: JSONValue?) -> [(path: String, entries: [MetadataEntry])] {
        (value?.objectValue ?? [:]).map { path, list in
            (path, (list.arrayValue ?? []).compactMap { entry in
                entry["type"]?.stringValue.map { MetadataEntry(type: $0, data: entry["data"] ?? .null) }
            })
        }
    }

    /// The AWS CDK CLI refuses manifests of a newer major schema version than it knows; this
    /// reader is more lenient and only requires a version.
    private static func checkVersion(_ manifest: JSONValue, path: String) throws {
        guard manifest["version"]?.stringValue != nil else {
            throw AssemblyError("\(path) has no \"version\": it is not a cloud assembly manifest.")
        }
    }

    /// Reads and parses a JSON file, with its path in errors.
    public static func readJSON(_ path: String) throws -> JSONValue {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw AssemblyError("Cannot read \(path): \(error.localizedDescription)")
        }
        do {
            return try JSONParser.parse(text)
        } catch let error as JSONParseError {
            throw AssemblyError("\(path) is not valid JSON (at \(JSONLocation.path(in: text, at: error.offset))): \(error.message)")
        }
    }
}
