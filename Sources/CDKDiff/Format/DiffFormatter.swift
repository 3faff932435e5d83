import CDKJSON

/// Writes an ``AssemblyDiff`` as text, in the AWS CDK CLI's `cdk diff` format: `Stack X`, the
/// security tables, then Parameters, Metadata, Mappings, Conditions, Resources and Outputs with
/// `[+]` / `[-]` / `[~]` lines and property trees; then this tool's probable renames and exports in
/// use, and `✨  Number of stacks with differences: N`.
public struct DiffFormatter: Sendable {
    /// Colours, or plain text.
    public var style: TextStyle
    /// Context lines around changes inside objects and arrays.
    public var context: Int

    /// A formatter with this style.
    public init(style: TextStyle = .plain, context: Int = 3) {
        self.style = style
        self.context = context
    }

    /// The whole report.
    public func format(_ diff: AssemblyDiff) -> String {
        var out: [String] = []
        for stack in diff.stacks {
            out += stackLines(stack)
            out += ["", ""]
        }
        if !diff.exportsInUse.isEmpty {
            out += exportLines(diff.exportsInUse)
            out.append("")
        }
        out.append("✨  Number of stacks with differences: \(diff.numberOfStacksWithDifferences)")
        out.append("")
        return out.joined(separator: "\n") + "\n"
    }

    /// The lines of one stack: its header, then its differences or `There were no differences`.
    public func stackLines(_ stack: StackDiff) -> [String] {
        var out = [style.bold("Stack \(stack.displayName)")]
        switch stack.status {
        case .removed:
            let count = stack.old?.template["Resources"]?.objectValue?.count ?? 0
            out.append(style.yellow("The stack is no longer in the app. Deploying does not delete it; `cdk destroy \(stack.displayName)` would delete its \(count) resources."))
            return out
        case .added:
            out.append(style.green("New stack: deploying creates it."))
        case .existing:
            break
        }
        if stack.diff.isEmpty {
            out.append("There were no differences")
        } else {
            out += templateLines(stack.diff)
        }
        return out
    }

    /// The sections of one template diff, each ending with a blank line.
    public func templateLines(_ diff: TemplateDiff) -> [String] {
        var out: [String] = []
        if !diff.templateChanges.isEmpty {
            out.append(header("Template"))
            out += diff.templateChanges.map { entryLine($0.id, $0, diff) }
            out.append("")
        }
        out += securityLines(diff)
        for (title, type, entries) in [("Parameters", "Parameter", diff.parameters), ("Metadata", "Metadata", diff.metadata),
                                       ("Mappings", "Mapping", diff.mappings), ("Conditions", "Condition", diff.conditions)]
        where !entries.isEmpty {
            out.append(header(title))
            out += entries.map { entryLine(type, $0, diff) }
            out.append("")
        }
        if !diff.resources.isEmpty {
            out.append(header("Resources"))
            for resource in diff.resources { out += resourceLines(resource, diff) }
            out.append("")
        }
        for (title, type, entries) in [("Outputs", "Output", diff.outputs), ("Other Changes", "Unknown", diff.otherSections)]
        where !entries.isEmpty {
            out.append(header(title))
            out += entries.map { entryLine(type, $0, diff) }
            out.append("")
        }
        if !diff.probableRenames.isEmpty {
            out.append(header("Probable Renames"))
            for rename in diff.probableRenames { out += renameLines(rename) }
            out.append("")
        }
        return out
    }

    private func header(_ title: String) -> String { style.underline(style.bold(title)) }

    private func prefix(_ kind: ChangeKind) -> String {
        switch kind {
        case .added: style.green("[+]")
        case .removed: style.red("[-]")
        case .updated: style.yellow("[~]")
        }
    }

    private func label(_ logicalId: String, _ diff: TemplateDiff) -> String {
        guard let path = diff.constructPaths[logicalId] else { return logicalId }
        return "\(path) \(style.gray(logicalId))"
    }

    private func text(_ value: JSONValue) -> String { value.stringValue ?? JSONWriter.compact(value) }

