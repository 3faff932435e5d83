import CDKJSON
import CDKDiff

/// The probable renames of a diff as a file for the official CLI's `cdk refactor
/// --override-file`, which moves each resource to its new logical id in place instead of
/// replacing it: `{"environments": [{"account", "region", "resources": {"Stack.OldId": "Stack.NewId"}}]}`.
enum RefactorMapping {
    /// The file's JSON, or nil when the diff has no probable renames; `unknownEnvironment` is
    /// set when a stack has no concrete account or region (the file then has to be completed).
    static func json(_ diff: AssemblyDiff) -> (json: JSONValue, unknownEnvironment: Bool)? {
        var groups: [(account: String, region: String, resources: JSONObject)] = []
        var unknown = false
        for stack in diff.stacks {
            guard let current = stack.new, !stack.diff.probableRenames.isEmpty else { continue }
            let account = current.account ?? "unknown-account", region = current.region ?? "unknown-region"
            if current.account == nil || current.region == nil { unknown = true }
            let index = groups.firstIndex { $0.account == account && $0.region == region } ?? {
                groups.append((account, region, [:]))
                return groups.count - 1
            }()
            for rename in stack.diff.probableRenames {
                groups[index].resources[current.stackName + "." + rename.oldLogicalId] = .string(current.stackName + "." + rename.newLogicalId)
            }
        }
        guard !groups.isEmpty else { return nil }
        let environments = groups.map { group -> JSONValue in
            ["account": .string(group.account), "region": .string(group.region), "resources": .object(group.resources)]
        }
        return (["environments": .array(environments)], unknown)
    }
}
