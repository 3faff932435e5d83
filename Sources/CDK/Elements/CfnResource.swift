/// A CloudFormation resource of any type. Generated types (`S3.CfnBucket`, ...) subclass it
/// with typed properties; it can also be used directly with raw properties:
///
/// ```swift
/// let queue = try CfnResource(stack, "Queue", type: "AWS::SQS::Queue",
///                             properties: ["MessageRetentionPeriod": 3600])
/// ```
open class CfnResource: CfnRefElement {
    /// The CloudFormation type, such as `AWS::S3::Bucket`.
    public let cfnResourceType: String
    /// Options rendered beside the properties: condition, policies, metadata.
    @exclusivity(unchecked) public var cfnOptions = CfnResourceOptions()
    /// Tags of a taggable resource (set by types whose schema supports tags).
    public let tags: TagManager?

    @exclusivity(unchecked) private var rawProperties: JSONObject
    @exclusivity(unchecked) private var overrides: [(path: [String], value: JSONValue?)] = []
    @exclusivity(unchecked) private var dependsOn: [CfnResource] = []
    /// What ``skipSchemaValidation()`` turned off: `nil` when everything is checked, `[""]`
    /// for the whole resource, otherwise property paths.
    @exclusivity(unchecked) var schemaValidationSkips: Set<String>?
    /// The messages of the schema check made while references were found, for the validation step.
    @exclusivity(unchecked) var pendingSchemaViolations: [String] = []

    /// A resource of `type` with raw `properties` (written in the given order).
    ///
    /// - Parameters:
    ///   - scope: The construct to add it to, inside a stack.
    ///   - id: Its id in `scope` (the logical id is made from the path below the stack).
    ///   - type: The CloudFormation type, such as `AWS::S3::Bucket`.
    ///   - properties: The resource's properties.
    ///   - tags: How the type takes tags, if it is taggable.
    public init(_ scope: Construct, _ id: String, type: String, properties: JSONObject = [:], tags: TagManager? = nil) throws {
        if type.isEmpty {
            throw CDKError(code: "MissingResourceType", message: "The `type` property is required for resource '\(id)'. Pass a CloudFormation type such as 'AWS::S3::Bucket'.", path: scope.node.path.isEmpty ? id : scope.node.path + "/" + id)
        }
        if let problem = CfnTypeNames.resourceTypeProblem(type) {
            throw CDKError(code: "InvalidResourceType", message: problem, path: scope.node.path.isEmpty ? id : scope.node.path + "/" + id)
        }
        cfnResourceType = type
        rawProperties = properties
        self.tags = tags
        try super.init(scope, id)
        if node.tryGetContext(ContextKeys.pathMetadata)?.isTruthy == true {
            cfnOptions.metadata["aws:cdk:path"] = .string(node.path)
        }
    }

    /// The properties to render, with CloudFormation names. Generated types override this to
    /// render their typed properties (in alphabetical order, as the AWS CDK does).
    open func renderProperties() throws -> JSONObject { rawProperties }

    /// The CloudFormation property names this type knows, in the order they are written. An
    /// override of a known property takes its place in this order; others are appended.
    open class var propertyOrder: [String]? { nil }

    /// The value constraints of this resource's type, from its registry schema; generated
    /// types provide them (see ``SchemaConstraints``), `nil` for types without any.
    open class var schemaConstraints: SchemaConstraints? { nil }

    /// The registry information of this resource's type; generated types provide it.
    open class var typeInfo: CfnResourceTypeInfo? { nil }

    /// The name of the property that holds tags (`Tags` for most types).
    open var tagPropertyName: String { tags?.tagPropertyName ?? "Tags" }

    open override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDK.CfnResource") }

    // MARK: Attributes

    /// `{"Fn::GetAtt": [logicalId, attributeName]}`, as a reference.
    public func getAtt(_ attributeName: String, typeHint: CfnReference.TypeHint = .string) -> CfnReference {
        reference(attributeName, typeHint: typeHint)
    }

    // MARK: Overrides

