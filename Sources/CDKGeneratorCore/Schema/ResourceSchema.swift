import CDKJSON
import Foundation

/// One CloudFormation registry schema (a resource provider definition), with the accessors the
/// generator needs.
public struct ResourceSchema: Sendable {
    /// The type name, such as `AWS::S3::Bucket`.
    public let typeName: String
    /// The whole document.
    public let document: JSONValue

    /// Reads a schema document; it must name its type in `typeName`.
    public init(document: JSONValue) throws {
        guard let typeName = document["typeName"]?.stringValue else {
            throw GeneratorError("a schema has no typeName")
        }
        guard typeName.components(separatedBy: "::").count == 3 else {
            throw GeneratorError("\(typeName): a type name has three parts, such as AWS::S3::Bucket")
        }
        self.typeName = typeName
        self.document = document
    }

    /// Parses schema text.
    public init(text: String) throws {
        try self.init(document: JSONParser.parse(text))
    }

    /// The schema's description of the resource type.
    public var description: String? { document["description"]?.stringValue }

    /// The top-level properties by CloudFormation name.
    public var properties: JSONObject { document["properties"]?.objectValue ?? [:] }

    /// The definitions (`#/definitions/<name>`) by name.
    public var definitions: JSONObject { document["definitions"]?.objectValue ?? [:] }

    /// The names of required top-level properties.
    public var required: Set<String> { Set(document["required"]?.stringArray ?? []) }

    /// JSON pointers of properties that can only be set on creation.
    public var createOnlyProperties: [String] { document["createOnlyProperties"]?.stringArray ?? [] }

    /// JSON pointers of values CloudFormation computes.
    public var readOnlyProperties: [String] { document["readOnlyProperties"]?.stringArray ?? [] }

    /// JSON pointers of the properties that identify a resource.
    public var primaryIdentifier: [String] { document["primaryIdentifier"]?.stringArray ?? [] }

    /// The names of top-level properties that are read-only (`/properties/<name>`).
    public var readOnlyTopLevelNames: Set<String> {
        Set(readOnlyProperties.compactMap { pointer -> String? in
            let parts = Self.pointerSegments(pointer)
            return parts.count == 2 && parts[0] == "properties" ? parts[1] : nil
        })
    }

    /// The segments of a JSON pointer (`/properties/Endpoint/Address` gives
    /// `["properties", "Endpoint", "Address"]`), with `~1` and `~0` unescaped.
    public static func pointerSegments(_ pointer: String) -> [String] {
        var text = Substring(pointer)
        if text.hasPrefix("#") { text = text.dropFirst() }
        return text.split(separator: "/", omittingEmptySubsequences: true).map {
            $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }

    /// The node a local reference (`#/definitions/Name`) points to.
    public func resolve(reference: String) -> JSONValue? {
        guard reference.hasPrefix("#") else { return nil }
        var node = document
        for segment in Self.pointerSegments(reference) {
            if let next = node[segment] {
                node = next
            } else if let index = Int(segment), let elements = node.arrayValue, elements.indices.contains(index) {
                node = elements[index]
            } else {
                return nil
            }
        }
        return node
    }

    /// Follows `$ref` chains until a node without one (at most 32 steps).
    public func dereference(_ node: JSONValue) -> JSONValue {
        var current = node
        for _ in 0..<32 {
            guard let reference = current["$ref"]?.stringValue, let target = resolve(reference: reference) else { return current }
            current = target
        }
        return current
    }
}

/// A failure of the generator, with a message for the command line.
public struct GeneratorError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
