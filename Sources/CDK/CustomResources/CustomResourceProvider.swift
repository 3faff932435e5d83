/// What a custom resource provider is made of; applied when the stack's provider is created.
public struct CustomResourceProviderProps: Sendable {
    /// The handler's files (an `index.js` exporting `handler`).
    public var code: CustomResourceProviderCode
    /// The Node.js runtime.
    public var runtime: CustomResourceProviderRuntime
    /// The function's description. Default: none.
    public var description: String?
    /// The function's timeout. Default: 15 minutes.
    public var timeout: Duration?
    /// The function's memory. Default: 128 MiB.
    public var memorySize: Size?
    /// Environment variables of the function (`AWS_STS_REGIONAL_ENDPOINTS=regional` is added when
    /// there are any). Default: none.
    public var environment: [String: String]
    /// Statements of the role's inline policy (IAM JSON, as `addToRolePolicy` takes them).
    public var policyStatements: [JSONValue]
    /// Whether swift-cdk's `__entrypoint__.js` runs the handler and reports to CloudFormation
    /// (the handler then returns its result). When `false`, `index.handler` is the function's
    /// handler and reports itself, with `cloudformation-response.js` beside it. Default: `true`.
    public var useCfnResponseWrapper: Bool
    /// Marks the provider in the stack's metadata as a handler of the library's own constructs
    /// (`aws:cdk:is-custom-resource-handler-customResourceProvider`), as the AWS CDK does for
    /// the providers of its constructs. Default: `false`.
    public var marksLibraryHandler: Bool

    /// Props of a provider.
    public init(
        code: CustomResourceProviderCode,
        runtime: CustomResourceProviderRuntime,
        description: String? = nil,
        timeout: Duration? = nil,
        memorySize: Size? = nil,
        environment: [String: String] = [:],
        policyStatements: [JSONValue] = [],
        useCfnResponseWrapper: Bool = true,
        marksLibraryHandler: Bool = false
    ) {
        self.code = code
        self.runtime = runtime
        self.description = description
        self.timeout = timeout
        self.memorySize = memorySize
        self.environment = environment
        self.policyStatements = policyStatements
        self.useCfnResponseWrapper = useCfnResponseWrapper
        self.marksLibraryHandler = marksLibraryHandler
    }
}

/// A Lambda function and its role that serve the custom resources of one kind, one per stack
/// (the AWS CDK's core `CustomResourceProvider`): built from raw resources, so that any module,
/// the core included, can use it without depending on the Lambda and IAM constructs.
///
/// ```swift
/// let provider = try CustomResourceProvider.getOrCreate(bucket, uniqueId: "Custom::S3AutoDeleteObjects", props: .init(
///     code: .files(["index.js": source]), runtime: .latestNodejs, useCfnResponseWrapper: false))
/// _ = try CustomResource(bucket, "AutoDeleteObjectsCustomResource", serviceToken: provider.serviceToken,
///                        resourceType: "Custom::S3AutoDeleteObjects", properties: ["BucketName": .string(name)])
/// ```
///
/// The provider is the stack's child `<uniqueId>CustomResourceProvider`, with the children `Role`
/// (`AWS::IAM::Role`) and `Handler` (`AWS::Lambda::Function`), so its logical ids are the AWS
/// CDK's (`CustomS3AutoDeleteObjectsCustomResourceProviderRole3B1BD092`, `...Handler9D90184F`).
/// Its code is uploaded as a file asset, displayed as `<provider path> Code`.
public final class CustomResourceProvider: Construct {
    /// The ARN of the function: the service token of the custom resources it serves.
    public private(set) var serviceToken = ""
    /// The ARN of the function's role.
    public private(set) var roleArn = ""
    /// The hash of the uploaded code (its asset hash).
    public let codeHash: String
    /// The role (`Role`).
    public var roleResource: CfnResource { role }
    /// The function (`Handler`).
    public var handlerResource: CfnResource { handler }

    private var role: CfnResource!
    private var handler: CfnResource!
    private var policyStatements: [JSONValue]

