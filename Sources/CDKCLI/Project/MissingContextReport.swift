import CDKDiff
import CDKJSON

/// The context values an app's lookups did not find: the `missing` list of the assembly's
/// `manifest.json`. The AWS CDK CLI looks them up in the AWS account, saves them in
/// `cdk.context.json` and runs the app again; swift-cdk has no AWS access, so it says which
/// values are missing and how to get them.
struct MissingContextReport {
    /// The context key and provider of each missing value.
    let entries: [(key: String, provider: String)]

    /// The missing values listed in `folder`'s manifest (none when it cannot be read).
    static func read(in folder: String) -> MissingContextReport {
        let manifest = try? AssemblyReader.readJSON(folder + "/manifest.json")
        let entries = (manifest?["missing"]?.arrayValue ?? []).compactMap { entry -> (key: String, provider: String)? in
            guard let key = entry["key"]?.stringValue else { return nil }
            return (key, entry["provider"]?.stringValue ?? "unknown")
        }
        return MissingContextReport(entries: entries)
    }

    /// What to tell the user: the keys, and how to fill them.
    var explanation: String {
        let count = entries.count
        return """
            The app looked up \(count) context value\(count == 1 ? "" : "s") that \(count == 1 ? "is" : "are") not in cdk.context.json, \
            so its templates use placeholders (such as the zones dummy1a, dummy1b, dummy1c or the VPC vpc-12345):
            \(entries.map { "  - \($0.key) (provider \($0.provider))" }.joined(separator: "\n"))
            swift-cdk does not look values up in your AWS account. Run `cdk synth` (the official AWS CDK CLI, with your AWS \
            credentials) in this folder once: it looks them up and saves them in cdk.context.json. Or add them to \
            cdk.context.json yourself. The next swift-cdk synth passes them to the app.
            """
    }
}
