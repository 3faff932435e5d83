/// A JSON object that keeps its keys in insertion order, as CloudFormation templates written
/// by the AWS CDK do.
///
/// Equality ignores key order: two objects are equal when they hold the same members.
public struct JSONObject: Sendable {
    /// The keys in insertion order.
    public private(set) var keys: [String] = []
    private var storage: [String: JSONValue] = [:]

    /// An empty object.
    public init() {}

    /// An object with these members, in this order. A repeated key keeps its first position
    /// and its last value.
    public init<S: Sequence>(_ members: S) where S.Element == (String, JSONValue) {
        for (key, value) in members { self[key] = value }
    }

    /// The number of members.
    public var count: Int { keys.count }

    /// Whether the object has no members.
    public var isEmpty: Bool { keys.isEmpty }

    /// The member named `key`. Setting `nil` removes it; setting a new key appends it.
    public subscript(key: String) -> JSONValue? {
        get { storage[key] }
        set {
            if let newValue {
                if storage.updateValue(newValue, forKey: key) == nil { keys.append(key) }
            } else if storage.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    /// The members in insertion order.
    public var members: [(key: String, value: JSONValue)] {
        keys.map { ($0, storage[$0]!) }
    }

    /// The values in insertion order.
    public var values: [JSONValue] { keys.map { storage[$0]! } }

    /// Whether the object has a member named `key`.
    public func contains(_ key: String) -> Bool { storage[key] != nil }

    /// Reorders the members by `areInIncreasingOrder` over their keys.
    public mutating func sortKeys(by areInIncreasingOrder: (String, String) -> Bool) {
        keys.sort(by: areInIncreasingOrder)
    }

    /// Replaces the key order; `newOrder` must hold the same keys.
    mutating func reorder(_ newOrder: [String]) {
        precondition(newOrder.count == keys.count, "reorder must keep every key")
        keys = newOrder
    }
}

extension JSONObject: Hashable {
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.storage == rhs.storage
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage)
    }
}

extension JSONObject: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.init(elements)
    }
}

extension JSONObject: Sequence {
    public func makeIterator() -> IndexingIterator<[(key: String, value: JSONValue)]> {
        members.makeIterator()
    }
}
