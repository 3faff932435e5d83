import CDKJSON
import Foundation

/// `cdk.context.json`: the context values the CLI keeps for the app (looked-up values,
/// acknowledged notices), read and written as the AWS CDK CLI does.
struct ContextFile {
    /// The file's path.
    let path: String
    /// Its values (empty when the file does not exist).
    var values: JSONObject

    /// The `cdk.context.json` of the project in `directory`.
    static func load(in directory: String) throws -> ContextFile {
        let path = directory + "/cdk.context.json"
        return ContextFile(path: path, values: try ProjectConfig.load(in: directory).cachedContext)
    }

    /// Writes the values back (two-space indented JSON, as the AWS CDK CLI writes it).
    func save() throws {
        try (JSONWriter.string(.object(values), indent: 2) + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
}
