/// A template output, optionally exported for other stacks to import.
///
/// ```swift
/// try CfnOutput(stack, "QueueUrl", value: queue.ref, exportName: "queue-url")
/// ```
public final class CfnOutput: CfnElement {
    /// The value of the output.
    public var value: String
    /// A description of the output.
    public var description: String?
    /// The name other stacks import it by (`Fn::ImportValue`).
    public var exportName: String?
    /// The condition under which the output is created.
    public var condition: CfnCondition?

    /// An output of `value`.
    public init(_ scope: Construct, _ id: String, value: String, description: String? = nil, exportName: String? = nil, condition: CfnCondition? = nil) throws {
        self.value = value
        self.description = description
        self.exportName = exportName
        self.condition = condition
        try super.init(scope, id)
    }

    /// `Fn::ImportValue` of this output's export, for use in another stack.
    public func importValue() throws -> String {
        guard let exportName else {
            throw CDKError("MissingExportName", "Add an exportName to the CfnOutput at '\(node.path)' in order to use 'output.importValue'.", at: self)
        }
        return Fn.importValue(exportName)
    }

    public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDK.CfnOutput") }

    override func renderFragment(_ resolver: Resolver) throws -> JSONObject {
        var definition = JSONObject()
        if let description { definition["Description"] = .string(description) }
        definition["Value"] = .string(value)
        if let exportName {
            try Stage.root(of: self)?.exportNames.register(exportName, of: self)
            definition["Export"] = ["Name": .string(exportName)]
        }
        if let condition { definition["Condition"] = .string(try stack.logicalIdOf(condition)) }
        return try fragment(section: "Outputs", .object(definition), resolver)
    }
}
