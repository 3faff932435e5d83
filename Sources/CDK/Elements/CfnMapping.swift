/// A template mapping: a two-level table read with `Fn::FindInMap`.
///
/// ```swift
/// let sizes = try CfnMapping(stack, "Sizes", mapping: ["dev": ["Retention": 1], "prod": ["Retention": 14]])
/// let retention = try sizes.findInMap(env.valueAsString, "Retention")
/// ```
public final class CfnMapping: CfnElement {
    private var mapping: JSONObject
    private let lazy: Bool
    private var usedLazily = false

    /// A mapping of `mapping` (top-level key to second-level key to value).
    ///
    /// With `lazy`, the mapping is only written when a lookup cannot be answered at synthesis.
    public init(_ scope: Construct, _ id: String, mapping: JSONObject = [:], lazy: Bool = false) throws {
        self.mapping = mapping
        self.lazy = lazy
        try super.init(scope, id)
        for key in mapping.keys where !Self.isValidKey(key) {
            throw CDKError("InvalidMappingKey", "Attribute name '\(key)' must contain only [A-Za-z0-9]; rename the key.", at: self)
        }
        for (key, value) in mapping where value.objectValue == nil {
            throw CDKError("InvalidMapping", "The value of mapping key '\(key)' must be an object of second-level keys to values.", at: self)
        }
    }

    private static func isValidKey(_ key: String) -> Bool {
        Token.isUnresolved(key) || key.unicodeScalars.allSatisfy { $0.isASCIILetterOrDigit || "-_.".unicodeScalars.contains($0) }
    }

    /// Sets one value.
    public func setValue(_ key1: String, _ key2: String, _ value: JSONValue) {
        var inner = mapping[key1]?.objectValue ?? JSONObject()
        inner[key2] = value
        mapping[key1] = .object(inner)
    }

    /// `Fn::FindInMap` of this mapping; when both keys are known literals and present, the
    /// value itself (lazy mappings only). Throws for a literal key that is not in the mapping.
    public func findInMap(_ key1: String, _ key2: String) throws -> String {
        if !Token.isUnresolved(key1) {
            guard let inner = mapping[key1]?.objectValue else {
                throw CDKError("MappingKeyNotFound", "Mapping doesn't contain top-level key '\(key1)'. Add it to the mapping or use a token as the key.", at: self)
            }
            if !Token.isUnresolved(key2) && inner[key2] == nil {
                throw CDKError("MappingKeyNotFound", "Mapping doesn't contain second-level key '\(key2)'. Add it to the mapping or use a token as the key.", at: self)
            }
            if lazy, !Token.isUnresolved(key2), case .string(let s)? = inner[key2] { return s }
        }
        usedLazily = true
        return Fn.findInMap(logicalId, key1, key2)
    }

    public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDK.CfnMapping") }

    override func renderFragment(_ resolver: Resolver) throws -> JSONObject {
        if lazy && !usedLazily { return [:] }
        return try fragment(section: "Mappings", .object(mapping), resolver)
    }
}
