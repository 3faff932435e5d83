import CDKJSON

/// A resource that disappears under one logical id and appears under another with the same
/// type and the same properties: most likely the same resource after a refactoring (a construct
/// moved or renamed). CloudFormation treats it as a new resource: it creates the new one, then
/// deletes the old one, so its data and physical name do not carry over.
public struct ProbableRename: Sendable, Equatable {
    /// The resource type.
    public var type: String
    /// The logical id in the old template.
    public var oldLogicalId: String
    /// The logical id in the new template.
    public var newLogicalId: String
    /// The old construct path, if known.
    public var oldPath: String?
    /// The new construct path, if known.
    public var newPath: String?
    /// Whether the type holds data that the replacement loses (a table, a bucket, a queue...).
    public var isStateful: Bool
    /// Identifying properties set explicitly (`BucketName`): creating the new resource fails while
    /// the old one still holds the name.
    public var explicitNames: [String]

    /// What deploying it does: the old resource is replaced by a new one.
    public var impact: ChangeImpact { .replace }

    /// How to keep the resource: give it its old logical id back.
    public var suggestion: String {
        "keep the old logical id with stack.renameLogicalId(\"\(newLogicalId)\", \"\(oldLogicalId)\") or resource.overrideLogicalId(\"\(oldLogicalId)\")"
    }
}

/// Finds probable renames among the removed and added resources of a diff.
struct RenameDetector {
    let registry: ResourceTypeRegistry

    func renames(in changes: [ResourceChange], constructPaths: [String: String]) -> [ProbableRename] {
        var added = changes.filter { $0.kind == .added }
        var result: [ProbableRename] = []
        for removed in changes where removed.kind == .removed {
            let candidates = added.indices.filter { index in
                added[index].newType == removed.oldType && added[index].new?["Properties"] == removed.old?["Properties"]
            }
            guard !candidates.isEmpty else { continue }
            // Prefer the candidate at the same construct path (an id change without a move).
            let oldPath = constructPaths[removed.logicalId]
            let chosen = candidates.first { constructPaths[added[$0].logicalId] == oldPath && oldPath != nil } ?? candidates[0]
            let match = added.remove(at: chosen)
            let info = registry.info(for: removed.type)
            let properties = removed.old?["Properties"]?.objectValue ?? [:]
            let names = (info?.primaryIdentifier ?? []).compactMap(ResourceTypeRegistry.topLevelName).filter { properties[$0] != nil }
            result.append(ProbableRename(
                type: removed.type, oldLogicalId: removed.logicalId, newLogicalId: match.logicalId,
                oldPath: oldPath, newPath: constructPaths[match.logicalId],
                isStateful: info?.isStateful ?? false, explicitNames: names))
        }
        return result
    }
}
