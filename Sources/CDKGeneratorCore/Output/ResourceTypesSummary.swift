import CDKJSON

/// The machine-readable summary of every type's registry information
/// (`Sources/Services/ResourceTypes/resource-types.json`), for tools such as the diff:
///
/// ```json
/// {
///   "source": "cfn-lint 1.51.0 (us-east-1 provider schemas)",
///   "resourceTypes": {
///     "AWS::S3::Bucket": {
///       "createOnlyProperties": ["/properties/BucketName", ...],
///       "isStateful": true,
///       "primaryIdentifier": ["/properties/BucketName"],
///       "readOnlyProperties": ["/properties/Arn", ...]
///     }
///   }
/// }
/// ```
enum ResourceTypesSummary {
    static func render(_ models: [ResourceModel], sourceLabel: String) -> String {
        var out = "{\n"
        out += "  \"generatedBy\": \"cdk-gen\",\n"
        out += "  \"source\": \(quoted(sourceLabel)),\n"
        out += "  \"resourceTypes\": {"
        for (index, model) in models.enumerated() {
            out += index == 0 ? "\n" : ",\n"
            out += "    \(quoted(model.typeName)): {\n"
            out += "      \"createOnlyProperties\": \(list(model.createOnlyProperties)),\n"
            out += "      \"isStateful\": \(model.isStateful),\n"
            out += "      \"primaryIdentifier\": \(list(model.primaryIdentifier)),\n"
            out += "      \"readOnlyProperties\": \(list(model.readOnlyProperties))\n"
            out += "    }"
        }
        out += "\n  }\n}\n"
        return out
    }

    /// `s` as a JSON string, escaped as `JSON.stringify` does.
    private static func quoted(_ s: String) -> String { JSONWriter.compact(.string(s)) }

    private static func list(_ values: [String]) -> String {
        "[" + values.map(quoted).joined(separator: ", ") + "]"
    }
}
