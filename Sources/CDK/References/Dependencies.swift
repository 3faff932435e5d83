/// Places a dependency between two resources or stacks where CloudFormation and the CLI can
/// see it: `DependsOn` inside one stack, a stack (assembly) dependency across stacks.
enum Dependencies {
    enum Element {
        case resource(CfnResource)
        case stack(Stack)

        var construct: Construct {
            switch self {
            case .resource(let r): r
            case .stack(let s): s
            }
        }

        var stack: Stack {
            switch self {
            case .resource(let r): r.stack
            case .stack(let s): s
            }
        }
    }

    /// Adds the dependency; `reason` (made only when the stacks depend on each other) is kept
    /// with a stack dependency.
    static func add(source: Element, target: Element, reason: @autoclosure () -> String) throws {
        if source.construct === target.construct { return }
        let sourceStack = source.stack
        let targetStack = target.stack
        // Two resources of one stack: a plain `DependsOn`.
        if case .resource(let s) = source, case .resource(let t) = target, sourceStack === targetStack {
            try checkNoCycle(from: s, to: t)
            s.addResourceDependency(t)
            return
        }
        let sourceStage = Stage.of(sourceStack)
        let targetStage = Stage.of(targetStack)
        if sourceStage !== targetStage {
            throw CDKError(
                code: "CannotDependAcrossStages",
                message: "You cannot have a dependency from '\(source.construct.node.path)' (in \(describe(sourceStage))) to '\(target.construct.node.path)' (in \(describe(targetStage))): dependency cannot cross stage boundaries. Create the shared resource in the same Stage, or pass the value between stages as a parameter.",
                path: source.construct.node.path)
        }
        // The deepest stack both are in; without one, the top-level stacks depend on each other.
        let sourcePath = pathFromTopLevel(sourceStack)
        let targetPath = pathFromTopLevel(targetStack)
        var common: Stack?
        for (a, b) in zip(sourcePath, targetPath) where a === b { common = a }
        guard let common else {
            try sourcePath[0].addAssemblyDependency(targetPath[0], reason: reason())
            return
        }
        // A stack never needs to depend on its own nested stacks: they deploy first.
        if case .stack(let s) = source, s === common { return }
        if case .stack(let t) = target, t === common {
            throw CDKError(code: "NestedStackCannotDepend", message: "Nested stack '\(sourceStack.node.path)' cannot depend on a parent stack '\(targetStack.node.path)'. Move the dependency into the parent, or pass the value to the nested stack as a parameter.", path: sourceStack.node.path)
        }
        if let s = resource(representing: source, in: common), let t = resource(representing: target, in: common), s !== t {
            try checkNoCycle(from: s, to: t)
            s.addResourceDependency(t)
        }
    }

    /// Throws when `target` already depends on `source` (directly or through other resources of
    /// their stack): `DependsOn` both ways is a cycle CloudFormation refuses to deploy.
    private static func checkNoCycle(from source: CfnResource, to target: CfnResource) throws {
        var seen = Set<ObjectIdentifier>()
        func chain(from current: CfnResource) -> [CfnResource]? {
            if current === source { return [current] }
            guard seen.insert(ObjectIdentifier(current)).inserted else { return nil }
            for next in current.resourceDependencies {
                if let rest = chain(from: next) { return [current] + rest }
            }
            return nil
        }
        guard let cycle = chain(from: target) else { return }
        let described = ([source] + cycle).map { "'\($0.node.path)'" }.joined(separator: " -> ")
        throw CDKError(
            "DependencyCycle",
            "Adding a dependency of '\(source.node.path)' on '\(target.node.path)' would create a cycle of DependsOn (\(described)), which CloudFormation cannot deploy. Remove one of the dependencies.",
            at: source)
    }

    /// The stacks from the top-level stack down to `stack`.
    private static func pathFromTopLevel(_ stack: Stack) -> [Stack] {
        var path = [stack]
        while let nested = path[0] as? NestedStack { path.insert(nested.parentStack, at: 0) }
        return path
    }

    /// The resource of `common` that stands for `element`: the element itself, or the
    /// `AWS::CloudFormation::Stack` resource of the nested stack that contains it.
    private static func resource(representing element: Element, in common: Stack) -> CfnResource? {
        var resource: CfnResource?
        switch element {
        case .resource(let r): resource = r
        case .stack(let s): resource = (s as? NestedStack)?.nestedStackResource
        }
        while let current = resource, current.stack !== common {
            resource = (current.stack as? NestedStack)?.nestedStackResource
        }
        return resource
    }

    private static func describe(_ stage: Stage?) -> String {
        guard let stage else { return "an unrooted construct tree" }
        if stage.parentStage == nil { return "the App" }
        return "Stage '\(stage.node.path)'"
    }

    /// Turns construct dependencies (`node.addDependency`) into resource and stack
    /// dependencies: every resource below the source depends on every resource below the target.
    static func reifyConstructDependencies(in root: Construct) throws {
        for source in root.node.findAll() where !source.constructDependencies.isEmpty {
            var seen = Set<ObjectIdentifier>()
            let sourceResources = resources(under: source)
            for dependable in source.constructDependencies {
                for rootConstruct in dependable.dependencyRoots {
                    // The constructs below this root not met below an earlier one.
                    let targets = rootConstruct.node.findAll().filter { seen.insert(ObjectIdentifier($0)).inserted }
                    for case let targetResource as CfnResource in targets {
                        for sourceResource in sourceResources {
                            try sourceResource.addDependency(targetResource)
                        }
                    }
                    if let sourceStack = source as? Stack {
                        for case let targetStack as Stack in targets { try sourceStack.addDependency(targetStack) }
                    }
                }
            }
        }
    }

    private static func resources(under construct: Construct) -> [CfnResource] {
        construct.node.findAll().compactMap { $0 as? CfnResource }
    }
}
