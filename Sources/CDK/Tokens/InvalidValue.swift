/// A value that is known to be wrong when it is made, but can only be reported where it is
/// used: resolving it throws `error`, which the element that uses it attributes to itself
/// (``Fn/select(_:_:)`` out of range on a literal list).
final class InvalidValue: Resolvable {
    let error: CDKError

    init(_ error: CDKError) { self.error = error }

    var displayHint: String { "Invalid" }

    func resolve(_ context: ResolveContext) throws -> JSONValue? { throw error }
}
