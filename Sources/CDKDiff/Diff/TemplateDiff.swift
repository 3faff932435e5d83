import CDKJSON

/// The differences between two versions of one stack's template, by section, with the impact
/// of each resource change and the security-relevant changes.
public struct TemplateDiff: Sendable {
    /// `AWSTemplateFormatVersion`, `Transform` and `Description` changes.
    public var templateChanges: [EntryChange] = []
    /// Parameter changes.
    public var parameters: [EntryChange] = []
    /// Template `Metadata` changes.
    public var metadata: [EntryChange] = []
    /// Mapping changes.
    public var mappings: [EntryChange] = []
    /// Condition changes.
    public var conditions: [EntryChange] = []
    /// Resource changes: removed, then added, then updated (each in template order).
    public var resources: [ResourceChange] = []
    /// Output changes.
    public var outputs: [EntryChange] = []
    /// Changes of other sections (`Rules`, `Hooks`, ...), one entry per section.
    public var otherSections: [EntryChange] = []
    /// Changed IAM statements and managed policy attachments.
    public var iamChanges = IAMChanges()
    /// Changed security group rules.
    public var securityGroupChanges = SecurityGroupChanges()
    /// Removed and added resources that look like one resource whose logical id changed.
    public var probableRenames: [ProbableRename] = []
    /// Construct paths by logical id (old and new), for display.
    public var constructPaths: [String: String] = [:]

    /// An empty diff.
    public init() {}

    /// The number of changed entries, resources included.
    public var differenceCount: Int {
        templateChanges.count + parameters.count + metadata.count + mappings.count + conditions.count
            + resources.count + outputs.count + otherSections.count
    }

    /// Whether the templates are the same (after normalization).
    public var isEmpty: Bool { differenceCount == 0 }

    /// The change of the resource `logicalId`, if it changed.
    public func resource(_ logicalId: String) -> ResourceChange? {
        resources.first { $0.logicalId == logicalId }
    }

    /// The resources that deploying this change replaces.
    public var replacedResources: [ResourceChange] { resources.filter { $0.kind == .updated && $0.replacesResource } }

    /// The worst impact of any resource change (`noChange` when no resource changed).
    public var worstImpact: ChangeImpact { resources.map(\.impact).max() ?? .noChange }
}
