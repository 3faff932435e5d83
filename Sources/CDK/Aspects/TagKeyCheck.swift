/// The tag keys CloudFormation refuses: empty ones, and those with the `aws:` prefix, which AWS
/// reserves for its own tags.
enum TagKeyCheck {
    /// What is wrong with the tag `key` (with `value`), or `nil` when it can be deployed.
    static func problem(key: String, value: String) -> String? {
        if key.isEmpty {
            return "Tag key must be non-empty (value '\(value)'). Give the tag a key."
        }
        if Token.isUnresolved(key) { return nil }
        if key.lowercased().hasPrefix("aws:") {
            return "Tag key '\(key)' (value '\(value)') starts with 'aws:', a prefix AWS reserves for its own tags: CloudFormation rejects it. Use another key."
        }
        return nil
    }

    /// The first problem among the tags of `manager`, if any.
    static func problem(in manager: TagManager) -> String? {
        // Most keys pass the cheap test; the sorted walk (for a deterministic message) is only
        // made when one fails it.
        guard manager.tagKeys.contains(where: { $0.isEmpty || $0.utf8.count >= 4 && $0.lowercased().hasPrefix("aws:") }) else { return nil }
        let values = manager.tagValues()
        for key in manager.sortedKeys {
            if let problem = problem(key: key, value: values[key] ?? "") { return problem }
        }
        return nil
    }
}
