/// The tags of one taggable resource (or stack), and how its type writes them.
///
/// Tags set by ``Tags`` aspects, by the resource's own `tags` property and by hand are merged:
/// a tag is replaced only by one of the same or higher priority. They are written sorted by key.
public final class TagManager {
    /// How a resource type writes its tags.
    public enum TagType: Sendable {
        /// `[{"Key": k, "Value": v}]`
        case standard
        /// `[{"Key": k, "Value": v, "PropagateAtLaunch": true}]`
        case autoScalingGroup
        /// `{k: v}`
        case map
        /// `[{"Key": k, "Value": v}]` for types whose schema calls them key-value pairs.
        case keyValue
    }

    struct Tag {
        var value: String
        var priority: Int
        var applyToLaunchedInstances: Bool
    }

    /// How the type writes tags.
    public let tagType: TagType
    /// The resource type, for include/exclude filters.
    public let resourceType: String
    /// The property the tags go into (`Tags` for most types).
    public let tagPropertyName: String
    @exclusivity(unchecked) private var tags: [String: Tag] = [:]
    @exclusivity(unchecked) private var removals: [String: Int] = [:]

    /// A manager for a resource of `resourceType` whose tags go into `tagPropertyName`.
    public init(_ tagType: TagType, resourceType: String, tagPropertyName: String = "Tags", initialTags: [CfnTag] = []) {
        self.tagType = tagType
        self.resourceType = resourceType
        self.tagPropertyName = tagPropertyName
        for tag in initialTags { setTag(tag.key, tag.value, priority: Self.initialTagPriority) }
    }

    /// A manager for a type whose tags are a map, starting with `initialTagValues`.
    public convenience init(_ tagType: TagType, resourceType: String, tagPropertyName: String = "Tags", initialTagValues: [String: String]) {
        self.init(tagType, resourceType: resourceType, tagPropertyName: tagPropertyName)
        for key in initialTagValues.keys.sorted() { setTag(key, initialTagValues[key]!, priority: Self.initialTagPriority) }
    }

    /// The priority of tags given to the resource itself: aspects (priority 100) override them.
    static let initialTagPriority = 50

    /// Sets a tag unless one of higher priority set or removed it.
    public func setTag(_ key: String, _ value: String, priority: Int = 0, applyToLaunchedInstances: Bool = true) {
        if let removedAt = removals[key], removedAt > priority { return }
        if let existing = tags[key], existing.priority > priority { return }
        tags[key] = Tag(value: value, priority: priority, applyToLaunchedInstances: applyToLaunchedInstances)
        removals[key] = nil
    }

    /// Removes a tag unless one of higher priority set it.
    public func removeTag(_ key: String, priority: Int) {
        if let existing = tags[key], existing.priority > priority { return }
        tags[key] = nil
        removals[key] = priority
    }

    /// Whether any tag is set.
    public var hasTags: Bool { !tags.isEmpty }

    /// The keys of the tags set, in no particular order.
    var tagKeys: Dictionary<String, Tag>.Keys { tags.keys }

    /// The tags as a dictionary.
    public func tagValues() -> [String: String] { tags.mapValues(\.value) }

    /// The keys, sorted as the AWS CDK sorts them (`localeCompare`).
    public var sortedKeys: [String] { tags.keys.sorted(by: LocaleCompare.isOrderedBefore) }

    /// The tags as the type writes them, or `nil` when there are none.
    public func renderTags() -> JSONValue? {
        if tags.isEmpty { return nil }
        switch tagType {
        case .map:
            return .object(JSONObject(sortedKeys.map { ($0, .string(tags[$0]!.value)) }))
        case .standard, .keyValue:
            return .array(sortedKeys.map { ["Key": .string($0), "Value": .string(tags[$0]!.value)] })
        case .autoScalingGroup:
            return .array(sortedKeys.map {
                ["Key": .string($0), "Value": .string(tags[$0]!.value), "PropagateAtLaunch": .bool(tags[$0]!.applyToLaunchedInstances)]
            })
        }
    }

    /// Whether a tag aspect with these filters applies to this resource.
    func applies(include: [String], exclude: [String]) -> Bool {
        if !include.isEmpty && !include.contains(resourceType) { return false }
        if exclude.contains(resourceType) { return false }
        return true
    }
}

/// Something that carries tags.
public protocol Taggable: AnyObject {
    /// Its tags.
    var tagManager: TagManager { get }
}

extension Stack: Taggable {
    /// The stack's tags.
    public var tagManager: TagManager { tags }
}
