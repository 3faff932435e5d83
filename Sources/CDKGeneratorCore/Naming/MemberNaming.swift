/// Swift member names for CloudFormation property names.
///
/// The name is the AWS CDK's (``CamelCase``). Keywords stay as they are (they are written in
/// backticks); names Swift cannot use as members get a `Value` suffix (`selfValue`); names that
/// clash with members the type inherits get a `Value` suffix too (`stackValue`), except `tags`,
/// which becomes `tagsRaw` as in the AWS CDK. Names that still collide get a number
/// (`kmsKeyId2`), in ordinal order of the CloudFormation names.
public enum MemberNaming {
    /// Public members of `CfnResource` and its superclasses that properties must not shadow.
    public static let resourceReservedNames: Set<String> = [
        "node", "stack", "ref", "tags", "logicalId", "resolvedLogicalId", "overrideLogicalId",
        "shouldSynthesize", "dependencyRoots", "constructInfo", "cfnResourceType", "cfnOptions",
        "renderProperties", "propertyOrder", "typeInfo", "tagPropertyName", "getAtt", "addOverride",
        "addDeletionOverride", "addPropertyOverride", "addPropertyDeletionOverride", "addDependency",
        "removeDependency", "resourceDependencies", "applyRemovalPolicy", "reference", "tagManager",
    ]

    /// Allocates the member name for `cloudFormationName`.
    public static func name(for cloudFormationName: String, reserved: Set<String>, allocator: inout NameAllocator) -> String {
        allocator.allocate([baseName(for: cloudFormationName, reserved: reserved)])
    }

    /// The name before collisions are resolved.
    public static func baseName(for cloudFormationName: String, reserved: Set<String>) -> String {
        var name = SwiftIdentifier.sanitized(CamelCase.lower(cloudFormationName))
        name = SwiftIdentifier.memberName(name)
        if reserved.contains(name) { name = name == "tags" ? "tagsRaw" : name + "Value" }
        return name
    }
}
