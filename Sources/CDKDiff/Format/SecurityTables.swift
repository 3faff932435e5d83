/// The rows of the security tables of a template diff, as the AWS CDK lays them out: a header,
/// additions then removals sorted by resource (or group), logical ids in `${...}` replaced by
/// construct paths.
struct SecurityTables {
    let diff: TemplateDiff

    /// `'' | Resource | Effect | Action | Principal | Condition`.
    var statements: [[String]] {
        let iam = diff.iamChanges
        let rows = iam.addedStatements.map { row("+", $0) } + iam.removedStatements.map { row("-", $0) }
        return [["", "Resource", "Effect", "Action", "Principal", "Condition"]] + sorted(rows).map(substitute)
    }

    /// `'' | Resource | Managed Policy ARN`.
    var managedPolicies: [[String]] {
        let iam = diff.iamChanges
        let rows = iam.addedManagedPolicies.map { ["+", $0.identity, $0.policyArn] } + iam.removedManagedPolicies.map { ["-", $0.identity, $0.policyArn] }
        return [["", "Resource", "Managed Policy ARN"]] + sorted(rows).map(substitute)
    }

    /// `'' | Group | Dir | Protocol | Peer`, ingress before egress within a group.
    var securityGroups: [[String]] {
        let sg = diff.securityGroupChanges
        func rows(_ sign: String, _ dir: String, _ rules: [SecurityGroupRule]) -> [[String]] {
            rules.map { [sign, $0.groupId, dir, $0.protocolDescription, $0.peerDescription] }
        }
        let all = rows("+", "In", sg.addedIngress) + rows("+", "Out", sg.addedEgress) + rows("-", "In", sg.removedIngress) + rows("-", "Out", sg.removedEgress)
        let ordered = all.enumerated().sorted { a, b in
            (a.element[1], a.element[2] == "In" ? 0 : 1, a.offset) < (b.element[1], b.element[2] == "In" ? 0 : 1, b.offset)
        }.map(\.element)
        return [["", "Group", "Dir", "Protocol", "Peer"]] + ordered.map(substitute)
    }

    private func row(_ sign: String, _ statement: PolicyStatement) -> [String] {
        if let opaque = statement.opaque { return [sign, opaque, "", "", statement.principals.rendered, ""] }
        return [sign, statement.resources.rendered, statement.effect, statement.actions.rendered,
                statement.principals.rendered, statement.renderedCondition]
    }

    /// Stable sort by the second column.
    private func sorted(_ rows: [[String]]) -> [[String]] {
        rows.enumerated().sorted { ($0.element[1], $0.offset) < ($1.element[1], $1.offset) }.map(\.element)
    }

    /// `${LogicalId...}` -> `${construct/path...}` where the path is known.
    private func substitute(_ row: [String]) -> [String] {
        row.map { cell in
            var result = ""
            var rest = Substring(cell)
            while let start = rest.range(of: "${") {
                result += rest[..<start.lowerBound]
                guard let end = rest[start.upperBound...].firstIndex(of: "}") else { rest = rest[start.lowerBound...]; break }
                let inner = rest[start.upperBound..<end]
                let id = inner.prefix { $0 != "." }
                let path = diff.constructPaths[String(id)] ?? String(id)
                result += "${" + path + inner.dropFirst(id.count) + "}"
                rest = rest[rest.index(after: end)...]
            }
            return result + rest
        }
    }
}
