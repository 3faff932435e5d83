/// A value that is only known at synthesis or deployment time: a reference to a resource
/// attribute, an intrinsic function or a lazily computed value (the AWS CDK's `IResolvable`).
///
/// A resolvable can be used wherever a plain value is expected by turning it into a token with
/// `Token.asString(_:)`, ``Token/asNumber(_:)`` or ``Token/asList(_:)``.
public protocol Resolvable: AnyObject {
    /// The value to put into the template. It may itself contain tokens, which are resolved in
    /// turn. `nil` means "no value": the enclosing property or array element is left out.
    func resolve(_ context: ResolveContext) throws -> JSONValue?

    /// A short description used in the token's text, for debugging (`Ref`, `Fn::Join`).
    var displayHint: String { get }
}

extension Resolvable {
    /// A generic hint.
    public var displayHint: String { "TOKEN" }
}

/// What a ``Resolvable`` knows while it resolves: the construct whose template is being
/// written, and a way to resolve nested values.
public struct ResolveContext {
    /// The construct being rendered (the consuming stack or element).
    public let scope: Construct
    let resolver: Resolver

    /// Whether this resolution runs while the app is being prepared (references are being
    /// collected), rather than while a template is written.
    public var preparing: Bool { resolver.preparing }

    /// Resolves a nested value in the same context.
    public func resolve(_ value: JSONValue) throws -> JSONValue? {
        try resolver.resolve(value, depth: 1)
    }
}
