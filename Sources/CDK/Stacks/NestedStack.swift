/// A stack deployed as a resource (`AWS::CloudFormation::Stack`) of its parent stack, to get
/// past the 500-resource limit or to group resources. Its template is uploaded as an asset of
/// the parent. References between the nested stack and its parents become stack parameters
/// and outputs automatically, as in the AWS CDK.
///
/// ```swift
/// let network = try NestedStack(stack, "Network")
/// _ = try CfnResource(network, "Vpc", type: "AWS::EC2::VPC", properties: ["CidrBlock": "10.0.0.0/16"])
/// ```
open class NestedStack: Stack {
    /// The stack this one is deployed in.
    public let parentStack: Stack
    /// The `AWS::CloudFormation::Stack` resource in the parent stack.
    public private(set) var nestedStackResource: CfnResource!
    var parameterValues: JSONObject
    var templateURL: String?

    /// A nested stack under `scope`, which must be inside a stack.
    ///
    /// - Parameters:
    ///   - scope: The construct to add it to, inside a stack.
    ///   - id: Its id in `scope`.
    ///   - description: The nested template's description.
    ///   - notificationArns: SNS topics that get the nested stack's events.
    ///   - parameters: Values for the nested template's parameters.
    ///   - timeout: How long CloudFormation waits for the nested stack.
    ///   - removalPolicy: What happens to the nested stack when removed (default: destroy).
    public init(
        _ scope: Construct, _ id: String,
        parameters: [String: String] = [:],
        timeout: Duration? = nil,
        notificationArns: [String]? = nil,
        description: String? = nil,
        removalPolicy: RemovalPolicy = .destroy
    ) throws {
        guard let parent = try? Stack.of(scope) else {
            throw CDKError(code: "NestedStackWithoutParent", message: "Nested stacks must be defined within scope of another non-nested stack. Create '\(id)' inside a Stack.", path: scope.node.path + "/" + id)
        }
        parentStack = parent
        parameterValues = JSONObject(parameters.keys.sorted().map { ($0, .string(parameters[$0]!)) })
        try super.init(scope, id, env: parent.environment, description: description,
                       synthesizer: NestedStackSynthesizer(parent: parent))
        let holder = try Construct(scope, id + ".NestedStack")
        let resource = try NestedStackResource(holder, id + ".NestedStackResource", stack: self)
        if let timeout { resource.timeoutInMinutes = try converting("timeout") { try timeout.toMinutes() } }
        resource.notificationArns = notificationArns
        resource.applyRemovalPolicy(removalPolicy)
        nestedStackResource = resource
    }

    /// Whether this stack is nested.
    public override var isNested: Bool { true }

    /// `<unique id>.nested.template.json`.
    public override var templateFile: String { ((try? Names.nodeUniqueId(self)) ?? node.id) + ".nested.template.json" }

    /// Sets the value of one of the nested template's parameters.
    public func setParameter(_ name: String, _ value: String) {
        parameterValues[name] = .string(value)
    }

    /// Registers the template as an asset of the parent and records its URL (once the
    /// template is final: after references are resolved).
    func prepareTemplateAsset() throws {
        guard templateURL == nil, let resource = nestedStackResource else { return }
        for (key, value) in tags.tagValues().sorted(by: { $0.key < $1.key }) { resource.tags?.setTag(key, value) }
        let template = try renderTemplate()
        let hash = SHA256.hex(JSONWriter.compact(.object(template)).utf8)
        let top = topLevelStack
        let relativePath = String(node.path.dropFirst(top.node.path.count + 1))
        let source = FileAssetSource(sourceHash: hash, path: templateFile, packaging: .file,
                                     displayName: relativePath + " Nested Stack Template", inAssembly: true)
        let location = try parentStack.synthesizer.addFileAsset(source, to: parentStack)
        templateURL = "https://s3.\(parentStack.region).\(parentStack.urlSuffix)/\(location.bucketName)/\(location.objectKey)"
    }

    /// The top-level (not nested) stack that contains this one.
    var topLevelStack: Stack {
        var stack: Stack = parentStack
        while let nested = stack as? NestedStack { stack = nested.parentStack }
        return stack
    }

    open override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDK.NestedStack") }
}

/// The `AWS::CloudFormation::Stack` resource of a nested stack.
final class NestedStackResource: CfnResource {
    private unowned let nested: NestedStack
    var timeoutInMinutes: Double?
    var notificationArns: [String]?

    init(_ scope: Construct, _ id: String, stack: NestedStack) throws {
        nested = stack
        try super.init(scope, id, type: "AWS::CloudFormation::Stack",
                       tags: TagManager(.standard, resourceType: "AWS::CloudFormation::Stack"))
    }

    override class var propertyOrder: [String]? {
        ["NotificationARNs", "Parameters", "Tags", "TemplateURL", "TimeoutInMinutes"]
    }

    override func renderProperties() throws -> JSONObject {
        var properties = JSONObject()
        if let notificationArns { properties["NotificationARNs"] = notificationArns.jsonValue }
        if !nested.parameterValues.isEmpty { properties["Parameters"] = .object(nested.parameterValues) }
        properties["TemplateURL"] = .string(nested.templateURL ?? "<unknown>")
        if let timeoutInMinutes { properties["TimeoutInMinutes"] = .number(timeoutInMinutes) }
        return properties
    }
}

/// Writes a nested stack's template; its assets go to the parent's synthesizer.
final class NestedStackSynthesizer: StackSynthesizer {
    private unowned let parent: Stack

    init(parent: Stack) { self.parent = parent }

    func bind(_ stack: Stack) {}

    func addFileAsset(_ asset: FileAssetSource, to stack: Stack) throws -> FileAssetLocation {
        try parent.synthesizer.addFileAsset(asset, to: parent)
    }

    func synthesize(_ stack: Stack, into session: SynthesisSession) throws {
        _ = try session.writeTemplate(of: stack)
        stack.node.addMetadata("aws:cdk:templateFile", .string(stack.templateFile))
    }
}
