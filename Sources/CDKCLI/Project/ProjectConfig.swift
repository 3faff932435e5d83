import CDKJSON
import CDKDiff
import Foundation

/// What `cdk.json` says, as the AWS CDK CLI reads it: the app command, the output folder and
/// context; plus the context cached in `cdk.context.json`.
struct ProjectConfig {
    /// `"app"`: the command that synthesizes the app.
    var app: String?
    /// `"output"`: where the app writes its assembly.
    var output: String?
    /// `"context"` of `cdk.json`.
    var context = JSONObject()
    /// The contents of `cdk.context.json`.
    var cachedContext = JSONObject()
    /// Whether `cdk.json` exists.
    var exists = false

    /// Reads `cdk.json` and `cdk.context.json` in `directory` (both optional).
    static func load(in directory: String) throws -> ProjectConfig {
        var config = ProjectConfig()
        let path = directory + "/cdk.json"
        if FileManager.default.fileExists(atPath: path) {
            let json = try readObject(path)
            config.exists = true
            config.app = json["app"]?.stringValue
            config.output = json["output"]?.stringValue
            config.context = json["context"]?.objectValue ?? [:]
        }
        let cached = directory + "/cdk.context.json"
        if FileManager.default.fileExists(atPath: cached) { config.cachedContext = try readObject(cached) }
        return config
    }

    private static func readObject(_ path: String) throws -> JSONObject {
        do {
            guard let object = try AssemblyReader.readJSON(path).objectValue else {
                throw CLIError("\(path) must hold a JSON object, such as {\"app\": \"swift run MyInfra\"}.")
            }
            return object
        } catch let error as AssemblyError {
            throw CLIError(error.message)
        }
    }
}
