import Foundation

/// Where registry schemas come from: a folder of schema files, or the schemas shipped in the
/// `cfn-lint` Python package (`cfnlint/data/schemas`).
public enum SchemaSource {
    /// Loads the schemas at `path`: a cfn-lint `data/schemas` folder (detected by its
    /// `providers/<region>.py` index), or a folder of `*.json` schema files. Sorted by type name.
    public static func load(path: String, region: String = "us-east-1") throws -> [ResourceSchema] {
        let index = cfnLintIndexPath(schemasDirectory: path, region: region)
        if FileManager.default.fileExists(atPath: index) {
            return try loadCfnLint(schemasDirectory: path, region: region)
        }
        return try loadDirectory(path)
    }

    /// The provider index of `region` in a cfn-lint `data/schemas` folder.
    public static func cfnLintIndexPath(schemasDirectory: String, region: String) -> String {
        schemasDirectory + "/providers/" + region.replacingOccurrences(of: "-", with: "_") + ".py"
    }

    /// Loads the schemas cfn-lint lists for `region`: its `providers/<region>.py` maps each type
    /// name to `resources/<hash>.json`. Entries that are not resource types (`Module`) are skipped.
    public static func loadCfnLint(schemasDirectory: String, region: String = "us-east-1") throws -> [ResourceSchema] {
        let indexPath = cfnLintIndexPath(schemasDirectory: schemasDirectory, region: region)
        let index = try readText(indexPath)
        var schemas: [ResourceSchema] = []
        for (typeName, hash) in try parseProviderIndex(index) {
            let file = schemasDirectory + "/resources/" + hash + ".json"
            let schema = try ResourceSchema(text: readText(file))
            guard schema.typeName == typeName else {
                throw GeneratorError("\(file) describes \(schema.typeName), but the index lists it for \(typeName)")
            }
            schemas.append(schema)
        }
        return try sorted(schemas)
    }

    /// The `"Type::Name": "hash"` entries of a cfn-lint provider index, for three-part type names.
    public static func parseProviderIndex(_ text: String) throws -> [(typeName: String, hash: String)] {
        var entries: [(String, String)] = []
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "\"", omittingEmptySubsequences: false)
            // `    "AWS::S3::Bucket": "0123abcd",` splits into ["    ", type, ": ", hash, ","].
            guard parts.count == 5, parts[2].trimmingCharacters(in: .whitespaces) == ":" else { continue }
            let typeName = String(parts[1])
            guard typeName.components(separatedBy: "::").count == 3 else { continue }
            entries.append((typeName, String(parts[3])))
        }
        if entries.isEmpty { throw GeneratorError("the provider index lists no resource types") }
        return entries
    }

    /// Loads every `*.json` file in `directory` (not recursively) as a schema.
    public static func loadDirectory(_ directory: String) throws -> [ResourceSchema] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasSuffix(".json") }
            .sorted(by: Ordinal.less)
        if names.isEmpty { throw GeneratorError("\(directory) holds no *.json schema files") }
        return try sorted(names.map { try ResourceSchema(text: readText(directory + "/" + $0)) })
    }

    private static func sorted(_ schemas: [ResourceSchema]) throws -> [ResourceSchema] {
        let result = schemas.sorted { Ordinal.less($0.typeName, $1.typeName) }
        for (a, b) in zip(result, result.dropFirst()) where a.typeName == b.typeName {
            throw GeneratorError("two schemas describe \(a.typeName)")
        }
        return result
    }

    static func readText(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GeneratorError("cannot read \(path)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
