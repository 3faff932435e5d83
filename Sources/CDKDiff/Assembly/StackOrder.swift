/// Orders stacks for deployment: a stack after the stacks it depends on, otherwise in the
/// given order (a stable topological sort, as the AWS CDK CLI lists them).
enum StackOrder {
    static func sorted(_ stacks: [AssemblyStack]) -> [AssemblyStack] {
        let ids = Set(stacks.map(\.id))
        var placed = Set<String>()
        var result: [AssemblyStack] = []
        var remaining = stacks
        while !remaining.isEmpty {
            // The first stack whose dependencies (within this assembly) are all placed.
            let index = remaining.firstIndex { stack in
                stack.dependencies.allSatisfy { !ids.contains($0) || placed.contains($0) }
            } ?? 0 // a cycle (which the CLI would reject): keep the given order
            let stack = remaining.remove(at: index)
            placed.insert(stack.id)
            result.append(stack)
        }
        return result
    }
}
