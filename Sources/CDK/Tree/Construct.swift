/// The building block of an app: every stack, resource and high-level construct is a
/// `Construct` in one tree, identified by its id among its siblings and by its path from the root.
///
/// A construct of your own reserves its place in the tree with a ``ConstructScope`` first, so
/// that its children can be created under it and kept in `let` properties before `super.init`
/// (see docs/writing-a-construct.md):
///
/// ```swift
/// final class Storage: Construct {
///     let bucket: S3.Bucket
///
///     init(_ scope: Construct, _ id: String) throws {
///         let this = try ConstructScope(scope, id)
///         bucket = try S3.Bucket(this, "Data")      // Storage/Data
///         try super.init(this)
///     }
/// }
/// ```
open class Construct: Dependable {
    // The stored properties skip Swift's run-time exclusivity check (`@exclusivity(unchecked)`):
    // a synthesis touches them hundreds of thousands of times, and no two accesses to one of
    // them overlap (docs/performance.md, "Exclusivity checks"). Keep to plain reads,
    // assignments and in-place changes of one statement.
    let id: String
    let path: String
    // Strong, so that holding any construct keeps its whole tree (and app) alive. Changes only
    // when a construct takes the place its ``ConstructScope`` reserved. Context lookups rely
    // on it: holding the construct they start from keeps every scope above it alive, so they
    // walk up with `unowned(unsafe)` references (at 10x40, 35,000 atomic retains and 43,000
    // releases fewer, docs/performance.md).
    @exclusivity(unchecked) private(set) var scope: Construct?
    @exclusivity(unchecked) var children: [Construct] = []
    /// The children by id, once there are more than a few (fewer are searched in order).
    @exclusivity(unchecked) private var childrenByID: [String: Construct]?
    private static let childIndexThreshold = 8
    @exclusivity(unchecked) var metadata: [MetadataEntry] = []
    @exclusivity(unchecked) var validations: [any Validation] = []
    @exclusivity(unchecked) var constructDependencies: [any Dependable] = []
    @exclusivity(unchecked) var context: [String: JSONValue] = [:]
    @exclusivity(unchecked) var aspects: [AppliedAspect] = []
    @exclusivity(unchecked) var locked = false
    /// Whether the tree was synthesized with this construct in it: children added later are
    /// not in the assembly, and a second `synth()` says so.
    @exclusivity(unchecked) var synthesizedBefore = false
    @exclusivity(unchecked) var acknowledgedWarnings: Set<String> = []
    /// The construct `node.defaultChild` names when it was set explicitly.
    @exclusivity(unchecked) var explicitDefaultChild: Construct?

    /// The tree API of this construct: id, path, children, metadata, validations and
    /// dependencies.
    public var node: Node { Node(self) }

    /// Adds a construct with `id` under `scope`.
    ///
    /// Throws when `scope` already has a child with that id, or the id is empty or a token.
    public init(_ scope: Construct, _ id: String) throws {
        // A scope whose construct already took its place passes new children on to it.
        let scope = (scope as? ConstructScope)?.adopter ?? scope
        let sanitized = Construct.sanitize(id)
        let path = scope.path.isEmpty ? sanitized : Construct.join(scope.path, sanitized)
        self.id = sanitized
        self.path = path
        self.scope = scope
        try scope.addChild(self)
    }

    /// Takes the place in the tree that `reserved` holds, with everything created in it so far:
    /// its children, metadata, validations, dependencies, context and aspects.
    ///
    /// Throws when another construct already took that place.
    public init(_ reserved: ConstructScope) throws {
        guard reserved.adopter == nil, let parent = reserved.scope else {
            throw CDKError("ConstructScopeUsed", "The scope reserved for '\(reserved.path)' was already taken by a construct. Reserve a new ConstructScope for each construct.", at: reserved)
        }
        id = reserved.id
        path = reserved.path
        scope = parent
        children = reserved.children
        childrenByID = reserved.childrenByID
        metadata = reserved.metadata
        validations = reserved.validations
        constructDependencies = reserved.constructDependencies
        context = reserved.context
        aspects = reserved.aspects
        acknowledgedWarnings = reserved.acknowledgedWarnings
        for child in children { child.scope = self }
        parent.replaceChild(reserved, with: self)
        reserved.hand(over: self)
    }

