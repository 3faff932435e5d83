/// How serious a `cfn-lint` finding is.
public enum LintLevel: Int, Sendable, Comparable {
    /// `I...` rules.
    case informational
    /// `W...` rules.
    case warning
    /// `E...` rules.
    case error

    /// `cfn-lint`'s word for the level (`Error`, `Warning`, `Informational`).
    init(word: String) {
        switch word.lowercased() {
        case "error": self = .error
        case "warning": self = .warning
        default: self = .informational
        }
    }

    /// Informational < warning < error.
    public static func < (lhs: LintLevel, rhs: LintLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One problem `cfn-lint` reported.
public struct LintFinding: Sendable, Equatable, CustomStringConvertible {
    /// The rule (`E3002`).
    public let rule: String
    /// Its level.
    public let level: LintLevel
    /// What is wrong.
    public let message: String
    /// Where in the template (`["Resources", "Bucket83908E77", "Properties", "Foo"]`).
    public let location: [String]
    /// The construct path of the resource, when the template came from a stack.
    public let constructPath: String?

    /// `[E3002] Resources/Bucket83908E77/Properties/Foo (/S/Bucket): message`.
    public var description: String {
        let place = location.joined(separator: "/") + (constructPath.map { " (\($0))" } ?? "")
        return "[\(rule)] " + (place.isEmpty ? "" : place + ": ") + message
    }
}
