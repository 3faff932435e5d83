/// A unified diff of two texts by lines (`@@ -a,b +c,d @@` hunks with context), used to show
/// changes inside objects and arrays.
enum LineDiff {
    /// One line of a hunk.
    enum Line: Equatable {
        case context(String)
        case added(String)
        case removed(String)
    }

    /// A hunk: where it starts in both texts (1-based), how many lines it covers, its lines.
    struct Hunk {
        var oldStart: Int, oldCount: Int, newStart: Int, newCount: Int
        var lines: [Line]
    }

    /// The hunks turning `old` into `new`, with `context` unchanged lines around each change.
    static func hunks(_ old: [String], _ new: [String], context: Int = 3) -> [Hunk] {
        let script = editScript(old, new)
        // Indices (into script) of changed lines, grouped when close enough to share context.
        let changed = script.indices.filter { if case .context = script[$0].line { return false }; return true }
        guard !changed.isEmpty else { return [] }
        var groups: [[Int]] = [[changed[0]]]
        for index in changed.dropFirst() {
            if index - groups[groups.count - 1].last! <= 2 * context + 1 { groups[groups.count - 1].append(index) } else { groups.append([index]) }
        }
        return groups.map { group in
            let start = max(0, group.first! - context), end = min(script.count - 1, group.last! + context)
            let slice = script[start...end]
            let first = slice.first!
            let oldCount = slice.filter { if case .added = $0.line { return false }; return true }.count
            let newCount = slice.filter { if case .removed = $0.line { return false }; return true }.count
            return Hunk(oldStart: oldCount == 0 ? first.oldIndex : first.oldIndex + 1, oldCount: oldCount,
                        newStart: newCount == 0 ? first.newIndex : first.newIndex + 1, newCount: newCount,
                        lines: slice.map(\.line))
        }
    }

    private struct Step { var line: Line; var oldIndex: Int; var newIndex: Int }

    /// The shortest edit script (longest common subsequence), removals before additions.
    private static func editScript(_ old: [String], _ new: [String]) -> [Step] {
        let n = old.count, m = new.count
        var lcs = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        if n > 0 && m > 0 {
            for i in stride(from: n - 1, through: 0, by: -1) {
                for j in stride(from: m - 1, through: 0, by: -1) {
                    lcs[i][j] = old[i] == new[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
                }
            }
        }
        var steps: [Step] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, old[i] == new[j] {
                steps.append(Step(line: .context(old[i]), oldIndex: i, newIndex: j)); i += 1; j += 1
            } else if i < n, j == m || lcs[i + 1][j] >= lcs[i][j + 1] {
                steps.append(Step(line: .removed(old[i]), oldIndex: i, newIndex: j)); i += 1
            } else {
                steps.append(Step(line: .added(new[j]), oldIndex: i, newIndex: j)); j += 1
            }
        }
        return steps
    }
}