    /// Creates the root of a tree (an ``App`` is one).
    init(root id: String) {
        self.id = id
        self.path = ""
        self.scope = nil
    }

    private func addChild(_ child: Construct) throws {
        if child.id.isEmpty {
            throw CDKError("InvalidConstructId", "Only root constructs may have an empty id. Give the construct under '\(node.path.isEmpty ? "the root" : node.path)' a non-empty id.", at: self)
        }
        if Token.isUnresolved(child.id) {
            throw CDKError("InvalidConstructId", "Cannot use tokens in construct ids: '\(child.id)'. Use a literal string as the id.", at: self)
        }
        if locked {
            throw CDKError("ConstructLocked", "Cannot add children to '\(path)' during synthesis: the tree is locked. Add constructs before calling synth().", at: self)
        }
        if let existing = childNamed(child.id) {
            let owner = path.isEmpty ? "the App" : "'\(path)'"
            throw CDKError(
                "DuplicateConstructId",
                "There is already a Construct with name '\(child.id)' in \(owner): '\(existing.path)' exists, so '\(child.path)' cannot be added. Give the new construct an id that is unique among its siblings.",
                at: self)
        }
        if synthesizedBefore { Stage.root(of: self)?.addedAfterSynthesis.append(child.path) }
        children.append(child)
        if childrenByID != nil {
            childrenByID?[child.id] = child
        } else if children.count > Self.childIndexThreshold {
            childrenByID = Dictionary(uniqueKeysWithValues: children.map { ($0.id, $0) })
        }
    }

    private func replaceChild(_ old: Construct, with new: Construct) {
        // The reserved scope is usually among the last children added: search from the end.
        if let index = children.lastIndex(where: { $0 === old }) { children[index] = new }
        childrenByID?[new.id] = new
    }

    /// Empties this construct once `adopter` took its place (see ``ConstructScope``).
    func clearAfterHandOver() {
        children = []
        childrenByID = nil
        metadata = []
        validations = []
        constructDependencies = []
        aspects = []
    }

    func childNamed(_ id: String) -> Construct? {
        if let childrenByID { return childrenByID[id] }
        return children.first { $0.id == id }
    }

    /// `parent/child`, written into the new string's storage at once.
    private static func join(_ parent: String, _ child: String) -> String {
        String.written(capacity: parent.utf8.count + 1 + child.utf8.count) { out in
            out.append(parent)
            out.append(UInt8(ascii: "/"))
            out.append(child)
        }
    }

    /// Replaces the path separator in an id, as the AWS CDK does (`a/b` becomes `a--b`).
    static func sanitize(_ id: String) -> String {
        ByteSearch.contains(id, "/") ? id.split(separator: "/", omittingEmptySubsequences: false).joined(separator: "--") : id
    }

    /// The construct itself, as the root of its own dependency subtree. A construct that
    /// stands for another (an IAM role imported without policy updates) returns that one's.
    open var dependencyRoots: [Construct] { [self] }

    /// Information about this construct's type for `tree.json`.
    open var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDK.Construct") }
}

/// The type of a construct, as `tree.json` records it.
public struct ConstructInfo: Sendable, Equatable {
    /// The fully qualified name of the construct's type (`CDKS3.S3.Bucket`).
    public var fqn: String
    /// The version of the library that defines it.
    public var version: String

    /// Information for a type named `fqn`.
    public init(fqn: String, version: String = CDKVersion.current) {
        self.fqn = fqn
        self.version = version
    }
}

/// This library's version, as written into cloud assemblies.
public enum CDKVersion {
    /// The version string.
    public static let current = "0.1.0"
}
