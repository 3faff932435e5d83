import CDKJSON

/// Compares two templates of one stack: what was added, removed and changed in each section,
/// the impact of every resource change (from the resource type registry), replacements that
/// propagate to resources referencing a replaced one, IAM and security group changes, and
/// probable renames.
///
/// ```swift
/// let diff = TemplateDiffer().diff(old: before, new: after)
/// #expect(diff.resource("TableCD117FA1")?.replacesResource == false)
/// ```
public struct TemplateDiffer: Sendable {
    /// Where property impacts come from.
    public var registry: ResourceTypeRegistry

    /// A differ using `registry` (default: the built-in one).
    public init(registry: ResourceTypeRegistry = .builtIn) {
        self.registry = registry
    }

    /// The differences from `old` to `new`; `constructPaths` maps logical ids to the construct
    /// paths to display (``ConstructPath/display(_:stackPath:)``), over the templates' own
    /// `aws:cdk:path` metadata.
    public func diff(old: JSONValue, new: JSONValue, constructPaths: [String: String] = [:]) -> TemplateDiff {
        let old = TemplateNormalizer.normalize(old)
        let new = TemplateNormalizer.normalize(new)
        var diff = TemplateDiff()
        diff.constructPaths = Self.metadataPaths(old).merging(Self.metadataPaths(new)) { _, latest in latest }
            .merging(constructPaths) { _, given in given }
        for key in ["AWSTemplateFormatVersion", "Transform", "Description"] where old[key] != new[key] {
            diff.templateChanges.append(EntryChange(id: key, old: old[key], new: new[key]))
        }
        diff.parameters = Self.entryChanges(old["Parameters"], new["Parameters"])
        diff.metadata = Self.entryChanges(old["Metadata"], new["Metadata"])
        diff.mappings = Self.entryChanges(old["Mappings"], new["Mappings"])
        diff.conditions = Self.entryChanges(old["Conditions"], new["Conditions"])
        diff.outputs = Self.entryChanges(old["Outputs"], new["Outputs"])
        let known: Set<String> = ["AWSTemplateFormatVersion", "Transform", "Description", "Parameters", "Metadata",
                                  "Mappings", "Conditions", "Resources", "Outputs"]
        let otherKeys = Self.union(old.objectValue?.keys ?? [], new.objectValue?.keys ?? []).filter { !known.contains($0) }.sorted()
        for key in otherKeys where old[key] != new[key] {
            diff.otherSections.append(EntryChange(id: key, old: old[key], new: new[key]))
        }
        let oldResources = old["Resources"]?.objectValue ?? [:]
        let newResources = new["Resources"]?.objectValue ?? [:]
        diff.resources = ReplacementPropagation(differ: self).resourceChanges(old: oldResources, new: newResources)
        diff.iamChanges = IAMChanges(old: oldResources, new: newResources)
        diff.securityGroupChanges = SecurityGroupChanges(old: oldResources, new: newResources)
        diff.probableRenames = RenameDetector(registry: registry).renames(in: diff.resources, constructPaths: diff.constructPaths)
        return diff
    }

    /// The changes of every resource, without propagating replacements, in the AWS CDK's
    /// order: removed, added, updated (each in the order of the old keys, then the new ones).
    func plainResourceChanges(old: JSONObject, new: JSONObject) -> [ResourceChange] {
        var removed: [ResourceChange] = [], added: [ResourceChange] = [], updated: [ResourceChange] = []
        for id in Self.union(old.keys, new.keys) {
            let before = old[id], after = new[id]
            guard before != after else { continue }
            let change = resourceChange(id, before, after)
            switch change.kind {
            case .removed: removed.append(change)
            case .added: added.append(change)
            case .updated: if !change.changes.isEmpty || change.typeChanged { updated.append(change) }
            }
        }
        return removed + added + updated
    }

    private func resourceChange(_ id: String, _ old: JSONValue?, _ new: JSONValue?) -> ResourceChange {
        var changes: [PropertyChange] = []
        if let old, let new, let type = old["Type"]?.stringValue, type == new["Type"]?.stringValue {
            let impact = PropertyImpact(registry: registry)
            let oldProperties = old["Properties"]?.objectValue ?? [:]
            let newProperties = new["Properties"]?.objectValue ?? [:]
            for name in Self.union(oldProperties.keys, newProperties.keys).sorted() where oldProperties[name] != newProperties[name] {
                let (kind, reason) = impact.classify(type: type, name: name, old: oldProperties[name], new: newProperties[name])
                changes.append(PropertyChange(name: name, old: oldProperties[name], new: newProperties[name], impact: kind, reason: reason))
            }
            let oldObject = old.objectValue ?? [:], newObject = new.objectValue ?? [:]
            for name in Self.union(oldObject.keys, newObject.keys).sorted() where name != "Properties" && oldObject[name] != newObject[name] {
                changes.append(PropertyChange(name: name, old: oldObject[name], new: newObject[name], impact: .update, isProperty: false))
            }
        }
        return ResourceChange(logicalId: id, old: old, new: new, changes: changes)
    }

    /// Display paths from the resources' `aws:cdk:path` metadata.
    static func metadataPaths(_ template: JSONValue) -> [String: String] {
        var paths: [String: String] = [:]
        for (id, resource) in template["Resources"]?.objectValue ?? [:] {
            if let path = resource["Metadata"]?["aws:cdk:path"]?.stringValue { paths[id] = ConstructPath.display(path) }
        }
        return paths
    }

    static func entryChanges(_ old: JSONValue?, _ new: JSONValue?) -> [EntryChange] {
        let oldObject = old?.objectValue ?? [:], newObject = new?.objectValue ?? [:]
        var removed: [EntryChange] = [], added: [EntryChange] = [], updated: [EntryChange] = []
        for id in union(oldObject.keys, newObject.keys) where oldObject[id] != newObject[id] {
            let change = EntryChange(id: id, old: oldObject[id], new: newObject[id])
            switch change.kind {
            case .removed: removed.append(change)
            case .added: added.append(change)
            case .updated: updated.append(change)
            }
        }
        return removed + added + updated
    }

    static func union(_ a: [String], _ b: [String]) -> [String] {
        var seen = Set(a)
        return a + b.filter { seen.insert($0).inserted }
    }
}
