/// Concatenation in CloudFormation: how literal text and resolved tokens are combined into the
/// smallest equivalent expression, exactly as the AWS CDK does it.
enum CloudFormationConcat {
    /// Folds resolved fragments left to right: two strings become one string; anything else
    /// becomes a minimal `{"Fn::Join": ["", [...]]}`.
    static func join(_ parts: [JSONValue]) -> JSONValue {
        guard var result = parts.first else { return .string("") }
        for part in parts.dropFirst() { result = concat(result, part) }
        return result
    }

    static func concat(_ left: JSONValue, _ right: JSONValue) -> JSONValue {
        if case .string(let l) = left, case .string(let r) = right { return .string(l + r) }
        return ["Fn::Join": ["", .array(minimalJoin(delimiter: "", [left, right]))]]
    }

    /// Merges adjacent literal strings and splices nested joins that use the same delimiter
    /// and a literal list.
    static func minimalJoin(delimiter: String, _ values: [JSONValue]) -> [JSONValue] {
        var result: [JSONValue] = []
        result.reserveCapacity(values.count)
        for value in values {
            if let spliced = splicableJoin(value, delimiter: delimiter) {
                for element in spliced { appendMerging(element, delimiter: delimiter, to: &result) }
            } else {
                appendMerging(value, delimiter: delimiter, to: &result)
            }
        }
        return result
    }

    private static func appendMerging(_ value: JSONValue, delimiter: String, to result: inout [JSONValue]) {
        if case .string(let s) = value, case .string(let previous)? = result.last {
            result[result.count - 1] = .string(previous + delimiter + s)
        } else {
            result.append(value)
        }
    }

    private static func splicableJoin(_ value: JSONValue, delimiter: String) -> [JSONValue]? {
        guard case .object(let object) = value, object.count == 1,
              case .array(let args)? = object["Fn::Join"], args.count == 2,
              case .string(let d) = args[0], d == delimiter,
              case .array(let list) = args[1] else { return nil }
        return list
    }
}
