import CDKJSON
import Foundation

/// Reads a `resource-types.json` summary of the CloudFormation registry schemas, tolerantly:
/// `{"resourceTypes": {TYPE: INFO}}` or a plain `{TYPE: INFO}` map (or a list of INFO objects
/// with `typeName`), where INFO has `createOnlyProperties`, `readOnlyProperties`,
/// `primaryIdentifier` (JSON pointer lists, each optional) and `isStateful` or `stateful`.
public enum ResourceTypesFile {
    /// The registry described by the JSON text.
    public static func parse(_ text: String) throws -> ResourceTypeRegistry {
        let document: JSONValue
        do {
            document = try JSONParser.parse(text)
        } catch let error as JSONParseError {
            throw AssemblyError("The resource types file is not valid JSON: \(error.message)")
        }
        var infos: [CfnResourceTypeInfo] = []
        let container = document["resourceTypes"] ?? document["types"] ?? document
        if let list = container.arrayValue {
            for item in list {
                if let name = item["typeName"]?.stringValue { infos.append(info(name, item)) }
            }
        } else if let map = container.objectValue {
            for (name, item) in map where name.contains("::") && item.objectValue != nil {
                infos.append(info(name, item))
            }
        }
        guard !infos.isEmpty else {
            throw AssemblyError("The resource types file describes no resource types: expected {\"resourceTypes\": {\"AWS::S3::Bucket\": {\"createOnlyProperties\": [...]}, ...}}.")
        }
        return ResourceTypeRegistry(infos)
    }

    /// The registry described by the file at `path`.
    public static func load(contentsOf path: String) throws -> ResourceTypeRegistry {
        do {
            return try parse(try String(contentsOfFile: path, encoding: .utf8))
        } catch let error as AssemblyError {
            throw AssemblyError("\(path): \(error.message)")
        } catch {
            throw AssemblyError("Cannot read \(path): \(error.localizedDescription)")
        }
    }

    private static func info(_ name: String, _ item: JSONValue) -> CfnResourceTypeInfo {
        func strings(_ key: String) -> [String] { (item[key]?.arrayValue ?? []).compactMap(\.stringValue) }
        return CfnResourceTypeInfo(
            typeName: name, createOnlyProperties: strings("createOnlyProperties"),
            readOnlyProperties: strings("readOnlyProperties"), primaryIdentifier: strings("primaryIdentifier"),
            isStateful: item["isStateful"]?.boolValue ?? item["stateful"]?.boolValue ?? false)
    }
}
