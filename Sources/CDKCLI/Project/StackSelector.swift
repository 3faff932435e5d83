import CDKDiff

/// Selects stacks by the names the AWS CDK CLI accepts: display names (`Prod/Api`), stack names
/// (`Prod-Api`) or artifact ids, with `*` (within a path component), `**` and `?` patterns.
enum StackSelector {
    /// Which stacks a selection adds to the ones its patterns name, as the AWS CDK CLI's
    /// `ExtendedStackSelection`.
    enum Extension {
        /// Only the named stacks (`--exclusively`; `ls`).
        case none
        /// Also the stacks they depend on, transitively (`synth`, `diff`, `deploy`).
        case upstream
        /// Also the stacks that depend on them, transitively (`destroy`).
        case downstream
    }

    /// The stacks matching any of `patterns` (all when empty), extended by `extend`, in
    /// dependency order.
    static func select(_ patterns: [String], from assembly: Assembly, extend: Extension = .none) throws -> [AssemblyStack] {
        let ordered = assembly.stacksInDependencyOrder
        guard !patterns.isEmpty else { return ordered }
        var chosen = Set<String>()
        for pattern in patterns {
            let matches = ordered.filter { stack in [stack.displayName, stack.stackName, stack.id].contains { glob(pattern, $0) } }
            guard !matches.isEmpty else {
                let known = ordered.map { name(of: $0) }.joined(separator: ", ")
                throw CLIError("No stack matches '\(pattern)'. The app's stacks: \(known.isEmpty ? "(none)" : known). Name a stack by its display name (Prod/Api), its stack name (Prod-Api) or a pattern (Prod/*).")
            }
            chosen.formUnion(matches.map(\.id))
        }
        switch extend {
        case .none: break
        case .upstream: chosen = closure(of: chosen) { id in ordered.first { $0.id == id }?.dependencies ?? [] }
        case .downstream: chosen = closure(of: chosen) { id in ordered.filter { $0.dependencies.contains(id) }.map(\.id) }
        }
        return ordered.filter { chosen.contains($0.id) }
    }

    /// `start` and every id reachable from it through `next`.
    private static func closure(of start: Set<String>, _ next: (String) -> [String]) -> Set<String> {
        var result = start, pending = Array(start)
        while let id = pending.popLast() {
            for other in next(id) where result.insert(other).inserted { pending.append(other) }
        }
        return result
    }

    /// `Prod/Api (Prod-Api)`, or the display name alone when it is the stack name.
    static func name(of stack: AssemblyStack) -> String {
        stack.displayName == stack.stackName ? stack.displayName : "\(stack.displayName) (\(stack.stackName))"
    }

    /// Whether `text` matches the glob `pattern`.
    static func glob(_ pattern: String, _ text: String) -> Bool {
        matches(Array(pattern), 0, Array(text), 0)
    }

    private static func matches(_ p: [Character], _ i: Int, _ t: [Character], _ j: Int) -> Bool {
        if i == p.count { return j == t.count }
        if p[i] == "*" {
            let crossesSlashes = i + 1 < p.count && p[i + 1] == "*"
            let next = crossesSlashes ? i + 2 : i + 1
            var k = j
            while true {
                if matches(p, next, t, k) { return true }
                guard k < t.count, crossesSlashes || t[k] != "/" else { return false }
                k += 1
            }
        }
        guard j < t.count, p[i] == "?" ? t[j] != "/" : p[i] == t[j] else { return false }
        return matches(p, i + 1, t, j + 1)
    }
}