    /// Sets a value anywhere in the resource definition, by a dot-separated path
    /// (`Properties.VersioningConfiguration.Status`; escape a literal dot as `\.`).
    public func addOverride(_ path: String, _ value: JSONValue) {
        overrides.append((Self.splitPath(path), value))
    }

    /// Sets a value anywhere in the resource definition, by a dot-separated path.
    public func addOverride(_ path: String, _ value: some JSONValueConvertible) {
        addOverride(path, value.jsonValue)
    }

    /// Removes a value from the resource definition, by a dot-separated path.
    public func addDeletionOverride(_ path: String) {
        overrides.append((Self.splitPath(path), nil))
    }

    /// Sets a property by a dot-separated path below `Properties`.
    public func addPropertyOverride(_ propertyPath: String, _ value: JSONValue) {
        addOverride("Properties." + propertyPath, value)
    }

    /// Sets a property by a dot-separated path below `Properties`.
    public func addPropertyOverride(_ propertyPath: String, _ value: some JSONValueConvertible) {
        addOverride("Properties." + propertyPath, value.jsonValue)
    }

    /// Removes a property by a dot-separated path below `Properties`.
    public func addPropertyDeletionOverride(_ propertyPath: String) {
        addDeletionOverride("Properties." + propertyPath)
    }

