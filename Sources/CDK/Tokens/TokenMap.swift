/// The process-wide table from token text back to the ``Resolvable`` it stands for.
///
/// Tokens are encoded into ordinary Swift values (strings, numbers, string lists) so that they
/// flow through any code that handles plain values, string interpolation included, as in the
/// AWS CDK. The encoded text carries the table index; only this table turns it back into the
/// resolvable. Access is serialized with a lock, so apps can be built on several threads.
final class TokenMap: @unchecked Sendable {
    static let shared = TokenMap()

    private let lock = Lock()
    private var tokens: [any Resolvable] = []
    private var indexByObject: [ObjectIdentifier: Int] = [:]
    private var stringByObject: [ObjectIdentifier: String] = [:]

    /// Room for the tokens of about 1,500 resources (about 300 KB), so that the tables are not
    /// rehashed again and again while an app is built.
    private init() {
        tokens.reserveCapacity(4096)
        indexByObject.reserveCapacity(4096)
        stringByObject.reserveCapacity(4096)
    }

    /// The index of `token`, registering it the first time.
    func index(of token: any Resolvable) -> Int {
        lock.lock()
        defer { lock.unlock() }
        return register(token)
    }

    /// The string encoding of `token` (made by `encode` from its index), registering it the
    /// first time. A token is encoded once, however often it is used.
    func string(for token: any Resolvable, encode: (Int) -> String) -> String {
        lock.lock()
        defer { lock.unlock() }
        let key = ObjectIdentifier(token)
        if let string = stringByObject[key] { return string }
        let string = encode(register(token))
        stringByObject[key] = string
        return string
    }

    /// The string encoding of `token`, if it was encoded before.
    func encodedString(of token: any Resolvable) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return stringByObject[ObjectIdentifier(token)]
    }

    /// Registers `token` (the lock is held).
    private func register(_ token: any Resolvable) -> Int {
        let key = ObjectIdentifier(token)
        if let index = indexByObject[key] { return index }
        tokens.append(token)
        indexByObject[key] = tokens.count - 1
        return tokens.count - 1
    }

    /// The token registered at `index`.
    func token(at index: Int) -> (any Resolvable)? {
        lock.lock()
        defer { lock.unlock() }
        return tokens.indices.contains(index) ? tokens[index] : nil
    }
}
