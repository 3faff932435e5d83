/// The Lambda runtime of a custom resource provider: a Node.js version, or the latest one Lambda
/// has in the stack's region, which the AWS CDK's own providers use.
public struct CustomResourceProviderRuntime: Sendable, Equatable {
    /// The runtime's name, or `nil` for the latest Node.js runtime of the region.
    private let fixedName: String?

    /// A runtime by its Lambda name (`nodejs20.x`).
    public init(name: String) { fixedName = name }

    private init(latest: Void) { fixedName = nil }

    /// Node.js 18.
    public static let nodejs18x = CustomResourceProviderRuntime(name: "nodejs18.x")
    /// Node.js 20.
    public static let nodejs20x = CustomResourceProviderRuntime(name: "nodejs20.x")
    /// Node.js 22.
    public static let nodejs22x = CustomResourceProviderRuntime(name: "nodejs22.x")
    /// The latest Node.js runtime of the stack's region, as the AWS CDK 2.275's region facts
    /// know it (its `determineLatestNodeRuntimeName`): `nodejs24.x` in every region it knows,
    /// and in a stack without a region; `nodejs18.x` in a region it does not know.
    public static let latestNodejs = CustomResourceProviderRuntime(latest: ())

    /// The runtime's name for a function in `stack`.
    public func name(in stack: Stack) -> String {
        if let fixedName { return fixedName }
        let region = stack.region
        if Token.isUnresolved(region) { return Self.latestNodeRuntime }
        return Self.regionsWithLatestNodeRuntime.contains(region) ? Self.latestNodeRuntime : Self.latestNodeRuntimeDefault
    }

    /// The region fact `LATEST_NODE_RUNTIME` of the AWS CDK 2.275: the same in every region it
    /// has, so a stack without a region gets it as a literal, not through a mapping.
    static let latestNodeRuntime = "nodejs24.x"
    /// What the AWS CDK uses in a region without the fact.
    static let latestNodeRuntimeDefault = "nodejs18.x"
    /// The regions that have the fact.
    static let regionsWithLatestNodeRuntime: Set<String> = [
        "af-south-1", "ap-east-1", "ap-east-2", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
        "ap-south-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4",
        "ap-southeast-5", "ap-southeast-6", "ap-southeast-7", "ca-central-1", "ca-west-1", "cn-north-1",
        "cn-northwest-1", "eu-central-1", "eu-central-2", "eu-isoe-west-1", "eu-north-1", "eu-south-1",
        "eu-south-2", "eu-west-1", "eu-west-2", "eu-west-3", "eusc-de-east-1", "il-central-1",
        "me-central-1", "me-south-1", "mx-central-1", "sa-east-1", "us-east-1", "us-east-2",
        "us-gov-east-1", "us-gov-west-1", "us-iso-east-1", "us-iso-west-1", "us-isob-east-1",
        "us-isob-west-1", "us-isof-east-1", "us-isof-south-1", "us-west-1", "us-west-2",
    ]
}
