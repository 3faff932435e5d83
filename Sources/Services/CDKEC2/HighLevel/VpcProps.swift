import CDK

extension EC2 {
    /// The props of a ``Vpc``.
    public struct VpcProps: ConstructProps {
        /// Where the VPC's addresses come from.
        ///
        /// Default: `IpAddresses.cidr("10.0.0.0/16")`.
        public var ipAddresses: IpAddresses?
        /// How many availability zones to use, taken from the start of the stack's list
        /// (an environment-agnostic stack has 2). Give this or `availabilityZones`.
        ///
        /// Default: 3.
        public var maxAzs: Int?
        /// How many more zones to set address space aside for, without creating subnets.
        ///
        /// Default: 0.
        public var reservedAzs = 0
        /// The availability zones to use, a subset of the stack's. Give this or `maxAzs`.
        ///
        /// Default: the first `maxAzs` of the stack's zones.
        public var availabilityZones: [String]?
        /// How many NAT gateways to create (at most one per zone); private subnets of zones
        /// without one use another zone's.
        ///
        /// Default: one per availability zone when there are private subnets with egress, else none.
        public var natGateways: Int?
        /// The public subnets that get the NAT gateways.
        ///
        /// Default: all public subnets.
        public var natGatewaySubnets: SubnetSelection?
        /// What provides the NAT.
        ///
        /// Default: `NatProvider.gateway()` (managed NAT gateways with new Elastic IPs).
        public var natGatewayProvider: NatProvider?
        /// The subnet groups: one subnet of each in every availability zone.
        ///
        /// Default: a `Public` and a `Private` (with egress) group dividing the block evenly; with
        /// `natGateways: 0`, `Public` and `Isolated`.
        public var subnetConfiguration: [SubnetConfiguration]?
        /// Whether instances get public DNS host names (needs DNS support).
        ///
        /// Default: `true`.
        public var enableDnsHostnames: Bool?
        /// Whether the Amazon DNS server of the VPC resolves names.
        ///
        /// Default: `true`.
        public var enableDnsSupport: Bool?
        /// The tenancy of instances launched into the VPC.
        ///
        /// Default: `.default` (shared).
        public var defaultInstanceTenancy: DefaultInstanceTenancy?
        /// The VPC's `Name` tag.
        ///
        /// Default: the construct's path.
        public var vpcName: String?
        /// Whether the rules of the VPC's default security group are removed (custom resource
        /// `Custom::VpcRestrictDefaultSG`).
        ///
        /// Default: `true` when the feature flag `@aws-cdk/aws-ec2:restrictDefaultSecurityGroup`
        /// is set (new projects set it), otherwise `false`.
        public var restrictDefaultSecurityGroup: Bool?
        /// Whether an internet gateway is created when there are public or private-with-egress subnets.
        ///
        /// Default: `true`.
        public var createInternetGateway = true
        /// Gateway endpoints to add right away, by construct id.
        ///
        /// Default: none.
        public var gatewayEndpoints: KeyValuePairs<String, GatewayVpcEndpointOptions> = [:]
        /// Flow logs to add right away, by construct id.
        ///
        /// Default: none.
        public var flowLogs: KeyValuePairs<String, FlowLogOptions> = [:]

        /// Props with every member at its default.
        public init() {}
    }
}
