/// A Swift value that can be written into a template: strings (tokens included), numbers,
/// Booleans, arrays and dictionaries of them, and ``JSONValue`` itself.
///
/// APIs that take a template value accept both a ``JSONValue`` literal (for heterogeneous
/// literals like `["Rules": [["ObjectOwnership": "BucketOwnerEnforced"]]]`) and any
/// convertible value (for variables).
public protocol JSONValueConvertible {
    /// The value as JSON.
    var jsonValue: JSONValue { get }
}

extension JSONValue: JSONValueConvertible {
    @inlinable public var jsonValue: JSONValue { self }
}

extension JSONObject: JSONValueConvertible {
    @inlinable public var jsonValue: JSONValue { .object(self) }
}

extension String: JSONValueConvertible {
    @inlinable public var jsonValue: JSONValue { .string(self) }
}

extension Substring: JSONValueConvertible {
    public var jsonValue: JSONValue { .string(String(self)) }
}

extension Double: JSONValueConvertible {
    @inlinable public var jsonValue: JSONValue { .number(self) }
}

extension Int: JSONValueConvertible {
    @inlinable public var jsonValue: JSONValue { .number(Double(self)) }
}

extension Bool: JSONValueConvertible {
    @inlinable public var jsonValue: JSONValue { .bool(self) }
}

extension Optional: JSONValueConvertible where Wrapped: JSONValueConvertible {
    @inlinable public var jsonValue: JSONValue { self?.jsonValue ?? .null }
}

extension Array: JSONValueConvertible where Element: JSONValueConvertible {
    // Inlinable, so that callers in other modules get it specialized for their element type.
    @inlinable public var jsonValue: JSONValue {
        // A list token stays a one-element list, which resolution recognizes.
        .array(map { $0.jsonValue })
    }
}

extension Dictionary: JSONValueConvertible where Key == String, Value: JSONValueConvertible {
    /// Keys are sorted, so that output does not depend on hashing order.
    public var jsonValue: JSONValue {
        .object(JSONObject(keys.sorted().map { ($0, self[$0]!.jsonValue) }))
    }
}

extension KeyValuePairs: JSONValueConvertible where Key == String, Value: JSONValueConvertible {
    /// Keys keep their literal order.
    public var jsonValue: JSONValue {
        .object(JSONObject(map { ($0.key, $0.value.jsonValue) }))
    }
}
