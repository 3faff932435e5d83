/// A property of a resource or of a nested property type, ready to render.
public struct PropertyModel: Sendable, Equatable {
    /// The CloudFormation name (`BucketName`).
    public var cloudFormationName: String
    /// The Swift member name and argument label (`bucketName`), unescaped.
    public var swiftName: String
    /// The Swift type (without the optional).
    public var type: SwiftType
    /// Whether the schema requires it: a non-optional stored property and parameter.
    public var isRequired: Bool
    /// The one-line doc comment.
    public var doc: String
}

/// A nested property type: `final class <Name>Property: JSONValueConvertible`.
public struct NestedTypeModel: Sendable, Equatable {
    /// The class name (`VersioningConfigurationProperty`).
    public var name: String
    /// The one-line doc comment.
    public var doc: String
    /// Its properties, in ordinal order of their CloudFormation names.
    public var properties: [PropertyModel]
}

/// How an attribute (`Fn::GetAtt`) is typed.
public enum AttributeKind: Sendable, Equatable {
    /// A string token.
    case string
    /// A number token.
    case number
    /// A list token (`[String]`).
    case stringList
    /// An object or other value: the reference itself.
    case reference
}

/// A read-only value of a resource, read with `Fn::GetAtt`.
public struct AttributeModel: Sendable, Equatable {
    /// The Swift name (`attrArn`, `attrEndpointAddress`).
    public var swiftName: String
    /// The attribute name (`Arn`, `Endpoint.Address`).
    public var attributeName: String
    /// How it is typed.
    public var kind: AttributeKind
    /// The one-line doc comment.
    public var doc: String
}

/// How a taggable resource takes tags (the core's `TagManager.TagType`).
public enum TagFormat: String, Sendable, Equatable {
    /// `[{"Key": k, "Value": v}]`
    case standard
    /// `{k: v}`
    case map
    /// `[{"Key": k, "Value": v, "PropagateAtLaunch": b}]` (`AWS::AutoScaling::AutoScalingGroup`).
    case autoScalingGroup
}

/// The tags of a taggable resource.
public struct TaggingModel: Sendable, Equatable {
    /// How tags are written.
    public var format: TagFormat
    /// The CloudFormation name of the tag property (`Tags`, `UserPoolTags`).
    public var propertyName: String
    /// The type of the initializer's tag parameter: `[CfnTag]`, `[String: String]`, or the
    /// tag item class of auto scaling groups.
    public var parameterType: SwiftType
}

/// Everything the renderer needs about one resource type.
public struct ResourceModel: Sendable, Equatable {
    /// `AWS::S3::Bucket`.
    public var typeName: String
    /// The namespace (`S3`, module `CDKS3`).
    public var service: ServiceName
    /// `CfnBucket`.
    public var className: String
    /// The one-line doc comment.
    public var doc: String
    /// The writable top-level properties (the tag property included), in ordinal order of
    /// their CloudFormation names: the initializer's parameters.
    public var properties: [PropertyModel]
    /// The tags, if the type is taggable.
    public var tagging: TaggingModel?
    /// The nested property types, sorted by name.
    public var nestedTypes: [NestedTypeModel]
    /// The attributes, sorted by Swift name.
    public var attributes: [AttributeModel]
    /// JSON pointers from the schema.
    public var createOnlyProperties: [String]
    public var readOnlyProperties: [String]
    public var primaryIdentifier: [String]
    /// Whether the type holds data (see ``Statefulness``).
    public var isStateful: Bool
    /// The value constraints of the registry schema, as the JSON text the core's
    /// `SchemaConstraints` decodes (see ``ConstraintBuilder``); `nil` when there is nothing to check.
    public var constraints: String? = nil

    /// The fully qualified name recorded in `tree.json`: `CDKS3.S3.CfnBucket`.
    public var fullyQualifiedName: String { "\(service.moduleName).\(service.namespace).\(className)" }

    /// Whether `property` is the one the tag manager renders.
    public func isTagProperty(_ property: PropertyModel) -> Bool {
        tagging?.propertyName == property.cloudFormationName
    }
}
