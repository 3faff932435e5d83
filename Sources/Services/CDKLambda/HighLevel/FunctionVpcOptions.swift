import CDK
import CDKEC2

extension Lambda {
    /// Where a function's network interfaces go (the VPC members of the AWS CDK's
    /// `FunctionOptions`); read and written through ``FunctionOptions`` (`$0.vpc = vpc`).
    public struct FunctionVpcOptions {
        /// The VPC to run the function in; it then gets `AWSLambdaVPCAccessExecutionRole` and
        /// waits for the subnets' internet connection.
        ///
        /// Default: none (the function runs outside any VPC).
        public var vpc: (any EC2.VpcRef)?
        /// The subnets of the function's network interfaces.
        ///
        /// Default: the VPC's default selection (private subnets with egress first).
        public var vpcSubnets: EC2.SubnetSelection?
        /// The security groups of the function.
        ///
        /// Default: a new group (child `SecurityGroup`).
        public var securityGroups: [any EC2.SecurityGroupRef]?
        /// Whether the new security group allows all outbound traffic.
        ///
        /// Default: `true`.
        public var allowAllOutbound: Bool?
        /// Whether the function may be placed in public subnets (it cannot reach the internet there).
        ///
        /// Default: `false`.
        public var allowPublicSubnet = false
        /// Whether the new security group allows all outbound IPv6 traffic (not with `securityGroups`).
        ///
        /// Default: `false` (the group's default).
        public var allowAllIpv6Outbound: Bool?
        /// Whether the function may send IPv6 traffic through dual-stack subnets
        /// (`VpcConfig.Ipv6AllowedForDualStack`).
        ///
        /// Default: no `Ipv6AllowedForDualStack` property (`false`).
        public var ipv6AllowedForDualStack: Bool?

        /// Options with every member at its default.
        public init() {}
    }
}

extension Lambda.FunctionOptions {
    /// The VPC to run the function in. Default: none.
    public var vpc: (any EC2.VpcRef)? {
        get { vpcOptions.vpc }
        set { vpcOptions.vpc = newValue }
    }
    /// The subnets of the function's network interfaces. Default: the VPC's default selection.
    public var vpcSubnets: EC2.SubnetSelection? {
        get { vpcOptions.vpcSubnets }
        set { vpcOptions.vpcSubnets = newValue }
    }
    /// The function's security groups. Default: a new group.
    public var securityGroups: [any EC2.SecurityGroupRef]? {
        get { vpcOptions.securityGroups }
        set { vpcOptions.securityGroups = newValue }
    }
    /// Whether the new security group allows all outbound traffic. Default: `true`.
    public var allowAllOutbound: Bool? {
        get { vpcOptions.allowAllOutbound }
        set { vpcOptions.allowAllOutbound = newValue }
    }
    /// Whether public subnets are allowed. Default: `false`.
    public var allowPublicSubnet: Bool {
        get { vpcOptions.allowPublicSubnet }
        set { vpcOptions.allowPublicSubnet = newValue }
    }
    /// Whether the new security group allows all outbound IPv6 traffic. Default: `false`.
    public var allowAllIpv6Outbound: Bool? {
        get { vpcOptions.allowAllIpv6Outbound }
        set { vpcOptions.allowAllIpv6Outbound = newValue }
    }
    /// Whether the function may send IPv6 traffic through dual-stack subnets. Default: no property.
    public var ipv6AllowedForDualStack: Bool? {
        get { vpcOptions.ipv6AllowedForDualStack }
        set { vpcOptions.ipv6AllowedForDualStack = newValue }
    }
}
