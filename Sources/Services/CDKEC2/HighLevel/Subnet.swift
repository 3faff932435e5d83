import CDK

extension EC2 {
    /// A subnet, of a VPC of the app or imported (the AWS CDK's `ISubnet`).
    public protocol SubnetRef: Construct {
        /// The subnet's id.
        var subnetId: String { get }
        /// The subnet's availability zone; throws for an import that was not told it.
        var availabilityZone: String { get throws }
        /// The subnet's IPv4 block; throws for an import that was not told it.
        var ipv4CidrBlock: String { get throws }
        /// The subnet's route table (its id is `nil` for an import that was not told it).
        var routeTable: RouteTable { get }
        /// What resources that need the subnet's internet connection depend on: its route
        /// table association and default routes.
        var internetConnectivityEstablished: any Dependable { get }
    }

    /// A route table, by id.
    public struct RouteTable: Sendable, Equatable {
        /// The route table's id, if known.
        public let routeTableId: String?
    }

    /// Where a route sends its traffic (the AWS CDK's `RouterType`).
    public enum RouterType: String, Sendable {
        /// A carrier gateway.
        case carrierGateway = "CarrierGatewayId"
        /// An egress-only internet gateway.
        case egressOnlyInternetGateway = "EgressOnlyInternetGatewayId"
        /// An internet gateway.
        case gateway = "GatewayId"
        /// An instance (a NAT instance, for example).
        case instance = "InstanceId"
        /// A local gateway.
        case localGateway = "LocalGatewayId"
        /// A NAT gateway.
        case natGateway = "NatGatewayId"
        /// A network interface.
        case networkInterface = "NetworkInterfaceId"
        /// A transit gateway.
        case transitGateway = "TransitGatewayId"
        /// A VPC peering connection.
        case vpcPeeringConnection = "VpcPeeringConnectionId"
        /// A gateway load balancer endpoint.
        case vpcEndpoint = "VpcEndpointId"
    }

    /// A route to add to a subnet's route table.
    public struct AddRouteOptions: Sendable {
        /// Where the traffic goes.
        public var routerType: RouterType
        /// The id of the router (gateway, instance, ...).
        public var routerId: String
        /// The IPv4 range the route applies to.
        ///
        /// Default: `0.0.0.0/0` (unless `destinationIpv6CidrBlock` is given).
        public var destinationCidrBlock: String?
        /// The IPv6 range the route applies to.
        ///
        /// Default: none.
        public var destinationIpv6CidrBlock: String?
        /// Whether resources that need the internet wait for this route.
        ///
        /// Default: `false`.
        public var enablesInternetConnectivity = false

        /// A route to `routerId` of `routerType`.
        public init(routerType: RouterType, routerId: String, destinationCidrBlock: String? = nil,
                    destinationIpv6CidrBlock: String? = nil, enablesInternetConnectivity: Bool = false) {
            self.routerType = routerType
            self.routerId = routerId
            self.destinationCidrBlock = destinationCidrBlock
            self.destinationIpv6CidrBlock = destinationIpv6CidrBlock
            self.enablesInternetConnectivity = enablesInternetConnectivity
        }
    }

    /// The props of a ``Subnet``.
    public struct SubnetProps: ConstructProps {
        /// The availability zone.
        public var availabilityZone: String
        /// The VPC's id.
        public var vpcId: String
        /// The subnet's IPv4 block.
        public var cidrBlock: String
        /// Whether instances get a public IPv4 address at launch.
        ///
        /// Default: no `MapPublicIpOnLaunch` property (`false`).
        public var mapPublicIpOnLaunch: Bool?

        /// Props of a subnet of `vpcId` with `cidrBlock` in `availabilityZone`.
        public init(availabilityZone: String, vpcId: String, cidrBlock: String, mapPublicIpOnLaunch: Bool? = nil) {
            self.availabilityZone = availabilityZone
            self.vpcId = vpcId
            self.cidrBlock = cidrBlock
            self.mapPublicIpOnLaunch = mapPublicIpOnLaunch
        }
    }

