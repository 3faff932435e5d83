/// What ``lint(_:ignoreChecks:regions:failOn:filePath:environment:)-(Template,_,_,_,_,_)`` found
/// when the template passed.
public enum LintResult: Sendable, Equatable, CustomStringConvertible {
    /// `cfn-lint` ran; these findings are below the level that fails (often none).
    case passed(findings: [LintFinding])
    /// `cfn-lint` is not installed; the reason says how to install it.
    case skipped(reason: String)

    /// Whether linting was skipped.
    public var isSkipped: Bool {
        if case .skipped = self { return true }
        return false
    }

    /// `passed` with its findings, or `skipped: <reason>`.
    public var description: String {
        switch self {
        case .passed(let findings):
            return findings.isEmpty ? "passed" : "passed with:\n" + findings.map { "  \($0)" }.joined(separator: "\n")
        case .skipped(let reason):
            return "skipped: " + reason
        }
    }
}
