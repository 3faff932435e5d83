/// A CloudFormation custom resource (the AWS CDK's `CustomResource`): a resource of type
/// `Custom::<Name>` whose create, update and delete requests go to a provider, named by its
/// service token (a Lambda function's or an SNS topic's ARN).
///
/// ```swift
/// let provider = try CustomResourceProvider.getOrCreate(stack, uniqueId: "Custom::Greeting", props: ...)
/// let greeting = try CustomResource(stack, "Greeting", serviceToken: provider.serviceToken,
///                                   resourceType: "Custom::Greeting", properties: ["Name": "World"])
/// _ = try CfnOutput(stack, "Message", value: greeting.getAttString("Message"))
/// ```
///
/// The resource is the construct's `Default` child, so its logical id is the construct's own.
/// It is deleted with the stack unless another removal policy is given.
public final class CustomResource: Construct {
    /// The CloudFormation resource.
    public var cfnResource: CfnResource { resource }
    private var resource: CfnResource!

    /// A custom resource.
    ///
    /// - Parameters:
    ///   - scope: The construct to add it to.
    ///   - id: Its id in `scope`.
    ///   - serviceToken: The ARN of the provider (its Lambda function or SNS topic).
    ///   - resourceType: `Custom::` and a name of letters, digits and `_@-`, at most 60 characters
    ///     in all; `AWS::CloudFormation::CustomResource` when `nil`.
    ///   - properties: What the provider gets as `ResourceProperties`.
    ///   - removalPolicy: What happens when it leaves the stack (default: destroy).
    ///   - pascalCaseProperties: Capitalizes the first letter of every property name.
    ///   - serviceTimeout: How long CloudFormation waits for the provider (1 s to 1 hour;
    ///     CloudFormation's default, 1 hour, when `nil`).
    public init(
        _ scope: Construct, _ id: String,
        serviceToken: String,
        resourceType: String? = nil,
        properties: JSONObject = [:],
        removalPolicy: RemovalPolicy? = nil,
        pascalCaseProperties: Bool = false,
        serviceTimeout: Duration? = nil
    ) throws {
        let path = scope.node.path.isEmpty ? id : scope.node.path + "/" + id
        let type = try Self.validatedType(resourceType, path: path)
        var definition: JSONObject = ["ServiceToken": .string(serviceToken)]
        if let serviceTimeout {
            let seconds: Double
            do { seconds = try serviceTimeout.toSeconds() } catch let error as CDKError {
                throw CDKError(code: error.code, message: "serviceTimeout: " + error.message, path: path)
            }
            if !Token.isUnresolved(seconds), seconds < 1 || seconds > 3600 {
                throw CDKError(code: "ServiceTimeoutSeconds",
                               message: "serviceTimeout must either be between 1 and 3600 seconds, got \(NumberText.display(seconds))",
                               path: path)
            }
            definition["ServiceTimeout"] = .string(JSONWriter.formatNumber(seconds))
        }
        let conflicting = properties.members.map(\.key).filter { key in
            let name = pascalCaseProperties ? Self.capitalized(key) : key
            return definition[name] != nil
        }
        for (key, value) in properties.members {
            definition[pascalCaseProperties ? Self.capitalized(key) : key] = value
        }
        try super.init(scope, id)
        if !conflicting.isEmpty {
            Annotations.of(self).addWarningV2(
                "@aws-cdk/core:customResourcePropConflict",
                "The following keys will be overwritten as they exist in the 'properties' prop. Keys found: \(conflicting.joined(separator: ","))")
        }
        resource = try CfnResource(self, "Default", type: type, properties: definition)
        resource.applyRemovalPolicy(removalPolicy, default: .destroy)
    }

    /// `{"Ref": ...}` of the resource: the physical id the provider returned.
    public var ref: String { cfnResource.ref }

    /// An attribute the provider returned in `Data`.
    public func getAtt(_ attributeName: String) -> CfnReference { cfnResource.getAtt(attributeName) }

    /// An attribute the provider returned in `Data`, as a string.
    public func getAttString(_ attributeName: String) -> String { cfnResource.getAtt(attributeName).toString() }

    public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDK.CustomResource") }

    private static func validatedType(_ resourceType: String?, path: String) throws -> String {
        guard let resourceType else { return "AWS::CloudFormation::CustomResource" }
        guard resourceType.hasPrefix("Custom::") else {
            throw CDKError(code: "MustBeCustomResourceType",
                           message: "Custom resource type must begin with \"Custom::\" (\(resourceType))", path: path)
        }
        if resourceType.count > 60 {
            throw CDKError(code: "CustomResourceTypeLength",
                           message: "Custom resource type length > 60 (\(resourceType))", path: path)
        }
        let name = resourceType.dropFirst("Custom::".count)
        let allowed = name.unicodeScalars.allSatisfy { scalar in
            (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))) || "_@-".unicodeScalars.contains(scalar)
        }
        if name.isEmpty || !allowed {
            throw CDKError(code: "CustomResourceTypeNameInclude",
                           message: "Custom resource type name can only include alphanumeric characters and _@- (\(name))", path: path)
        }
        return resourceType
    }

    private static func capitalized(_ key: String) -> String {
        key.prefix(1).uppercased() + key.dropFirst()
    }
}
