import CDK
import Foundation

/// Applies ``SnapshotOptions`` to a template.
enum SnapshotNormalizer {
    static let hashPlaceholder = "<asset-hash>"

    static func normalize(_ template: JSONObject, _ options: SnapshotOptions) -> JSONObject {
        var result = template
        if options.removeBootstrapVersion {
            remove("BootstrapVersion", from: "Parameters", in: &result)
            remove("CheckBootstrapVersion", from: "Rules", in: &result)
        }
        if options.removeCDKMetadata {
            let resources = result["Resources"]?.objectValue ?? [:]
            for (id, resource) in resources where resource["Type"] == "AWS::CDK::Metadata" {
                remove(id, from: "Resources", in: &result)
            }
            remove("CDKMetadataAvailable", from: "Conditions", in: &result)
        }
        if options.normalizeAssetHashes, case .object(let masked) = maskHashes(.object(result)) {
            result = masked
        }
        return result
    }

    private static func remove(_ id: String, from section: String, in template: inout JSONObject) {
        guard case .object(var entries)? = template[section], entries.contains(id) else { return }
        entries[id] = nil
        template[section] = entries.isEmpty ? nil : .object(entries)
    }

    private static let hashRegex = try! NSRegularExpression(pattern: "[0-9a-f]{64}")

    static func maskHashes(_ value: JSONValue) -> JSONValue {
        switch value {
        case .string(let s):
            guard s.utf8.count >= 64 else { return value }
            let range = NSRange(s.startIndex..., in: s)
            return .string(hashRegex.stringByReplacingMatches(in: s, range: range, withTemplate: hashPlaceholder))
        case .array(let elements):
            return .array(elements.map(maskHashes))
        case .object(let object):
            return .object(JSONObject(object.members.map { (maskString($0.key), maskHashes($0.value)) }))
        default:
            return value
        }
    }

    private static func maskString(_ s: String) -> String {
        maskHashes(.string(s)).stringValue ?? s
    }
}
