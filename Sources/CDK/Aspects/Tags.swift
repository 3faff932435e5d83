/// Adds or removes tags on every taggable resource in a scope (and on stacks, which pass
/// them to CloudFormation as stack tags).
///
/// ```swift
/// try Tags.of(app).add("team", "payments")
/// try Tags.of(stack).remove("team", excludeResourceTypes: ["AWS::S3::Bucket"])
/// ```
public struct Tags {
    let scope: Construct

    /// The tags API of `scope`.
    public static func of(_ scope: Construct) -> Tags { Tags(scope: scope) }

    /// Tags every taggable resource below the scope with `key` = `value`.
    ///
    /// - Parameters:
    ///   - key: The tag's key.
    ///   - value: The tag's value.
    ///   - priority: A tag replaces one of lower or equal priority (default 100).
    ///   - includeResourceTypes: Only tag these CloudFormation types.
    ///   - excludeResourceTypes: Never tag these CloudFormation types.
    ///   - applyToLaunchedInstances: For auto scaling groups: propagate to instances.
    public func add(
        _ key: String, _ value: String, priority: Int = 100,
        includeResourceTypes: [String] = [], excludeResourceTypes: [String] = [],
        applyToLaunchedInstances: Bool = true
    ) throws {
        if let problem = TagKeyCheck.problem(key: key, value: value) {
            throw CDKError("InvalidTag", problem, at: scope)
        }
        let aspect = TagAspect(key: key, value: value, priority: priority, include: includeResourceTypes,
                               exclude: excludeResourceTypes, applyToLaunchedInstances: applyToLaunchedInstances)
        Aspects.of(scope).add(aspect, priority: tagAspectPriority)
    }

    /// Removes the tag `key` from every taggable resource below the scope.
    public func remove(_ key: String, priority: Int = 200, includeResourceTypes: [String] = [], excludeResourceTypes: [String] = []) throws {
        guard !key.isEmpty else {
            throw CDKError("InvalidTag", "Tag key must be non-empty.", at: scope)
        }
        let aspect = TagAspect(key: key, value: nil, priority: priority, include: includeResourceTypes,
                               exclude: excludeResourceTypes, applyToLaunchedInstances: true)
        Aspects.of(scope).add(aspect, priority: tagAspectPriority)
    }

    private var tagAspectPriority: Int {
        scope.node.tryGetContext(ContextKeys.aspectPrioritiesMutating)?.isTruthy == true
            ? AspectPriority.mutating : AspectPriority.default
    }
}

/// The aspect behind ``Tags``.
final class TagAspect: Aspect {
    let key: String
    let value: String?
    let priority: Int
    let include: [String]
    let exclude: [String]
    let applyToLaunchedInstances: Bool

    init(key: String, value: String?, priority: Int, include: [String], exclude: [String], applyToLaunchedInstances: Bool) {
        self.key = key
        self.value = value
        self.priority = priority
        self.include = include
        self.exclude = exclude
        self.applyToLaunchedInstances = applyToLaunchedInstances
    }

    func visit(_ node: Construct) throws {
        let manager: TagManager?
        if let taggable = node as? Taggable { manager = taggable.tagManager }
        else if let resource = node as? CfnResource { manager = resource.tags }
        else { manager = nil }
        guard let manager, manager.applies(include: include, exclude: exclude) else { return }
        if let value {
            manager.setTag(key, value, priority: priority, applyToLaunchedInstances: applyToLaunchedInstances)
        } else {
            manager.removeTag(key, priority: priority)
        }
    }
}