    /// The parts of a dot-separated path (`\.` is a literal dot), split over the UTF-8 bytes:
    /// both separators are ASCII, so no character is ever cut.
    private static func splitPath(_ path: String) -> [String] {
        var parts: [String] = []
        var current: [UInt8] = []
        var escaped = false
        for byte in path.utf8 {
            if escaped {
                current.append(byte)
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else if byte == UInt8(ascii: ".") {
                parts.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            } else {
                current.append(byte)
            }
        }
        parts.append(String(decoding: current, as: UTF8.self))
        return parts
    }

    // MARK: Dependencies

    /// Makes this resource depend on `target`: `DependsOn` within a stack, a stack dependency
    /// across stacks.
    public func addDependency(_ target: CfnResource) throws {
        guard target.shouldSynthesize else { return }
        try Dependencies.add(source: .resource(self), target: .resource(target),
                             reason: "{\(node.path)}.addDependency({\(target.node.path)})")
    }

    /// Removes a dependency added with ``addDependency(_:)`` in the same stack.
    public func removeDependency(_ target: CfnResource) {
        dependsOn.removeAll { $0 === target }
    }

    /// The resources this one depends on in its own stack.
    public var resourceDependencies: [CfnResource] { dependsOn }

    func addResourceDependency(_ target: CfnResource) {
        if !dependsOn.contains(where: { $0 === target }) { dependsOn.append(target) }
    }

    // MARK: Removal policy

    /// Sets `DeletionPolicy` and (unless told otherwise) `UpdateReplacePolicy` from a removal
    /// policy; `nil` means the `default` given, or ``RemovalPolicy/retain``.
    public func applyRemovalPolicy(_ policy: RemovalPolicy?, default defaultPolicy: RemovalPolicy? = nil, applyToUpdateReplacePolicy: Bool = true) {
        let policy = policy ?? defaultPolicy ?? .retain
        if policy == .snapshot && !RemovalPolicy.snapshotTypes.contains(cfnResourceType) {
            Annotations.of(self).addWarningV2(
                "@aws-cdk/core:AspectSnapshotNotSupported",
                "RemovalPolicy.SNAPSHOT is not supported by resource type \(cfnResourceType); it supports only \(RemovalPolicy.snapshotTypes.sorted().joined(separator: ", ")). Use RemovalPolicy.retain or .destroy instead.")
        }
        cfnOptions.deletionPolicy = policy.deletionPolicy
        if applyToUpdateReplacePolicy { cfnOptions.updateReplacePolicy = policy.updateReplacePolicy }
    }

    // MARK: Rendering

    override func renderFragment(_ resolver: Resolver) throws -> JSONObject {
        guard shouldSynthesize else { return [:] }
        var properties = try renderProperties()
        // Generated types render their properties in `propertyOrder`; tags and overrides may
        // need to be put in their places.
        var needsOrdering = !overrides.isEmpty
        if let tags, tags.hasTags, let problem = TagKeyCheck.problem(in: tags) {
            throw CDKError("InvalidTag", problem, at: self)
        }
        if let tags, let rendered = tags.renderTags() {
            properties[tagPropertyName] = rendered
            needsOrdering = true
        }
        var definition = JSONObject(minimumCapacity: 8)  // room for the members most resources get, without growing
        definition["Type"] = .string(cfnResourceType)
        if !properties.isEmpty { definition["Properties"] = .object(properties) }
        let dependencies = try renderDependsOn()
        if !dependencies.isEmpty { definition["DependsOn"] = .array(dependencies.map(JSONValue.string)) }
        if let creationPolicy = cfnOptions.creationPolicy { definition["CreationPolicy"] = creationPolicy }
        if let updatePolicy = cfnOptions.updatePolicy { definition["UpdatePolicy"] = updatePolicy }
        if let policy = cfnOptions.updateReplacePolicy { definition["UpdateReplacePolicy"] = .string(policy.rawValue) }
        if let policy = cfnOptions.deletionPolicy { definition["DeletionPolicy"] = .string(policy.rawValue) }
        if let version = cfnOptions.version { definition["Version"] = .string(version) }
        if let description = cfnOptions.description { definition["Description"] = .string(description) }
        if !cfnOptions.metadata.isEmpty { definition["Metadata"] = .object(cfnOptions.metadata) }
        if let condition = cfnOptions.condition { definition["Condition"] = .string(try stack.logicalIdOf(condition)) }

        guard case .object(var resolved)? = try resolver.resolve(.object(definition)) else { return [:] }
        if case .object(let p)? = resolved["Properties"], p.isEmpty { resolved["Properties"] = nil }
        for override in overrides {
            let value = try override.value.flatMap { try resolver.resolve($0) }
            DeepMerge.set(&resolved, path: override.path, value: value)
        }
        if needsOrdering, let order = Self.propertyOrder, case .object(var p)? = resolved["Properties"] {
            p.reorder(DeepMerge.keyOrder(p.keys, known: order))
            resolved["Properties"] = .object(p)
        }
        try checkSchemaConstraints(of: resolved["Properties"], preparing: resolver.preparing)
        let id = try stack.logicalIdOf(self)
        return ["Resources": .object([id: .object(resolved)])]
    }

    private func renderDependsOn() throws -> [String] {
        if dependsOn.isEmpty { return [] }
        // Each dependency is added once (``addResourceDependency(_:)``).
        return try dependsOn.filter { $0.shouldSynthesize }
            .sorted { LocaleCompare.isOrderedBefore($0.node.path, $1.node.path) }
            .map { try $0.stack.logicalIdOf($0) }
    }
}

/// Options of a resource that sit beside its properties in the template.
public struct CfnResourceOptions {
    /// The condition that decides whether the resource is created.
    public var condition: CfnCondition?
    /// `CreationPolicy`, as CloudFormation writes it.
    public var creationPolicy: JSONValue?
    /// `DeletionPolicy`.
    public var deletionPolicy: CfnDeletionPolicy?
    /// `UpdatePolicy`, as CloudFormation writes it.
    public var updatePolicy: JSONValue?
    /// `UpdateReplacePolicy`.
    public var updateReplacePolicy: CfnDeletionPolicy?
    /// `Version` (custom resources).
    public var version: String?
    /// `Description` of the resource entry.
    public var description: String?
    /// `Metadata` of the resource entry.
    public var metadata: JSONObject = [:]

    /// No options set.
    public init() {}
}

/// What CloudFormation does with a resource when it is deleted or replaced.
public enum CfnDeletionPolicy: String, Sendable {
    /// Delete it.
    case delete = "Delete"
    /// Keep it.
    case retain = "Retain"
    /// Keep it, unless it is deleted while being created.
    case retainExceptOnCreate = "RetainExceptOnCreate"
    /// Take a snapshot, then delete it.
    case snapshot = "Snapshot"
}
