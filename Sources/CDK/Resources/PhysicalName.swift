/// Physical names of resources that the library chooses (the AWS CDK's `PhysicalName`).
public enum PhysicalName {
    /// A name the library generates only when the resource is used from another account or
    /// region, where its name must be known before deployment: pass it as the resource's name
    /// (`roleName`, `bucketName`).
    public static let generateIfNeeded = Token.asString(GenerateIfNeededMarker())

    /// Whether `name` is ``generateIfNeeded``.
    static func isGenerateIfNeeded(_ name: String?) -> Bool {
        guard let name else { return false }
        return Token.reverse(name) is GenerateIfNeededMarker
    }
}

/// The marker behind ``PhysicalName/generateIfNeeded``; it must never reach a template.
final class GenerateIfNeededMarker: Resolvable {
    var displayHint: String { "PhysicalName.GENERATE_IF_NEEDED" }

    func resolve(_ context: ResolveContext) throws -> JSONValue? {
        throw CDKError(code: "InvalidPhysicalNameMarker", message: "Invalid physical name passed to CloudFormation. Use \"this.physicalName\" instead: a construct that takes PhysicalName.generateIfNeeded must pass its `physicalName` to its CloudFormation resource.", path: context.scope.node.path)
    }
}
