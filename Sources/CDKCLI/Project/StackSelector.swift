import CDKDiff

/// Selects stacks by the names the AWS CDK CLI accepts: display names (`Prod/Api`), stack names
/// (`Prod-Api`) or artifact ids, with `*` (within a path component), `**` and `?` patterns.
enum StackSelector {
    /// The stacks matching any of `patterns` (all when empty), in dependency order.
    static func select(_ patterns: [String], from assembly: Assembly) throws -> [AssemblyStack] {
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
        return ordered.filter { chosen.contains($0.id) }
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
