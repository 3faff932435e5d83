import CDKJSON
import CDKDiff

/// Reads cloud assemblies for the commands: refuses a manifest of a schema version newer than
/// this tool knows (as the AWS CDK CLI does) and turns reading errors into command errors.
enum AssemblyLoader {
    /// The newest cloud assembly schema version this tool reads.
    static let knownVersion = CloudAssemblySchema.version

    /// The assembly in `directory`.
    static func read(_ directory: String) throws -> Assembly {
        do {
            try checkVersion(directory)
            return try AssemblyReader.read(directory)
        } catch let error as AssemblyError {
            throw CLIError(error.message)
        }
    }

    /// Throws when the manifest's `version` is not a version, or its major version is newer
    /// than ``knownVersion``'s.
    static func checkVersion(_ directory: String) throws {
        let path = directory + "/manifest.json"
        let manifest = try AssemblyReader.readJSON(path)
        guard let version = manifest["version"]?.stringValue else { return } // the reader explains it
        guard let major = majorVersion(version) else {
            throw CLIError("\(path): \"version\" is \"\(version)\", not a version such as \"\(knownVersion)\". Synthesize the app again.")
        }
        let known = majorVersion(knownVersion) ?? 0
        guard major <= known else {
            throw CLIError("""
                \(path) has cloud assembly schema version \(version), newer than this swift-cdk knows (\(knownVersion)). \
                Update swift-cdk (Scripts/install-swift-cdk in the library's checkout), or synthesize with the library version \
                that matches it.
                """)
        }
    }

    /// `55` for `55.0.0`.
    static func majorVersion(_ version: String) -> Int? {
        let parts = version.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) && $0.count < 10 }) else { return nil }
        return Int(parts[0])
    }
}
