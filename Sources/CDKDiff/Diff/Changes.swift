import CDKJSON

/// Whether an entry was added, removed or changed.
public enum ChangeKind: String, Sendable, Codable {
    /// Only in the new template.
    case added
    /// Only in the old template.
    case removed
    /// In both, with different values (or a different resource type).
    case updated
}

/// A change of one entry of a template section other than `Resources`: a parameter, output,
/// condition, mapping, metadata entry, a template-level value, or an unknown section.
public struct EntryChange: Sendable, Equatable {
    /// The entry's name (logical id, or the section name for template-level values).
    public var id: String
    /// The old value (`nil` when added).
    public var old: JSONValue?
    /// The new value (`nil` when removed).
    public var new: JSONValue?

    /// A change of `id` from `old` to `new`.
    public init(id: String, old: JSONValue?, new: JSONValue?) {
        self.id = id
        self.old = old
        self.new = new
    }

    /// Added, removed or updated.
    public var kind: ChangeKind { old == nil ? .added : new == nil ? .removed : .updated }
}

/// A change of one property (or resource attribute such as `DependsOn`) of a resource.
public struct PropertyChange: Sendable, Equatable {
    /// The property or attribute name (`BucketName`, `DependsOn`).
    public var name: String
    /// The old value (`nil` when added).
    public var old: JSONValue?
    /// The new value (`nil` when removed).
    public var new: JSONValue?
    /// What the change does to the resource.
    public var impact: ChangeImpact
    /// Why it replaces the resource, when it does: `create-only` (registry schema),
    /// `immutable` (legacy specification), `conditional`, or a nested create-only pointer.
    public var reason: String?
    /// Whether this is a property (`Properties`) rather than a resource attribute.
    public var isProperty: Bool

    /// A change of `name` from `old` to `new`.
    public init(name: String, old: JSONValue?, new: JSONValue?, impact: ChangeImpact, reason: String? = nil, isProperty: Bool = true) {
        self.name = name
        self.old = old
        self.new = new
        self.impact = impact
        self.reason = reason
        self.isProperty = isProperty
    }

    /// Added, removed or updated.
    public var kind: ChangeKind { old == nil ? .added : new == nil ? .removed : .updated }
}

/// A change of one resource: added, removed, or updated with its property changes.
public struct ResourceChange: Sendable, Equatable {
    /// The logical id.
    public var logicalId: String
    /// The type in the old template, if the resource was there.
    public var oldType: String?
    /// The type in the new template, if the resource is there.
    public var newType: String?
    /// The old resource definition.
    public var old: JSONValue?
    /// The new resource definition.
    public var new: JSONValue?
    /// Property changes (sorted by name), then attribute changes (sorted by name).
    public var changes: [PropertyChange]

    /// A change of the resource `logicalId` from `old` to `new`.
    public init(logicalId: String, old: JSONValue?, new: JSONValue?, changes: [PropertyChange]) {
        self.logicalId = logicalId
        self.old = old
        self.new = new
        self.oldType = old?["Type"]?.stringValue
        self.newType = new?["Type"]?.stringValue
        self.changes = changes
    }

    /// Added, removed or updated.
    public var kind: ChangeKind { old == nil ? .added : new == nil ? .removed : .updated }

    /// The type (the new one when it changed).
    public var type: String { newType ?? oldType ?? "" }

    /// Whether the type changed, which replaces the resource.
    public var typeChanged: Bool { oldType != nil && newType != nil && oldType != newType }

    /// What deploying this change does to the resource, as the AWS CDK computes it: create,
    /// destroy (orphan when the old `DeletionPolicy` retains it), replace on a type change,
    /// otherwise the worst property impact.
    public var impact: ChangeImpact {
        if old == nil { return .create }
        if new == nil {
            let policy = old?["DeletionPolicy"]?.stringValue
            return policy == "Retain" || policy == "RetainExceptOnCreate" ? .orphan : .destroy
        }
        if typeChanged { return .replace }
        return changes.map(\.impact).max() ?? .noChange
    }

    /// Whether deploying this change replaces the resource (a new physical resource is created).
    public var replacesResource: Bool { impact == .replace }

    /// The change of the property or attribute `name`, if it changed.
    public func change(of name: String) -> PropertyChange? {
        changes.first { $0.name == name }
    }
}
