/// Runs aspects over a stage's tree, as the AWS CDK v2 does: passes repeat until no aspect is
/// newly invoked, so aspects that add constructs or aspects are picked up.
enum AspectInvocation {
    static let maxPasses = 100

    static func invoke(_ root: Stage) throws {
        // A tree without aspects needs no pass (unknown for a stage below a plain construct).
        if let app = root.node.root as? Stage, !app.hasAspects { return }
        var invoked: [ObjectIdentifier: [(aspect: ObjectIdentifier, priority: Int)]] = [:]
        let stabilize = root.node.tryGetContext(ContextKeys.aspectStabilization)?.isTruthy ?? true
        for _ in 0..<maxPasses {
            var didInvoke = false
            try visit(root, inherited: [], root: root, invoked: &invoked, didInvoke: &didInvoke)
            if !didInvoke || !stabilize { return }
        }
        throw CDKError(code: "PossibleInfiniteLoopDetected", message: "We have detected a possible infinite loop while invoking Aspects. Please check your Aspects and verify there is no configuration that would cause infinite Aspect or Node creation.", path: root.node.path)
    }

    private static func visit(
        _ construct: Construct, inherited: [AppliedAspect], root: Stage,
        invoked: inout [ObjectIdentifier: [(aspect: ObjectIdentifier, priority: Int)]], didInvoke: inout Bool
    ) throws {
        if construct is Stage && construct !== root { return }
        // `inherited` is sorted already; most constructs add no aspects of their own, and most
        // of the others one aspect where none is inherited (a role's policy splitter).
        let all = if construct.aspects.isEmpty {
            inherited
        } else if inherited.isEmpty && construct.aspects.count == 1 {
            construct.aspects
        } else {
            stableSortedByPriority(inherited + construct.aspects)
        }
        let key = ObjectIdentifier(construct)
        for applied in all {
            let aspectID = ObjectIdentifier(applied.aspect)
            let done = invoked[key] ?? []
            if done.contains(where: { $0.aspect == aspectID }) { continue }
            if let later = done.first(where: { $0.priority > applied.priority }) {
                throw CDKError(
                    code: "AspectPriorityOrder",
                    message: "Cannot invoke Aspect \(type(of: applied.aspect)) with priority \(applied.priority) on node \(construct.node.path): an Aspect with a higher priority value (\(later.priority)) was already invoked on this node. Add aspects before synthesis starts, or give this one a higher priority value.",
                    path: construct.node.path)
            }
            try applied.aspect.visit(construct)
            invoked[key, default: []].append((aspectID, applied.priority))
            didInvoke = true
        }
        for child in construct.children {
            try visit(child, inherited: all, root: root, invoked: &invoked, didInvoke: &didInvoke)
        }
    }

    private static func stableSortedByPriority(_ aspects: [AppliedAspect]) -> [AppliedAspect] {
        aspects.enumerated().sorted { a, b in
            a.element.priority != b.element.priority ? a.element.priority < b.element.priority : a.offset < b.offset
        }.map { $0.element }
    }
}
