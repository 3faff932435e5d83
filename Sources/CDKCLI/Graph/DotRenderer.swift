/// Writes an ``AppGraph`` as Graphviz DOT: a cluster per stack, a cluster per construct inside
/// it, a node per resource, and edges for references (solid), `DependsOn` (dotted),
/// cross-stack references (dashed, labelled with the export) and stack dependencies (bold,
/// between the stacks' folder nodes).
enum DotRenderer {
    static func render(_ graph: AppGraph) -> String {
        var lines = [
            "digraph app {",
            "  rankdir=LR;",
            "  compound=true;",
            "  fontname=\"Helvetica\";",
            "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Helvetica\", fontsize=10];",
            "  edge [fontname=\"Helvetica\", fontsize=9];",
        ]
        for (stackIndex, stack) in graph.stacks.enumerated() {
            lines.append("  subgraph \(quote("cluster_\(stackIndex)")) {")
            lines.append("    label=\(quote("\(stack.name)\n\(stack.environment)"));")
            lines.append("    style=\"rounded,filled\"; fillcolor=\"#f3f6fa\";")
            lines.append("    \(quote("stack:" + stack.id)) [label=\(quote(stack.name)), shape=folder, fillcolor=\"#dde7f3\"];")
            for (groupIndex, group) in stack.groups.enumerated() {
                lines.append("    subgraph \(quote("cluster_\(stackIndex)_\(groupIndex)")) {")
                lines.append("      label=\(quote(group.name)); style=\"rounded,dashed\"; fillcolor=\"#ffffff\";")
                for resource in group.resources {
                    lines.append("      \(quote(resource.id)) [label=\(quote("\(resource.label)\n\(resource.type)")), tooltip=\(quote(resource.logicalId))];")
                }
                lines.append("    }")
            }
            lines.append("  }")
        }
        for edge in graph.edges {
            var attributes: [String] = []
            switch edge.kind {
            case .reference: break
            case .dependsOn: attributes.append("style=dotted")
            case .crossStack: attributes += ["style=dashed", "color=\"#c0392b\""]
            case .stackDependency: attributes += ["style=bold", "color=\"#2c3e50\"", "label=\"depends on\""]
            }
            if let label = edge.label { attributes.append("label=\(quote(label))") }
            let from = edge.kind == .stackDependency ? "stack:" + edge.from : edge.from
            let to = edge.kind == .stackDependency ? "stack:" + edge.to : edge.to
            lines.append("  \(quote(from)) -> \(quote(to))" + (attributes.isEmpty ? "" : " [\(attributes.joined(separator: ", "))]") + ";")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A DOT string literal.
    static func quote(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n") + "\""
    }
}
