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

    static func add(source: Element, target: Element, reason: String) throws {
        if source.construct === target.construct { return }
        let sourceStack = source.stack
        let targetStack = target.stack
        let sourceStage = Stage.of(sourceStack)
        let targetStage = Stage.of(targetStack)
        if sourceStage !== targetStage {
            throw CDKError(
                code: "CannotDependAcrossStages",
                message: "You cannot have a dependency from '\(source.construct.node.path)' (in \(describe(sourceStage))) to '\(target.construct.node.path)' (in \(describe(targetStage))): dependency cannot cross stage boundaries. Create the shared resource in the same Stage, or pass the value between stages as a parameter.",
                path: source.construct.node.path)
        }
        if sourceStack === targetStack {
            if case .resource(let s) = source, case .resource(let t) = target { s.addResourceDependency(t) }
            return
        }
        try sourceStack.addAssemblyDependency(targetStack, reason: reason)
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
            var targets: [Construct] = []
            for dependable in source.constructDependencies {
                for rootConstruct in dependable.dependencyRoots {
                    for target in rootConstruct.node.findAll() where seen.insert(ObjectIdentifier(target)).inserted {
                        targets.append(target)
                    }
                }
            }
            let sourceResources = resources(under: source)
            for target in targets {
                for targetResource in resources(under: target) {
                    for sourceResource in sourceResources {
                        try sourceResource.addDependency(targetResource)
                    }
                }
                if let targetStack = target as? Stack, let sourceStack = source as? Stack {
                    try sourceStack.addDependency(targetStack)
                }
            }
        }
    }

    private static func resources(under construct: Construct) -> [CfnResource] {
        construct.node.findAll().compactMap { $0 as? CfnResource }
    }
}
