/// A JSON object that keeps its keys in insertion order, as CloudFormation templates written
/// by the AWS CDK do.
///
/// Equality ignores key order: two objects are equal when they hold the same members.
/// Small objects (most of a template) are searched linearly; large ones keep an index.
///
/// Building and reading members is on the hot path of synthesis in other modules (the core
/// and the generated types), so those members are inlinable: across modules, a call that is
/// not inlined costs retains and releases of its arguments (measured: 1.4% more instructions
/// for synthesis without it, see docs/performance.md).
public struct JSONObject: Sendable {
    // No default values: the initializers set both, so that nothing of them is called out of line.
    @usableFromInline var entries: [(key: String, value: JSONValue)]
    @usableFromInline var index: [String: Int]?
    @usableFromInline static let indexThreshold = 16

    /// An empty object.
    @inlinable public init() {
        entries = []
        index = nil
    }

    /// An empty object with room for `capacity` members.
    @inlinable public init(minimumCapacity capacity: Int) {
        entries = []
        index = nil
        entries.reserveCapacity(capacity)
    }

    /// An object with these members, in this order. A repeated key keeps its first position
    /// and its last value.
    @inlinable public init<S: Sequence>(_ members: S) where S.Element == (String, JSONValue) {
        entries = []
        index = nil
        entries.reserveCapacity(members.underestimatedCount)
        for (key, value) in members { self[key] = value }
    }

    /// The number of members.
    @inlinable public var count: Int { entries.count }

    /// Whether the object has no members.
    @inlinable public var isEmpty: Bool { entries.isEmpty }

    /// The keys in insertion order.
    @inlinable public var keys: [String] { entries.map { $0.key } }

    /// The values in insertion order.
    @inlinable public var values: [JSONValue] { entries.map { $0.value } }

    /// The members in insertion order.
    @inlinable public var members: [(key: String, value: JSONValue)] { entries }

    @inlinable func position(of key: String) -> Int? {
        if let index { return index[key] }
        return entries.firstIndex { $0.key == key }
    }

    /// The member named `key`. Setting `nil` removes it; setting a new key appends it.
    @inlinable public subscript(key: String) -> JSONValue? {
        get { position(of: key).map { entries[$0].value } }
        set {
            if let position = position(of: key) {
                if let newValue {
                    entries[position].value = newValue
                } else {
                    entries.remove(at: position)
                    rebuildIndex()
                }
            } else if let newValue {
                append(key, newValue)
            }
        }
    }

    /// Adds a member named `key` unless there is one; returns whether it was added.
    @inlinable package mutating func insertIfAbsent(_ key: String, _ value: JSONValue) -> Bool {
        if position(of: key) != nil { return false }
        append(key, value)
        return true
    }

    /// Appends a member whose key is not in the object yet (inlined: it is on the path of
    /// every member a template gets).
    @inlinable @inline(__always)
    mutating func append(_ key: String, _ value: JSONValue) {
        // Most objects of a template have a few members: start with room for four.
        if entries.capacity == 0 { entries.reserveCapacity(4) }
        entries.append((key, value))
        if index != nil {
            index?[key] = entries.count - 1
        } else if entries.count > Self.indexThreshold {
            rebuildIndex()
        }
    }

    @usableFromInline mutating func rebuildIndex() {
        guard entries.count > Self.indexThreshold else {
            index = nil
            return
        }
        var built: [String: Int] = [:]
        built.reserveCapacity(entries.count)
        for (i, entry) in entries.enumerated() { built[entry.key] = i }
        index = built
    }

    /// Whether the object has a member named `key`.
    @inlinable public func contains(_ key: String) -> Bool { position(of: key) != nil }

    /// Reorders the members by `areInIncreasingOrder` over their keys.
    public mutating func sortKeys(by areInIncreasingOrder: (String, String) -> Bool) {
        entries.sort { areInIncreasingOrder($0.key, $1.key) }
        rebuildIndex()
    }

    /// Puts the members in the order of `newOrder`, which must hold exactly the same keys;
    /// otherwise the order is left as it is.
    package mutating func reorder(_ newOrder: [String]) {
        guard newOrder.count == entries.count else { return }
        var reordered: [(key: String, value: JSONValue)] = []
        reordered.reserveCapacity(entries.count)
        for key in newOrder {
            guard let position = position(of: key) else { return }
            reordered.append(entries[position])
        }
        entries = reordered
        rebuildIndex()
    }
}

extension JSONObject: Hashable {
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for (key, value) in lhs.entries where rhs[key] != value { return false }
        return true
    }

    public func hash(into hasher: inout Hasher) {
        // Order-independent: combine the members' hashes commutatively.
        var combined = 0
        for (key, value) in entries {
            var member = Hasher()
            member.combine(key)
            member.combine(value)
            combined ^= member.finalize()
        }
        hasher.combine(entries.count)
        hasher.combine(combined)
    }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    @inlinable public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements)
    }
}

extension JSONObject: Sequence {
    public func makeIterator() -> IndexingIterator<[(key: String, value: JSONValue)]> {
        entries.makeIterator()
    }
}
