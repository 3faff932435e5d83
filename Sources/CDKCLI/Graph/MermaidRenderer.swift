/// Writes an ``AppGraph`` as a Mermaid flowchart (GitHub renders it in Markdown): a subgraph
/// per stack and per construct, `-->` for references, `-.->` for `DependsOn` and cross-stack
/// references (labelled with the export), `==>` for stack dependencies.
enum MermaidRenderer {
    static func render(_ graph: AppGraph) -> String {
        var ids: [String: String] = [:]
        var lines = ["flowchart LR"]
        for (stackIndex, stack) in graph.stacks.enumerated() {
            let stackId = "s\(stackIndex)"
            ids["stack:" + stack.id] = stackId
            lines.append("  subgraph \(stackId)[\(label("\(stack.name) · \(stack.environment)"))]")
            for (groupIndex, group) in stack.groups.enumerated() {
                lines.append("    subgraph \(stackId)g\(groupIndex)[\(label(group.name))]")
                for (resourceIndex, resource) in group.resources.enumerated() {
                    let id = "\(stackId)g\(groupIndex)r\(resourceIndex)"
                    ids[resource.id] = id
                    lines.append("      \(id)[\(label("\(resource.label)<br/>\(resource.type)"))]")
                }
                lines.append("    end")
            }
            lines.append("  end")
        }
        for edge in graph.edges {
            let fromKey = edge.kind == .stackDependency ? "stack:" + edge.from : edge.from
            let toKey = edge.kind == .stackDependency ? "stack:" + edge.to : edge.to
            guard let from = ids[fromKey], let to = ids[toKey] else { continue }
            switch edge.kind {
            case .reference: lines.append("  \(from) --> \(to)")
            case .dependsOn: lines.append("  \(from) -.->|depends on| \(to)")
            case .crossStack: lines.append("  \(from) -.->|\(edgeLabel(edge.label ?? "cross-stack"))| \(to)")
            case .stackDependency: lines.append("  \(from) ==>|depends on| \(to)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A node or subgraph label: quoted, with `"` written as `#quot;`.
    private static func label(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "#quot;") + "\""
    }

    private static func edgeLabel(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "#quot;").replacingOccurrences(of: "|", with: "#124;") + "\""
    }
}
