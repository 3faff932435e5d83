import CDK

/// Matches every entry of a template section (or of a list of messages) against one pattern
/// and words the failure as `aws-cdk-lib/assertions` does.
struct SectionMatch {
    /// The entries that matched, by id, in section order.
    var matches = JSONObject()
    /// Every entry tested, by id.
    var analyzed = JSONObject()
    /// When nothing matched: the closest candidates (at most 3) by failure cost, then id.
    var closest: [(id: String, result: MatchResult)] = []

    var isMatch: Bool { !matches.isEmpty }

    init(_ section: JSONObject, _ pattern: Pattern) throws {
        let matcher = pattern.entryMatcher
        var failures: [(id: String, result: MatchResult)] = []
        for (id, entry) in section {
            analyzed[id] = entry
            let result = try matcher.test(entry).finished()
            if result.hasFailed { failures.append((id, result)) } else { matches[id] = entry }
        }
        if matches.isEmpty {
            failures.sort {
                $0.result.failCost != $1.result.failCost
                    ? $0.result.failCost < $1.result.failCost
                    : LocaleCompare.compare($0.id, $1.id) < 0
            }
            closest = Array(failures.prefix(3))
        }
    }

    /// `<what> has <n> <qualifier>[, but none match as expected].` and the closest matches;
    /// `label` names each candidate (its id, or its id and construct path).
    func failureReport(qualifier: String, what: String = "Template", label: (String) -> String = { $0 }) -> String {
        let count = analyzed.count
        var text = "\(what) has \(count) \(qualifier)" + (count > 0 ? ", but none match as expected" : "") + ".\n"
        if closest.isEmpty {
            text += "No matches found"
        } else {
            text += (["The \(closest.count) closest matches:"]
                + closest.map { "\(label($0.id)) :: \($0.result.renderMismatch())" }).joined(separator: "\n")
        }
        return text
    }

    /// The ids of entries that did not match, one per line after a heading.
    func mismatchList() -> String {
        (["The following resources do not match the given definition:"]
            + analyzed.keys.filter { !matches.contains($0) }.map { "\t\($0)" }).joined(separator: "\n")
    }
}

extension JSONObject {
    /// The members whose id is `id`, or all of them for `"*"`.
    func filtered(logicalId id: String) -> JSONObject {
        id == "*" ? self : JSONObject(members.filter { $0.key == id }.map { ($0.key, $0.value) })
    }
}
