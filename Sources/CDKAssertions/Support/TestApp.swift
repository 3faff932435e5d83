import CDK
import Foundation

extension App {
    /// A new app for a test, with the context the project's `cdk.json` gives the app when the
    /// CLI runs it: `cdk.context.json`, then `cdk.json`'s `"context"` (feature flags such as
    /// `@aws-cdk/core:defaultCrossStackReferences`), then `context`. Both files are looked for
    /// in the package that holds the test file (walking up from `#filePath` to `Package.swift`);
    /// either may be missing. The shell's `CDK_*` variables are ignored, so that a test
    /// synthesizes the same everywhere.
    ///
    /// ```swift
    /// @Test func snapshot() throws {
    ///     let app = try App.forTesting()
    ///     _ = try StorageStack(app, "Storage")
    ///     try assertSnapshot(of: app)
    /// }
    /// ```
    public static func forTesting(
        context: [String: JSONValue] = [:], outdir: String? = nil, filePath: String = #filePath
    ) throws -> App {
        var merged: [String: JSONValue] = [:]
        if let root = PackageRoot.containing(filePath)?.path {
            for (key, value) in try ProjectContext.object(root + "/cdk.context.json", key: nil) { merged[key] = value }
            for (key, value) in try ProjectContext.object(root + "/cdk.json", key: "context") { merged[key] = value }
        }
        for (key, value) in context { merged[key] = value }
        return try App(outdir: outdir, context: merged, environment: [:])
    }
}

/// Reads the context of a project's `cdk.json` and `cdk.context.json`.
enum ProjectContext {
    /// The object at `key` of the JSON file at `path` (the whole file when `key` is nil); empty
    /// when the file does not exist.
    static func object(_ path: String, key: String?) throws -> JSONObject {
        guard FileManager.default.fileExists(atPath: path) else { return [:] }
        let json: JSONValue
        do {
            json = try JSONParser.parse(String(contentsOfFile: path, encoding: .utf8))
        } catch let error as JSONParseError {
            throw CDKError(code: "InvalidProjectContext", message: "\(path) is not valid JSON: \(error.message)")
        }
        guard case .object(let file) = json else {
            throw CDKError(code: "InvalidProjectContext", message: "\(path) must hold a JSON object.")
        }
        guard let key else { return file }
        guard let value = file[key] else { return [:] }
        guard case .object(let object) = value else {
            throw CDKError(code: "InvalidProjectContext", message: "\"\(key)\" in \(path) must be a JSON object of context values.")
        }
        return object
    }
}
