import CDKJSON

/// Checks that the JSON of a manifest or template has the shape the readers rely on, with a
/// short error naming the file and the JSON path (never the value itself).
public enum JSONShape {
    /// `an array`, `a string`, ...
    public static func kind(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// Throws unless `value` (at `path` of `file`) is an object; `what` says what it should be.
    public static func requireObject(_ value: JSONValue, at path: String, in file: String, what: String) throws {
        guard case .object = value else {
            throw AssemblyError("\(file): \(path) is \(kind(value)), but must be an object (\(what)).")
        }
    }

    /// Throws unless `template` is a CloudFormation template: an object whose sections are
    /// objects and whose resources are objects with a string `Type`.
    public static func checkTemplate(_ template: JSONValue, in file: String) throws {
        try requireObject(template, at: "$", in: file, what: "a CloudFormation template")
        for section in ["Resources", "Outputs", "Parameters", "Conditions", "Mappings", "Rules"] {
            if let value = template[section] { try requireObject(value, at: "$.\(section)", in: file, what: "\(section) by logical id") }
        }
        for (id, resource) in template["Resources"]?.objectValue ?? [:] {
            let path = "$.Resources" + (id.allSatisfy { $0.isLetter || $0.isNumber } ? ".\(id)" : "[\"\(id.prefix(60))\"]")
            try requireObject(resource, at: path, in: file, what: "a resource with a Type")
            guard case .string? = resource["Type"] else {
                throw AssemblyError("\(file): \(path).Type is \(resource["Type"].map(kind) ?? "missing"), but must be a string such as \"AWS::S3::Bucket\".")
            }
        }
    }
}
