/// The tree API of a construct, as `construct.node` gives it: where it sits, what is below it,
/// and what was attached to it.
public struct Node {
    /// The construct this node describes.
    public let host: Construct

    init(_ host: Construct) { self.host = host }

    /// The separator of path components.
    public static let pathSeparator = "/"

    /// The id of the construct among its siblings.
    public var id: String { host.id }

    /// The ids from the root down to this construct, joined by `/` (the root's path is empty).
    public var path: String { host.path }

    /// The construct this one was added to, or `nil` for the root.
    public var scope: Construct? { host.scope }

    /// The direct children, in the order they were added.
    public var children: [Construct] { host.children }

    /// The child with `id`, if there is one. A `/` in `id` is looked up as the `--` the tree
    /// stores in its place, as the AWS CDK's `tryFindChild` does.
    public func tryFindChild(_ id: String) -> Construct? { host.childNamed(Construct.sanitize(id)) }

    /// The child with `id` (a `/` in it looked up as `--`); throws when there is none.
    public func findChild(_ id: String) throws -> Construct {
        guard let child = tryFindChild(id) else {
            throw CDKError("ChildNotFound", "No child with id '\(id)' under '\(path)'.", at: host)
        }
        return child
    }

    /// The child named `Resource` or `Default`, which high-level constructs use for the
    /// resource they wrap, unless another construct was set (as a construct standing for a
    /// resource defined elsewhere in the tree does).
    public var defaultChild: Construct? {
        get { host.explicitDefaultChild ?? tryFindChild("Resource") ?? tryFindChild("Default") }
        nonmutating set { host.explicitDefaultChild = newValue }
    }

    /// The root of the tree (normally the ``App``).
    public var root: Construct {
        var current = host
        while let parent = current.scope { current = parent }
        return current
    }

    /// The constructs from the root down to this one, both included.
    public var scopes: [Construct] {
        var result: [Construct] = []
        var current: Construct? = host
        while let c = current {
            result.append(c)
            current = c.scope
        }
        return result.reversed()
    }

    /// The order of ``findAll(_:)``.
    public enum TraversalOrder: Sendable {
        /// A construct before its children.
        case preOrder
        /// A construct after its children.
        case postOrder
    }

    /// This construct and everything below it.
    public func findAll(_ order: TraversalOrder = .preOrder) -> [Construct] {
        var result: [Construct] = []
        func visit(_ c: Construct) {
            if order == .preOrder { result.append(c) }
            for child in c.children { visit(child) }
            if order == .postOrder { result.append(c) }
        }
        visit(host)
        return result
    }

    // MARK: Metadata

    /// The metadata entries attached to this construct, in the order they were added.
    public var metadata: [MetadataEntry] { host.metadata }

    /// Attaches a metadata entry; it is written to the stack's metadata file.
    public func addMetadata(_ type: String, _ data: JSONValue) {
        host.metadata.append(MetadataEntry(type: type, data: data))
    }

    // MARK: Validation

    /// Adds a check that runs before synthesis; each message it returns is an error.
    public func addValidation(_ validation: any Validation) {
        host.validations.append(validation)
    }

    /// Adds a check, written as a closure, that runs before synthesis; each message it
    /// returns is an error.
    public func addValidation(_ validate: @escaping () -> [String]) {
        host.validations.append(ClosureValidation(body: validate))
    }

    /// Runs this construct's own checks (not its children's) and returns their messages.
    public func validate() -> [String] {
        if host.validations.isEmpty { return [] }
        return host.validations.flatMap { $0.validate() }
    }

    // MARK: Dependencies

    /// Makes this construct depend on `dependencies`: every resource below this construct is
    /// deployed after every resource below them (across stacks, the stack depends on the other).
    public func addDependency(_ dependencies: any Dependable...) {
        host.constructDependencies.append(contentsOf: dependencies)
    }

    /// The dependencies added with ``addDependency(_:)``.
    public var dependencies: [Construct] {
        host.constructDependencies.flatMap { $0.dependencyRoots }
    }

    // MARK: Context

    /// Sets a context value on this construct; it is visible to this construct and everything
    /// below it. Throws once children were added, as the AWS CDK does.
    public func setContext(_ key: String, _ value: JSONValue) throws {
        if !host.children.isEmpty {
            throw CDKError("ContextAfterChildren", "Cannot set context after children have been added: \(host.children.map { $0.id }.joined(separator: ",")). Set context '\(key)' before adding constructs.", at: host)
        }
        host.context[key] = value
    }

    /// The context value for `key` from the closest construct up the tree that has it.
    public func tryGetContext(_ key: String) -> JSONValue? {
        // Stepping up without strong references: `host` keeps its scopes alive (Construct.scope).
        unowned(unsafe) var current = host
        while true {
            // Most constructs set no context: skip hashing the key for them.
            if !current.context.isEmpty, let value = current.context[key] { return value }
            guard let scope = current.scope else { return nil }
            current = scope
        }
    }
}
