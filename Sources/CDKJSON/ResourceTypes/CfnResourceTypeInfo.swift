/// What the CloudFormation registry schema says about a resource type, kept at run time for
/// tools such as the diff: which property changes replace the resource, which values are
/// read-only, and how the resource is identified. The generated low-level types carry it
/// (`CfnResource.typeInfo`); `resource-types.json` holds one per type in the same fields.
public struct CfnResourceTypeInfo: Sendable, Equatable {
    /// The type name, such as `AWS::S3::Bucket`.
    public let typeName: String
    /// JSON pointers of properties that can only be set on creation: changing one replaces the
    /// resource (`/properties/BucketName`).
    public let createOnlyProperties: [String]
    /// JSON pointers of values CloudFormation computes (`/properties/Arn`).
    public let readOnlyProperties: [String]
    /// JSON pointers of the properties that identify a resource.
    public let primaryIdentifier: [String]
    /// Whether the resource holds data that is lost when it is replaced or deleted.
    public let isStateful: Bool

    /// Information for `typeName`.
    public init(typeName: String, createOnlyProperties: [String], readOnlyProperties: [String], primaryIdentifier: [String], isStateful: Bool) {
        self.typeName = typeName
        self.createOnlyProperties = createOnlyProperties
        self.readOnlyProperties = readOnlyProperties
        self.primaryIdentifier = primaryIdentifier
        self.isStateful = isStateful
    }

    /// Whether changing the top-level property `name` replaces the resource.
    public func replacesOnChange(of name: String) -> Bool {
        createOnlyProperties.contains { $0 == "/properties/" + name || $0.hasPrefix("/properties/" + name + "/") }
    }
}
