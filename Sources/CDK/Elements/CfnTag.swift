/// A resource tag as CloudFormation writes it: `{"Key": ..., "Value": ...}`.
public struct CfnTag: Sendable, Hashable, JSONValueConvertible {
    /// The tag key.
    public var key: String
    /// The tag value (may be a token).
    public var value: String

    /// A tag `key` = `value`.
    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }

    public var jsonValue: JSONValue { ["Key": .string(key), "Value": .string(value)] }
}