    /// A subnet (`AWS::EC2::Subnet`, child `Subnet`) with its own route table (`RouteTable`) and
    /// the association between them (`RouteTableAssociation`), tagged `Name` with its path.
    public final class Subnet: Resource, SubnetRef {
        /// The subnet's availability zone.
        public let availabilityZone: String
        /// The subnet's IPv4 block.
        public let ipv4CidrBlock: String
        /// The subnet's CloudFormation resource.
        public let cfnSubnet: CfnSubnet
        /// The subnet's route table.
        public let cfnRouteTable: CfnRouteTable
        /// The association of the route table with the subnet.
        public let routeTableAssociation: CfnSubnetRouteTableAssociation
        private let connectivity: DependencyGroup

        /// A subnet.
        public init(_ scope: Construct, _ id: String, _ props: SubnetProps,
                    configure: (inout SubnetProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            availabilityZone = props.availabilityZone
            ipv4CidrBlock = props.cidrBlock
            cfnSubnet = try CfnSubnet(this, "Subnet", availabilityZone: props.availabilityZone, cidrBlock: props.cidrBlock,
                                      mapPublicIpOnLaunch: props.mapPublicIpOnLaunch, vpcId: props.vpcId)
            cfnRouteTable = try CfnRouteTable(this, "RouteTable", vpcId: props.vpcId)
            routeTableAssociation = try CfnSubnetRouteTableAssociation(this, "RouteTableAssociation",
                                                                       routeTableId: cfnRouteTable.ref, subnetId: cfnSubnet.ref)
            connectivity = DependencyGroup(routeTableAssociation)
            try super.init(this)
            node.defaultChild = cfnSubnet
            try Tags.of(self).add("Name", node.path)
        }

        /// The subnet's id.
        public var subnetId: String { cfnSubnet.ref }
        /// The subnet's route table.
        public var routeTable: RouteTable { RouteTable(routeTableId: cfnRouteTable.ref) }
        /// The subnet's route table association and default routes.
        public var internetConnectivityEstablished: any Dependable { connectivity }

        /// A route `DefaultRoute` of all IPv4 traffic to the internet gateway `gatewayId`, after
        /// `gatewayAttachment`.
        public func addDefaultInternetRoute(gatewayId: String, gatewayAttachment: any Dependable) throws {
            let route = try CfnRoute(self, "DefaultRoute", destinationCidrBlock: "0.0.0.0/0", gatewayId: gatewayId,
                                     routeTableId: cfnRouteTable.ref)
            route.node.addDependency(gatewayAttachment)
            connectivity.add(route)
        }

        /// A NAT gateway (`NATGateway`) in this subnet with a new Elastic IP (`EIP`) unless
        /// `eipAllocationId` is given; it waits for the subnet's internet connection.
        @discardableResult
        public func addNatGateway(eipAllocationId: String? = nil) throws -> CfnNatGateway {
            let allocationId = try eipAllocationId ?? CfnEIP(self, "EIP", domain: "vpc").attrAllocationId
            let gateway = try CfnNatGateway(self, "NATGateway", allocationId: allocationId, subnetId: subnetId)
            gateway.node.addDependency(connectivity)
            return gateway
        }

        /// A route `id` in the subnet's route table.
        public func addRoute(_ id: String, _ options: AddRouteOptions) throws {
            if options.destinationCidrBlock != nil && options.destinationIpv6CidrBlock != nil {
                throw CDKError("RouteWithTwoDestinations", "Cannot specify both 'destinationCidrBlock' and 'destinationIpv6CidrBlock' in route '\(id)'. Give one of them.", at: self)
            }
            let route = try CfnRoute(self, id, destinationCidrBlock: options.destinationCidrBlock ?? (options.destinationIpv6CidrBlock == nil ? "0.0.0.0/0" : nil),
                                     destinationIpv6CidrBlock: options.destinationIpv6CidrBlock, routeTableId: cfnRouteTable.ref)
            switch options.routerType {
            case .carrierGateway: route.carrierGatewayId = options.routerId
            case .egressOnlyInternetGateway: route.egressOnlyInternetGatewayId = options.routerId
            case .gateway: route.gatewayId = options.routerId
            case .instance: route.instanceId = options.routerId
            case .localGateway: route.localGatewayId = options.routerId
            case .natGateway: route.natGatewayId = options.routerId
            case .networkInterface: route.networkInterfaceId = options.routerId
            case .transitGateway: route.transitGatewayId = options.routerId
            case .vpcPeeringConnection: route.vpcPeeringConnectionId = options.routerId
            case .vpcEndpoint: route.vpcEndpointId = options.routerId
            }
            if options.enablesInternetConnectivity { connectivity.add(route) }
        }

        /// A subnet defined outside the app, by id.
        public static func fromSubnetId(_ scope: Construct, _ id: String, _ subnetId: String) throws -> any SubnetRef {
            try fromSubnetAttributes(scope, id, SubnetAttributes(subnetId: subnetId))
        }

        /// A subnet defined outside the app, by its attributes.
        public static func fromSubnetAttributes(_ scope: Construct, _ id: String, _ attributes: SubnetAttributes) throws -> any SubnetRef {
            try ImportedSubnet(scope, id, attributes)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKEC2.EC2.Subnet") }
    }

    /// What is known of a subnet defined outside the app.
    public struct SubnetAttributes: Sendable {
        /// The subnet's id.
        public var subnetId: String
        /// The availability zone.
        ///
        /// Default: unknown (selections by zone fail).
        public var availabilityZone: String?
        /// The IPv4 block.
        ///
        /// Default: unknown.
        public var ipv4CidrBlock: String?
        /// The route table's id.
        ///
        /// Default: unknown (gateway endpoints cannot use the subnet).
        public var routeTableId: String?

        /// Attributes of the subnet `subnetId`.
        public init(subnetId: String, availabilityZone: String? = nil, ipv4CidrBlock: String? = nil, routeTableId: String? = nil) {
            self.subnetId = subnetId
            self.availabilityZone = availabilityZone
            self.ipv4CidrBlock = ipv4CidrBlock
            self.routeTableId = routeTableId
        }
    }

    /// A subnet defined outside the app.
    final class ImportedSubnet: Resource, SubnetRef {
        let attributes: SubnetAttributes
        let internetConnectivityEstablished: any Dependable = DependencyGroup()

        init(_ scope: Construct, _ id: String, _ attributes: SubnetAttributes) throws {
            self.attributes = attributes
            try super.init(scope, id)
            if attributes.routeTableId == nil {
                let ref = Token.isUnresolved(attributes.subnetId) ? "at '\(scope.node.path)/\(id)'" : "'\(attributes.subnetId)'"
                Annotations.of(self).addWarningV2("@aws-cdk/aws-ec2:noSubnetRouteTableId", "No routeTableId was provided to the subnet \(ref). Attempting to read its .routeTable.routeTableId will return null/undefined. (More info: https://github.com/aws/aws-cdk/pull/3171)")
            }
        }

        var subnetId: String { attributes.subnetId }
        var routeTable: RouteTable { RouteTable(routeTableId: attributes.routeTableId) }

        var availabilityZone: String {
            get throws {
                guard let zone = attributes.availabilityZone else {
                    throw CDKError("SubnetAvailabilityZoneUnknown", "You cannot reference a Subnet's availability zone if it was not supplied. Add the availabilityZone when importing using Subnet.fromSubnetAttributes()", at: self)
                }
                return zone
            }
        }

        var ipv4CidrBlock: String {
            get throws {
                guard let block = attributes.ipv4CidrBlock else {
                    throw CDKError("SubnetCidrUnknown", "You cannot reference an imported Subnet's IPv4 CIDR if it was not supplied. Add the ipv4CidrBlock when importing using Subnet.fromSubnetAttributes()", at: self)
                }
                return block
            }
        }
    }

    /// The subnet group of a subnet: its construct id without the `Subnet<n>` suffix.
    static func subnetGroupName(of subnet: any SubnetRef) -> String {
        var id = Substring(subnet.node.id)
        while let last = id.last, last.isASCIIDigit { id = id.dropLast() }
        if id.count < subnet.node.id.count, id.hasSuffix("Subnet") { id = id.dropLast("Subnet".count) } else { return subnet.node.id }
        return String(id)
    }
}