    /// The provider of `scope`'s stack for `uniqueId`, created with `props` the first time (props
    /// given later are ignored, as in the AWS CDK).
    public static func getOrCreate(_ scope: Construct, uniqueId: String, props: CustomResourceProviderProps) throws -> CustomResourceProvider {
        let id = "\(uniqueId)CustomResourceProvider"
        let stack = try Stack.of(scope)
        if let existing = stack.node.tryFindChild(id) {
            guard let provider = existing as? CustomResourceProvider else {
                throw CDKError(code: "CustomResourceProviderIdTaken",
                               message: "The stack already has a child '\(id)' that is not a custom resource provider. Give the provider another unique id.",
                               path: stack.node.path)
            }
            return provider
        }
        return try CustomResourceProvider(stack, id, props: props)
    }

    private init(_ stack: Stack, _ id: String, props: CustomResourceProviderProps) throws {
        let path = stack.node.path.isEmpty ? id : stack.node.path + "/" + id
        let files = props.code.bundle(withEntrypoint: props.useCfnResponseWrapper)
        guard files["index.js"] != nil else {
            throw CDKError(code: "CustomResourceCodeWithoutIndex",
                           message: "The code of the custom resource provider has no index.js. Give it an index.js that exports `handler`.",
                           path: path)
        }
        let timeout: Double, memory: Double
        do {
            timeout = try (props.timeout ?? .minutes(15)).toSeconds()
            memory = try (props.memorySize ?? .mebibytes(128)).toMebibytes()
        } catch let error as CDKError {
            throw CDKError(code: error.code, message: "custom resource provider props: " + error.message, path: path)
        }
        let folder = try CustomResourceCodeStaging.shared.folder(for: files)
        codeHash = try Fingerprint.of(path: folder)
        policyStatements = props.policyStatements
        try super.init(stack, id)

        let location = try stack.synthesizer.addFileAsset(
            FileAssetSource(sourceHash: codeHash, path: folder, packaging: .zipDirectory, displayName: "\(node.path) Code"), to: stack)
        role = try CfnResource(self, "Role", type: "AWS::IAM::Role", properties: [
            "AssumeRolePolicyDocument": [
                "Version": "2012-10-17",
                "Statement": [["Action": "sts:AssumeRole", "Effect": "Allow", "Principal": ["Service": "lambda.amazonaws.com"]]],
            ],
            "ManagedPolicyArns": [["Fn::Sub": "arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"]],
            "Policies": .string(Token.asString(Lazy.uncachedAny { [unowned self] in self.renderPolicies() })),
        ])
        roleArn = role.getAtt("Arn").toString()

        var properties: JSONObject = [
            "Code": ["S3Bucket": .string(location.bucketName), "S3Key": .string(location.objectKey)],
            "Timeout": .number(timeout),
            "MemorySize": .number(memory),
            "Handler": .string(props.useCfnResponseWrapper ? "__entrypoint__.handler" : "index.handler"),
            "Role": .string(roleArn),
            "Runtime": .string(props.runtime.name(in: stack)),
        ]
        if let environment = Self.renderEnvironment(props.environment) { properties["Environment"] = environment }
        if let description = props.description { properties["Description"] = .string(description) }
        handler = try CfnResource(self, "Handler", type: "AWS::Lambda::Function", properties: properties)
        try handler.addDependency(role)
        serviceToken = handler.getAtt("Arn").toString()
        if props.marksLibraryHandler {
            node.addMetadata("aws:cdk:is-custom-resource-handler-customResourceProvider", true)
        }
    }

    /// Adds a statement (IAM JSON, such as `["Effect": "Allow", "Action": "s3:GetObject",
    /// "Resource": "*"]`) to the role's inline policy `Inline`.
    public func addToRolePolicy(_ statement: JSONValue) {
        policyStatements.append(statement)
    }

    public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDK.CustomResourceProvider") }

    private func renderPolicies() -> JSONValue? {
        if policyStatements.isEmpty { return nil }
        return [["PolicyName": "Inline", "PolicyDocument": ["Version": "2012-10-17", "Statement": .array(policyStatements)]]]
    }

    /// The variables sorted by name, with regional STS endpoints, as the AWS CDK renders them.
    private static func renderEnvironment(_ environment: [String: String]) -> JSONValue? {
        if environment.isEmpty { return nil }
        var variables = environment
        variables["AWS_STS_REGIONAL_ENDPOINTS"] = "regional"
        var rendered = JSONObject()
        for key in variables.keys.sorted() { rendered[key] = .string(variables[key] ?? "") }
        return ["Variables": .object(rendered)]
    }
}
