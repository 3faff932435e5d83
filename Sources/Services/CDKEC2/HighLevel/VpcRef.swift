import CDK

extension EC2 {
    /// A VPC, defined in the app or imported (the AWS CDK's `IVpc`).
    public protocol VpcRef: Construct {
        /// The VPC's id.
        var vpcId: String { get }
        /// The VPC's ARN.
        var vpcArn: String { get }
        /// The VPC's IPv4 block; throws for an import that was not told it.
        var vpcCidrBlock: String { get throws }
        /// The public subnets, zone by zone and group by group.
        var publicSubnets: [any SubnetRef] { get }
        /// The private subnets with egress.
        var privateSubnets: [any SubnetRef] { get }
        /// The isolated subnets.
        var isolatedSubnets: [any SubnetRef] { get }
        /// The availability zones the VPC spans.
        var availabilityZones: [String] { get }
        /// What depends on the VPC's internet connection depends on.
        var internetConnectivityEstablished: any Dependable { get }
        /// Whether this is a placeholder of a lookup that has not run yet (selections then never fail).
        var isPendingLookup: Bool { get }
    }
}

extension EC2.VpcRef {
    /// A gateway endpoint `id` under the VPC (S3 or DynamoDB).
    @discardableResult
    public func addGatewayEndpoint(_ id: String, _ options: EC2.GatewayVpcEndpointOptions) throws -> EC2.GatewayVpcEndpoint {
        try EC2.GatewayVpcEndpoint(self, id, .init(vpc: self, options: options))
    }

    /// An interface endpoint `id` under the VPC.
    @discardableResult
    public func addInterfaceEndpoint(_ id: String, _ options: EC2.InterfaceVpcEndpointOptions) throws -> EC2.InterfaceVpcEndpoint {
        try EC2.InterfaceVpcEndpoint(self, id, .init(vpc: self, options: options))
    }

    /// A flow log `id` of the whole VPC.
    @discardableResult
    public func addFlowLog(_ id: String, _ options: EC2.FlowLogOptions = EC2.FlowLogOptions(),
                           configure: (inout EC2.FlowLogOptions) throws -> Void = { _ in }) throws -> EC2.FlowLog {
        var options = options
        try configure(&options)
        return try EC2.FlowLog(self, id, .init(resourceType: .fromVpc(self), options: options))
    }
}