    private func entryLine(_ type: String, _ change: EntryChange, _ diff: TemplateDiff) -> String {
        let value: String
        switch change.kind {
        case .added: value = style.green(text(change.new!))
        case .removed: value = style.red(text(change.old!))
        case .updated: value = "\(style.red(text(change.old!))) to \(style.green(text(change.new!)))"
        }
        return "\(prefix(change.kind)) \(style.cyan(type)) \(label(change.id, diff)): \(value)"
    }

    private func impactWord(_ impact: ChangeImpact) -> String {
        switch impact {
        case .mayReplace, .orphan: style.italic(style.yellow(impact.word))
        case .replace, .destroy: style.italic(style.bold(style.red(impact.word)))
        default: ""
        }
    }

    /// A resource line and, for updates, its property tree.
    public func resourceLines(_ resource: ResourceChange, _ diff: TemplateDiff) -> [String] {
        let parts = [prefix(resource.kind), style.cyan(resource.type), label(resource.logicalId, diff), impactWord(resource.impact)]
        var out = [parts.filter { !$0.isEmpty }.joined(separator: " ")]
        if resource.typeChanged {
            out.append(" └─ [~] Type (requires replacement)")
            out += scalarLines(.string(resource.oldType!), .string(resource.newType!), prefix: "  ")
        }
        guard resource.kind == .updated else { return out }
        for (index, change) in resource.changes.enumerated() {
            let last = index == resource.changes.count - 1
            var info = ""
            if change.isProperty {
                if change.impact == .replace { info = " (requires replacement)" }
                if change.impact == .mayReplace { info = " (may cause replacement)" }
            }
            out.append(" \(last ? "└" : "├")─ \(tag(change.old, change.new)) \(change.name)\(info)")
            out += objectLines(change.old, change.new, prefix: " " + (last ? " " : "│"))
        }
        return out
    }

    private func tag(_ old: JSONValue?, _ new: JSONValue?) -> String {
        old != nil && new != nil ? style.yellow("[~]") : old != nil ? style.red("[-]") : style.green("[+]")
    }

    /// The tree below a changed value: member by member for objects, a line diff of the JSON for
    /// arrays and mixed kinds, `[-] old` / `[+] new` for scalars.
    private func objectLines(_ old: JSONValue?, _ new: JSONValue?, prefix: String) -> [String] {
        guard case .object(let before)? = old, case .object(let after)? = new else {
            guard let old else { return ["\(prefix)   └─ \(style.green(text(new!)))"] }
            guard let new else { return ["\(prefix)   └─ \(style.red(text(old)))"] }
            if old.isComposite || new.isComposite { return jsonDiffLines(old, new, prefix: prefix) }
            return scalarLines(old, new, prefix: prefix)
        }
        let keys = TemplateDiffer.union(before.keys, after.keys).filter { before[$0] != after[$0] }.sorted()
        var out: [String] = []
        for key in keys {
            let branch = key == keys.last ? "└" : "├"
            let member = style.blue(".\(key)")
            switch (before[key], after[key]) {
            case let (a?, b?):
                out.append("\(prefix)   \(branch)─ \(style.yellow("[~]")) \(member):")
                out += objectLines(a, b, prefix: prefix + "   " + (key == keys.last ? " " : "│"))
            case (_?, nil):
                out.append("\(prefix)   \(branch)─ \(style.red("[-]")) Removed: \(member)")
            default:
                out.append("\(prefix)   \(branch)─ \(style.green("[+]")) Added: \(member)")
            }
        }
        return out
    }

    private func scalarLines(_ old: JSONValue, _ new: JSONValue, prefix: String) -> [String] {
        ["\(prefix)   ├─ \(style.red("[-]")) \(style.red(text(old)))", "\(prefix)   └─ \(style.green("[+]")) \(style.green(text(new)))"]
    }

