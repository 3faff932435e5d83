import CDKJSON
import Foundation

/// What the CLI remembers about the last build of an app's product, in
/// `.build/swift-cdk/<product>-<configuration>.json` of the app's package: the fingerprint of
/// its sources before that build, its local dependencies and the executable it produced.
struct BuildRecord: Equatable {
    /// The fingerprint taken before the build.
    var fingerprint: SourceFingerprint
    /// The folders of the package's local (path) dependencies.
    var dependencies: [String]
    /// The built executable.
    var executable: String
    /// The executable's size and modification time right after the build.
    var executableStamp: String

    /// Where the record of `product` in `configuration` of the package at `root` is kept.
    static func path(root: String, product: String, configuration: String) -> String {
        root + "/.build/swift-cdk/\(product)-\(configuration).json"
    }

    /// The record at `path`, or nil when there is none or it cannot be read (then: build).
    static func load(_ path: String) -> BuildRecord? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8), let json = try? JSONParser.parse(text),
              let executable = json["executable"]?.stringValue, let stamp = json["executableStamp"]?.stringValue,
              let toolchain = json["toolchain"]?.stringValue, let packages = json["packages"]?.objectValue
        else { return nil }
        var digests: [String: String] = [:]
        for (folder, digest) in packages { digests[folder] = digest.stringValue }
        return BuildRecord(
            fingerprint: SourceFingerprint(packages: digests, toolchain: toolchain, resolved: json["resolved"]?.stringValue ?? "none"),
            dependencies: (json["dependencies"]?.arrayValue ?? []).compactMap(\.stringValue),
            executable: executable, executableStamp: stamp)
    }

    /// Writes the record to `path`.
    func save(_ path: String) throws {
        var packages = JSONObject()
        for folder in fingerprint.packages.keys.sorted() { packages[folder] = .string(fingerprint.packages[folder] ?? "") }
        let json: JSONValue = [
            "executable": .string(executable),
            "executableStamp": .string(executableStamp),
            "toolchain": .string(fingerprint.toolchain),
            "resolved": .string(fingerprint.resolved),
            "dependencies": .array(dependencies.map(JSONValue.string)),
            "packages": .object(packages),
        ]
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try (JSONWriter.string(json, indent: 2) + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// The size and modification time of the file at `path`, or nil when it does not exist.
    static func stamp(of path: String) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let size = attributes[.size], let date = attributes[.modificationDate] as? Date else { return nil }
        return "\(size)\t\(date.timeIntervalSince1970)"
    }

    /// The local (path) dependencies that SwiftPM resolved for the package at `root`, from its
    /// `.build/workspace-state.json` (empty before the first build).
    static func localDependencies(of root: String) -> [String] {
        guard let text = try? String(contentsOfFile: root + "/.build/workspace-state.json", encoding: .utf8),
              let json = try? JSONParser.parse(text) else { return [] }
        let dependencies = json["object"]?["dependencies"]?.arrayValue ?? []
        return dependencies.compactMap { dependency -> String? in
            guard dependency["packageRef"]?["kind"]?.stringValue == "fileSystem" else { return nil }
            return dependency["packageRef"]?["location"]?.stringValue
        }.sorted()
    }
}
