import CDKJSON

/// The differences of one stack between two synths.
public struct StackDiff: Sendable {
    /// Whether the stack is new, gone, or in both synths.
    public enum Status: String, Sendable, Codable {
        /// Only in the new synth: deploying creates it.
        case added
        /// Only in the old synth: deploying does not delete it (`cdk destroy` would).
        case removed
        /// In both.
        case existing
    }

    /// The stack in the old synth.
    public var old: AssemblyStack?
    /// The stack in the new synth.
    public var new: AssemblyStack?
    /// The template differences (against an empty template for an added stack).
    public var diff: TemplateDiff

    /// The stack's display name (`Prod/Api`).
    public var displayName: String { (new ?? old)!.displayName }
    /// The CloudFormation stack name.
    public var stackName: String { (new ?? old)!.stackName }
    /// Added, removed or existing.
    public var status: Status { old == nil ? .added : new == nil ? .removed : .existing }
    /// Whether anything differs.
    public var hasDifferences: Bool { status == .removed || !diff.isEmpty }
}

/// The differences between two synths of an app, stack by stack, and the exports in use that
/// the change would drop.
public struct AssemblyDiff: Sendable {
    /// One entry per stack: the new synth's stacks in order, then the removed ones.
    public var stacks: [StackDiff]
    /// Exports that the change drops or changes while another stack imports them.
    public var exportsInUse: [ExportInUse]

    /// A report of these stack diffs and export problems.
    public init(stacks: [StackDiff], exportsInUse: [ExportInUse] = []) {
        self.stacks = stacks
        self.exportsInUse = exportsInUse
    }

    /// The number of stacks with differences.
    public var numberOfStacksWithDifferences: Int { stacks.filter(\.hasDifferences).count }
    /// Whether anything differs.
    public var hasDifferences: Bool { numberOfStacksWithDifferences > 0 }

    /// The diff of the stack with this display name, stack name or artifact id.
    public func stack(_ name: String) -> StackDiff? {
        stacks.first { $0.displayName == name || $0.stackName == name || ($0.new ?? $0.old)?.id == name }
    }
}

/// Compares two synths of an app (or two single stacks).
public struct AssemblyDiffer: Sendable {
    /// The template differ (and its resource type registry).
    public var templateDiffer: TemplateDiffer

    /// A differ using `registry` (default: the built-in one).
    public init(registry: ResourceTypeRegistry = .builtIn) {
        templateDiffer = TemplateDiffer(registry: registry)
    }

    /// The differences from `old` (nil: nothing deployed yet) to `new`, for the stacks of `new`
    /// named in `selection` (all when nil) and, when all are selected, the stacks `new` lacks.
    public func diff(old: Assembly?, new: Assembly, selection: [AssemblyStack]? = nil) -> AssemblyDiff {
        let oldStacks = old?.stacks ?? []
        let selected = selection ?? new.stacks
        var stacks = selected.map { stack in diff(old: StackPairing.counterpart(of: stack, in: oldStacks), new: stack) }
        if selection == nil {
            for stack in oldStacks where StackPairing.counterpart(of: stack, in: new.stacks) == nil {
                stacks.append(diff(old: stack, new: nil))
            }
        }
        var replaced: [String: Set<String>] = [:]
        // Replaced resources of every stack (an unselected producer's too), for exports in use.
        let computed = Dictionary(stacks.compactMap { stack in stack.new.map { ($0.id, stack.diff) } }, uniquingKeysWith: { first, _ in first })
        for stack in new.stacks where old != nil {
            let diff = computed[stack.id] ?? diff(old: StackPairing.counterpart(of: stack, in: oldStacks), new: stack).diff
            replaced[stack.id] = Set(diff.replacedResources.map(\.logicalId))
        }
        var exports = old.map { ExportUsage.problems(old: $0, new: new, replaced: replaced) } ?? []
        if selection != nil {
            let names = Set(selected.map(\.displayName))
            exports = exports.filter { names.contains($0.producer) || !names.isDisjoint(with: $0.consumers) }
        }
        return AssemblyDiff(stacks: stacks, exportsInUse: exports)
    }

    /// The differences of one stack between two synths (at least one of them has the stack).
    func diff(old: AssemblyStack?, new: AssemblyStack?) -> StackDiff {
        var paths: [String: String] = [:]
        for stack in [old, new].compactMap({ $0 }) {
            for (id, path) in stack.constructPaths { paths[id] = ConstructPath.display(path, stackPath: stack.displayName) }
        }
        guard let new else { return StackDiff(old: old, new: nil, diff: TemplateDiff()) }
        let diff = templateDiffer.diff(old: old?.template ?? [:], new: new.template, constructPaths: paths)
        return StackDiff(old: old, new: new, diff: diff)
    }
}
