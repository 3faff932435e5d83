/// A `Ref` or `Fn::GetAtt` to a template element. Inside the element's own stack it renders
/// as it is; from another stack it renders as the import that synthesis created for it
/// (an `Fn::ImportValue` of an export).
public final class CfnReference: Resolvable, CustomStringConvertible {
    /// How the referenced value is used in Swift.
    public enum TypeHint: Sendable {
        /// A string.
        case string
        /// A number.
        case number
        /// A list of strings.
        case stringList
    }

    /// The referenced element, as the AWS CDK's `Reference.target` (held strongly, like every
    /// construct of a tree, so a reference always has its target).
    public let target: CfnRefElement
    /// The attribute name, or `nil` for `Ref`.
    public let attribute: String?
    /// How the value is used.
    public let typeHint: TypeHint
    @exclusivity(unchecked) private var replacements: [ObjectIdentifier: JSONValue] = [:]
    /// The plain reference, kept by logical-id generation.
    @exclusivity(unchecked) private var synthesisCache = ReferenceSynthesisCache()

    init(target: CfnRefElement, attribute: String?, typeHint: TypeHint) {
        self.target = target
        self.attribute = attribute
        self.typeHint = typeHint
    }

    /// `Ref` or the attribute name, as the AWS CDK names references in messages.
    public var displayName: String { attribute ?? "Ref" }

    public var displayHint: String { target.node.id + "." + displayName }

    /// The reference as a string token.
    public var description: String { Token.asString(self) }

    /// The reference as a string token.
    public func toString() -> String { Token.asString(self) }

    /// The reference as a number token.
    public func toNumber() -> Double { Token.asNumber(self) }

    /// The reference as a list token.
    public func toList() -> [String] { Token.asList(self) }

    /// The value to use in `consumer` instead of the plain reference.
    func replacement(in consumer: Stack) -> JSONValue? { replacements[ObjectIdentifier(consumer)] }

    func setReplacement(_ value: JSONValue, in consumer: Stack) {
        replacements[ObjectIdentifier(consumer)] = value
    }

    /// The plain reference: `{"Ref": id}` or `{"Fn::GetAtt": [id, attribute]}`.
    func plainValue() throws -> JSONValue {
        let generation = target.stack.synthesisCache.logicalIdGeneration
        if let plain = synthesisCache.plain, plain.generation == generation { return plain.value }
        let id = try target.stack.logicalIdOf(target)
        let value: JSONValue = if let attribute { ["Fn::GetAtt": [.string(id), .string(attribute)]] } else { ["Ref": .string(id)] }
        synthesisCache.plain = (generation, value)
        return value
    }

    public func resolve(_ context: ResolveContext) throws -> JSONValue? {
        try value(in: context).value
    }

    /// The value in the consuming stack, and whether it is final: the plain reference holds
    /// only a logical id, which is never a token (synthesis rejects a logical id that is not
    /// alphanumeric), so the resolver need not look into it; an import may hold the token of
    /// a stack's name.
    func value(in context: ResolveContext) throws -> (value: JSONValue, isFinal: Bool) {
        if !replacements.isEmpty, let consumer = try? Stack.of(context.scope), let replacement = replacement(in: consumer) {
            return (replacement, false)
        }
        return (try plainValue(), true)
    }
}
