/// The Swift type of a property, as the generator maps schema types:
///
/// | schema | Swift |
/// |---|---|
/// | `string` | `String` (tokens are strings, so intrinsics fit) |
/// | `number`, `integer` | `Double` |
/// | `boolean` | `Bool` |
/// | `array` | `[T]` |
/// | object with `patternProperties` / `additionalProperties` schema | `[String: T]` |
/// | object with `properties` (a definition or inline) | a nested `final class ...Property` |
/// | `Tag` / `Tags` of `{Key, Value}` strings, both required | `CfnTag` |
/// | anything else (free-form, several types, untypable `oneOf`/`anyOf`, no type) | `JSONValue` |
public indirect enum SwiftType: Hashable, Sendable {
    case string
    case number
    case boolean
    case json
    case tag
    case array(SwiftType)
    case map(SwiftType)
    case nested(String)

    /// How the type is spelled in Swift.
    public var spelling: String { spelling(CoreNames(namespaceClassNames: [])) }

    /// How the type is spelled in a namespace where `core` says how to write core types.
    public func spelling(_ core: CoreNames) -> String {
        switch self {
        case .string: "String"
        case .number: "Double"
        case .boolean: "Bool"
        case .json: "JSONValue"
        case .tag: core("CfnTag")
        case .array(let element): "[\(element.spelling(core))]"
        case .map(let value): "[String: \(value.spelling(core))]"
        case .nested(let name): name
        }
    }
}
