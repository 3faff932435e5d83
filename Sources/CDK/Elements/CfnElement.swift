/// An element of a CloudFormation template: a resource, parameter, output, condition, mapping
/// or rule. Its logical id is allocated from its path below the stack, as the AWS CDK does.
open class CfnElement: Construct {
    /// The stack the element belongs to.
    public let stack: Stack
    @exclusivity(unchecked) var logicalIdOverride: String?
    /// The allocated id and the fragment rendered while references were found.
    @exclusivity(unchecked) var synthesisCache = ElementSynthesisCache()
    @exclusivity(unchecked) private(set) var logicalIdLocked = false
    private lazy var logicalIdToken = LogicalIDToken(element: self)

    /// Adds the element under `scope`, which must be inside a ``Stack``.
    public override init(_ scope: Construct, _ id: String) throws {
        stack = try Stack.of(scope, placing: id)
        try super.init(scope, id)
    }

    /// The logical id, as a token: it resolves to the final id (overrides included) when the
    /// template is written.
    public var logicalId: String { Token.asString(logicalIdToken) }

    /// The logical id as it stands now: the override if there is one, otherwise the id
    /// allocated from the path.
    public var resolvedLogicalId: String {
        get throws { try stack.logicalIdOf(self) }
    }

    /// Replaces the allocated logical id with `newLogicalId`, verbatim.
    ///
    /// Throws once the id was used by a cross-stack reference, since the other stack has
    /// already imported the old name.
    public func overrideLogicalId(_ newLogicalId: String) throws {
        if logicalIdLocked {
            throw CDKError("LogicalIdLocked", "The logicalId for resource at path \(node.path) has been locked and cannot be overridden. Make sure you are calling \"overrideLogicalId\" before Stack.exportValue", at: self)
        }
        logicalIdOverride = newLogicalId
        stack.synthesisCache.logicalIdGeneration += 1
    }

    /// Prevents later overrides (once another stack refers to this element by name).
    func lockLogicalId() { logicalIdLocked = true }

    /// The template fragment of this element (`{"Resources": {id: {...}}}`), resolved with
    /// `resolver`. An error met on the way that names no construct, or only the stack (a lazy
    /// value that throws, a token that cannot be resolved), is reported at this element.
    final func toCloudFormation(_ resolver: Resolver) throws -> JSONObject {
        do {
            return try renderFragment(resolver)
        } catch let error as CDKError {
            guard error.path == nil || error.path == stack.node.path else { throw error }
            var attributed = error
            attributed.path = node.path
            throw attributed
        } catch let error as ValidationError {
            throw error
        } catch {
            throw CDKError("RenderFailed", "Rendering failed: \(error). A lazy value or a token of this construct threw it; fix the code that produces the value.", at: self)
        }
    }

    /// The template fragment of this element, resolved with `resolver`. Subclasses override it.
    func renderFragment(_ resolver: Resolver) throws -> JSONObject { [:] }

    /// Whether the element is written to the template: by default, what
    /// ``synthesizedWhen`` says, or always.
    open var shouldSynthesize: Bool { synthesizedWhen?() ?? true }

    /// A condition, checked when the template is written, for writing the element at all (an
    /// IAM policy without statements or principals is left out, as in the AWS CDK).
    @exclusivity(unchecked) public var synthesizedWhen: (() -> Bool)?

    /// Resolves `value` and returns it as an object (empty when it resolves to nothing).
    func fragment(section: String, _ definition: JSONValue, _ resolver: Resolver) throws -> JSONObject {
        let id = try stack.logicalIdOf(self)
        let resolved = try resolver.resolve(definition) ?? .object([:])
        return [section: .object([id: resolved])]
    }
}

/// Resolves to an element's final logical id.
final class LogicalIDToken: Resolvable {
    private let element: CfnElement

    init(element: CfnElement) { self.element = element }

    var displayHint: String { "LogicalId" }

    func resolve(_ context: ResolveContext) throws -> JSONValue? {
        .string(try element.stack.logicalIdOf(element))
    }
}

/// A template element that can be referenced with `Ref`: resources and parameters.
open class CfnRefElement: CfnElement {
    /// The references made so far, by attribute (`Ref` for the plain one): an element has a
    /// few, so they are searched in order.
    @exclusivity(unchecked) private var references: [(key: String, reference: CfnReference)] = []

    /// `{"Ref": logicalId}` as a string token.
    public var ref: String { Token.asString(reference(nil)) }

    /// The singleton reference to `attribute` of this element (`nil` for `Ref`).
    func reference(_ attribute: String?, typeHint: CfnReference.TypeHint = .string) -> CfnReference {
        let key = attribute ?? "Ref"
        if let existing = references.first(where: { $0.key == key }) { return existing.reference }
        let created = CfnReference(target: self, attribute: attribute, typeHint: typeHint)
        references.append((key, created))
        return created
    }
}