    private func jsonDiffLines(_ old: JSONValue, _ new: JSONValue, prefix: String) -> [String] {
        let oldLines = JSONWriter.string(old, indent: 2).components(separatedBy: "\n")
        let newLines = JSONWriter.string(new, indent: 2).components(separatedBy: "\n")
        var lines: [String] = []
        for hunk in LineDiff.hunks(oldLines, newLines, context: context) {
            lines.append(style.magenta("@@ -\(hunk.oldStart),\(hunk.oldCount) +\(hunk.newStart),\(hunk.newCount) @@"))
            let texts = hunk.lines.map { line -> String in
                switch line { case .context(let t), .added(let t), .removed(let t): t }
            }
            let indent = texts.map { $0.prefix { $0 == " " }.count }.min() ?? 0
            for (line, body) in zip(hunk.lines, texts.map { String($0.dropFirst(indent)) }) {
                switch line {
                case .context: lines.append("\(style.gray("[ ]")) \(body)")
                case .added: lines.append(style.bold("\(style.green("[+]")) \(style.green(body))"))
                case .removed: lines.append(style.bold("\(style.red("[-]")) \(style.red(body))"))
                }
            }
        }
        return lines.enumerated().map { "\(prefix)   \($0.offset == 0 ? "└─" : "  ") \($0.element)" }
    }

    private func securityLines(_ diff: TemplateDiff) -> [String] {
        let rows = SecurityTables(diff: diff)
        guard diff.iamChanges.hasChanges || diff.securityGroupChanges.hasChanges else { return [] }
        var out: [String] = []
        let colour: (String, String) -> String = { sign, text in sign == "+" ? style.green(text) : style.red(text) }
        func table(_ rows: [[String]]) -> String {
            TableFormatter.render([rows[0]] + rows.dropFirst().map { row in row.map { colour(row[0], $0) } }, style: style)
        }
        if !diff.iamChanges.addedStatements.isEmpty || !diff.iamChanges.removedStatements.isEmpty {
            out.append(header("IAM Statement Changes"))
            out.append(table(rows.statements))
        }
        if !diff.iamChanges.addedManagedPolicies.isEmpty || !diff.iamChanges.removedManagedPolicies.isEmpty {
            out.append(header("IAM Policy Changes"))
            out.append(table(rows.managedPolicies))
        }
        if diff.securityGroupChanges.hasChanges {
            out.append(header("Security Group Changes"))
            out.append(table(rows.securityGroups))
        }
        out.append(style.yellow("(NOTE: There may be security-related changes not in this list. See https://github.com/aws/aws-cdk/issues/1299)"))
        out.append("")
        return out
    }

    private func renameLines(_ rename: ProbableRename) -> [String] {
        let old = rename.oldPath.map { "\($0) \(style.gray(rename.oldLogicalId))" } ?? rename.oldLogicalId
        let new = rename.newPath.map { "\($0) \(style.gray(rename.newLogicalId))" } ?? rename.newLogicalId
        var notes = ["same type and properties under a new logical id: CloudFormation creates the new resource, then deletes the old one"]
        if rename.isStateful { notes.append("the data it holds is lost") }
        if !rename.explicitNames.isEmpty {
            notes.append("creating it fails while the old one holds its \(rename.explicitNames.joined(separator: ", "))")
        }
        return [
            "\(style.yellow("[~]")) \(style.cyan(rename.type)) \(old) -> \(new) \(impactWord(.replace))",
            " ├─ \(notes.joined(separator: "; "))",
            " └─ to keep it, \(rename.suggestion)",
        ]
    }

    private func exportLines(_ exports: [ExportInUse]) -> [String] {
        var out = [header("Exports In Use")]
        for export in exports {
            out.append("\(style.red("[!]")) \(export.problem)")
            for (index, step) in export.steps.enumerated() {
                out.append(" \(index == export.steps.count - 1 ? "└" : "├")─ \(index + 1). \(step)")
            }
        }
        return out
    }
}

extension JSONValue {
    /// Whether this is an array or an object.
    var isComposite: Bool {
        switch self { case .array, .object: true; default: false }
    }
}
