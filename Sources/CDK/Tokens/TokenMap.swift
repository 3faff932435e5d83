/// The process-wide table from token text back to the ``Resolvable`` it stands for.
///
/// Tokens are encoded into ordinary Swift values (strings, numbers, string lists) so that they
/// flow through any code that handles plain values, string interpolation included, as in the
/// AWS CDK. The encoded text carries the table index; only this table turns it back into the
/// resolvable. Access is serialized with a lock, so apps can be built on several threads.
final class TokenMap: @unchecked Sendable {
    static let shared = TokenMap()

    private let lock = Lock()
    /// The tokens, in the order they were registered (an index points into it).
    @exclusivity(unchecked) private var tokens: [any Resolvable] = []
    /// Each registered token's index, and its string encoding once it was encoded.
    @exclusivity(unchecked) private var entries: [ObjectIdentifier: (index: Int, string: String?)] = [:]

    /// Room for the tokens of about 1,500 resources (about 300 KB), so that the tables are not
    /// rehashed again and again while an app is built.
    private init() {
        tokens.reserveCapacity(4096)
        entries.reserveCapacity(4096)
    }

    /// The index of `token`, registering it the first time.
    func index(of token: any Resolvable) -> Int {
        lock.lock()
        defer { lock.unlock() }
        return withEntry(of: token) { $0.index }
    }

    /// The string encoding of `token` (made by `encode` from its index), registering it the
    /// first time. A token is encoded once, however often it is used.
    func string(for token: any Resolvable, encode: (Int) -> String) -> String {
        lock.lock()
        defer { lock.unlock() }
        return withEntry(of: token) { entry in
            if let string = entry.string { return string }
            let string = encode(entry.index)
            entry.string = string
            return string
        }
    }

    /// The string encoding of `token`, if it was encoded before.
    func encodedString(of token: any Resolvable) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return entries[ObjectIdentifier(token)]?.string
    }

    /// Calls `body` with the entry of `token`, registering the token the first time (the lock
    /// is held).
    private func withEntry<Result>(of token: any Resolvable, _ body: (inout (index: Int, string: String?)) -> Result) -> Result {
        let next = tokens.count
        func visit(_ entry: inout (index: Int, string: String?)) -> Result {
            // Registered tokens have indexes below `next`: this entry was just made.
            if entry.index == next { tokens.append(token) }
            return body(&entry)
        }
        // In place, with one hash lookup (`default:` inserts the entry of a new token).
        return visit(&entries[ObjectIdentifier(token), default: (next, nil)])
    }

    /// The token registered at `index`.
    func token(at index: Int) -> (any Resolvable)? {
        lock.lock()
        defer { lock.unlock() }
        return tokens.indices.contains(index) ? tokens[index] : nil
    }
}
