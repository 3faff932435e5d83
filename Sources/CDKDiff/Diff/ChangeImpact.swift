/// What deploying a change does to a resource, from harmless to destructive (the AWS CDK's
/// `ResourceImpact`, with the same ranking).
public enum ChangeImpact: String, Sendable, Comparable, CaseIterable, Codable {
    /// Nothing changes.
    case noChange = "no-change"
    /// Updated in place.
    case update
    /// Created.
    case create
    /// Removed from the stack but kept in the account (`DeletionPolicy: Retain`).
    case orphan
    /// Replaced under some conditions (the legacy specification's conditional updates).
    case mayReplace = "may-replace"
    /// Replaced: a new physical resource is created and the old one deleted.
    case replace
    /// Deleted.
    case destroy

    /// How bad the impact is (0 = no change ... 6 = destroy).
    public var badness: Int {
        switch self {
        case .noChange: 0
        case .update: 1
        case .create: 2
        case .orphan: 3
        case .mayReplace: 4
        case .replace: 5
        case .destroy: 6
        }
    }

    public static func < (lhs: ChangeImpact, rhs: ChangeImpact) -> Bool { lhs.badness < rhs.badness }

    /// Whether the resource is (or may be) replaced.
    public var isReplacement: Bool { self == .replace || self == .mayReplace }

    /// The word the resource line ends with (`replace`, `may be replaced`, `destroy`, `orphan`),
    /// empty for the others.
    public var word: String {
        switch self {
        case .mayReplace: "may be replaced"
        case .replace: "replace"
        case .destroy: "destroy"
        case .orphan: "orphan"
        case .noChange, .update, .create: ""
        }
    }
}
