/// The base of high-level constructs that stand for one AWS resource (`S3.Bucket`,
/// `Lambda.Function`): they know their stack, their environment and their physical name, and
/// pass removal policies to the CloudFormation resource they wrap (their `Resource` child).
open class Resource: Construct {
    /// The stack the resource belongs to.
    public let stack: Stack
    /// The account and region the resource lives in (the stack's, unless imported from elsewhere).
    public let environment: ResourceEnvironment
    /// How the physical name is known: given, generated when used from another
    /// environment, or only at deployment.
    let physicalNameMode: PhysicalNameMode
    /// The name generated for use from another environment, once it was.
    var generatedPhysicalName: String?

    /// The token of the generated name: it resolves to nothing until the name is generated.
    private lazy var generatedNameToken = Lazy.uncachedString { [unowned self] in self.generatedPhysicalName }

    /// The physical name: the one given by the user, a token of the generated one (for
    /// ``PhysicalName/generateIfNeeded``), or `nil` when CloudFormation names the resource.
    public var physicalName: String? {
        switch physicalNameMode {
        case .given(let name): name
        case .generated: generatedNameToken
        case .deployTime(let name): name
        }
    }

    /// A resource under `scope`, optionally with an explicit physical name and (for imported
    /// resources) another account or region.
    public init(_ scope: Construct, _ id: String, physicalName: String? = nil, account: String? = nil, region: String? = nil) throws {
        stack = try Stack.of(scope, placing: id)
        environment = ResourceEnvironment(account: account ?? stack.account, region: region ?? stack.region)
        physicalNameMode = PhysicalNameMode(physicalName)
        try super.init(scope, id)
    }

    /// A resource that takes the place `reserved` holds in the tree (see ``ConstructScope``),
    /// optionally with an explicit physical name and (for imported resources) another account
    /// or region.
    public init(_ reserved: ConstructScope, physicalName: String? = nil, account: String? = nil, region: String? = nil) throws {
        stack = try Stack.of(reserved)
        environment = ResourceEnvironment(account: account ?? stack.account, region: region ?? stack.region)
        physicalNameMode = PhysicalNameMode(physicalName)
        try super.init(reserved)
    }

    /// The CloudFormation resource this construct wraps (its `Resource` or `Default` child).
    public var defaultResource: CfnResource? { node.defaultChild as? CfnResource }

    /// Sets what happens to the resource when it is removed from the stack or replaced.
    /// Throws when the construct wraps no CloudFormation resource.
    open func applyRemovalPolicy(_ policy: RemovalPolicy) throws {
        guard let resource = defaultResource else {
            throw CDKError("NoDefaultChild", "Cannot apply RemovalPolicy: no child or not a CfnResource. Apply the removal policy on the CfnResource directly.", at: self)
        }
        resource.applyRemovalPolicy(policy)
    }
}

/// How a resource's physical name is known (the AWS CDK's physical name modes).
enum PhysicalNameMode {
    /// A literal name: usable from other environments as it is.
    case given(String)
    /// ``PhysicalName/generateIfNeeded``: generated when used from another environment.
    case generated
    /// No name, or a token: known only once deployed, so not usable from other environments.
    case deployTime(String?)

    init(_ name: String?) {
        if PhysicalName.isGenerateIfNeeded(name) {
            self = .generated
        } else if let name, !Token.isUnresolved(name) {
            self = .given(name)
        } else {
            self = .deployTime(name)
        }
    }
}

/// The account and region of a resource.
public struct ResourceEnvironment: Sendable, Equatable {
    /// The account id (a token for environment-agnostic stacks).
    public let account: String
    /// The region (a token for environment-agnostic stacks).
    public let region: String

    /// An environment of `account` and `region`.
    public init(account: String, region: String) {
        self.account = account
        self.region = region
    }
}
