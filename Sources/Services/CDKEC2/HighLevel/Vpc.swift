import CDK

extension EC2 {
    /// A VPC (`AWS::EC2::VPC`) with the AWS CDK's layout: for every subnet group a subnet per
    /// availability zone (`<Group>Subnet<n>`, each with its route table), an internet gateway
    /// (`IGW`, attached by `VPCGW`) with a default route from the public subnets, and NAT
    /// gateways in the public subnets for the private ones; logical ids as in the AWS CDK.
    ///
    /// ```swift
    /// let vpc = try EC2.Vpc(stack, "Vpc") {
    ///     $0.maxAzs = 2
    ///     $0.natGateways = 1
    /// }
    /// try vpc.addGatewayEndpoint("S3", .init(service: .s3))
    /// ```
    public final class Vpc: Resource, VpcRef {
        /// The VPC's CloudFormation resource.
        public let cfnVpc: CfnVPC
        /// The availability zones the VPC spans (reserved zones included, as `fake-az`).
        public let availabilityZones: [String]
        /// The public subnets.
        public let publicSubnets: [any SubnetRef]
        /// The private subnets with egress.
        public let privateSubnets: [any SubnetRef]
        /// The isolated subnets.
        public let isolatedSubnets: [any SubnetRef]
        /// Whether instances get public DNS host names.
        public let dnsHostnamesEnabled: Bool
        /// Whether DNS resolution is supported.
        public let dnsSupportEnabled: Bool
        /// The internet gateway's id, if there is one.
        public private(set) var internetGatewayId: String?
        private let connectivity = DependencyGroup()
        private let publicSubnetObjects: [Subnet]
        private let privateSubnetObjects: [Subnet]

        /// The default block of a VPC.
        public static let defaultCidrRange = "10.0.0.0/16"
        /// The zone name of reserved availability zones.
        static let fakeAvailabilityZone = "fake-az"

        /// A VPC.
        public init(_ scope: Construct, _ id: String, _ props: VpcProps = VpcProps(),
                    configure: (inout VpcProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            let stack = try Stack.of(this)
            if props.enableDnsHostnames == true && props.enableDnsSupport != true {
                throw CDKError("DnsSupportRequired", "To use DNS Hostnames, DNS Support must be enabled, however, it was explicitly disabled. Set enableDnsSupport to true.", at: this)
            }
            if props.availabilityZones != nil && props.maxAzs != nil {
                throw CDKError("ConflictingAvailabilityZoneProps", "Vpc supports 'availabilityZones' or 'maxAzs', but not both. Remove one of them.", at: this)
            }
            if let maxAzs = props.maxAzs, maxAzs < 1 {
                throw CDKError("InvalidMaxAzs", "maxAzs must be at least 1, got \(maxAzs). Give the number of availability zones to use, or leave it out for 3.", at: this)
            }
            let cidr = (props.ipAddresses ?? .cidr(Self.defaultCidrRange)).cidrBlock
            if Token.isUnresolved(cidr) {
                throw CDKError("CidrIsToken", "'cidr' property must be a concrete CIDR string, got a Token (we need to parse it for automatic subdivision). Give a literal such as \"10.0.0.0/16\".", at: this)
            }
            guard let network = CidrBlock(cidr), (16...28).contains(network.mask) else {
                throw CDKError("InvalidCidrRange", "\(cidr) is not a valid VPC CIDR range. VPCs must be between /16 and /28 and the minimum subnet size is /28.", at: this)
            }
            dnsHostnamesEnabled = props.enableDnsHostnames ?? true
            dnsSupportEnabled = props.enableDnsSupport ?? true
            cfnVpc = try CfnVPC(this, "Resource", cidrBlock: network.cidr, enableDnsHostnames: dnsHostnamesEnabled,
                                enableDnsSupport: dnsSupportEnabled, instanceTenancy: (props.defaultInstanceTenancy ?? .default).rawValue)

            var zones: [String]
            let stackZones = try EC2.availabilityZones(of: stack)
            if let given = props.availabilityZones {
                let resolved = stackZones.filter { !Token.isUnresolved($0) && !EC2.dummyAvailabilityZones.contains($0) }
                if !resolved.isEmpty && !given.allSatisfy({ Token.isUnresolved($0) || resolved.contains($0) }) {
                    throw CDKError("AvailabilityZonesNotInStack", "Given VPC 'availabilityZones' \(given.joined(separator: ",")) must be a subset of the stack's availability zones \(resolved.joined(separator: ",")). Choose zones of the stack's region.", at: this)
                }
                zones = given
            } else {
                zones = Array(stackZones.prefix(props.maxAzs ?? 3))
            }
            zones += Array(repeating: Self.fakeAvailabilityZone, count: max(props.reservedAzs, 0))
            availabilityZones = zones

            let configuration = props.subnetConfiguration ?? Self.defaultSubnets(natGateways: props.natGateways)
            try Self.validate(configuration, at: this)
            let natGatewayCount = try Self.natGatewayCount(props.natGateways, configuration, zoneCount: zones.count, at: this)

            let layout = try Self.createSubnets(in: this, configuration: configuration, zones: zones, network: network, vpcId: cfnVpc.ref)
            publicSubnets = layout.public
            privateSubnets = layout.private
            isolatedSubnets = layout.isolated
            publicSubnetObjects = layout.public
            privateSubnetObjects = layout.private
            try super.init(this)
            try Tags.of(self).add("Name", props.vpcName ?? node.path)

            let allowOutbound = configuration.contains { $0.subnetType != .privateIsolated }
            if allowOutbound && props.createInternetGateway {
                let gateway = try CfnInternetGateway(self, "IGW")
                internetGatewayId = gateway.ref
                connectivity.add(gateway)
                let attachment = try CfnVPCGatewayAttachment(self, "VPCGW", internetGatewayId: gateway.ref, vpcId: cfnVpc.ref)
                for subnet in publicSubnetObjects {
                    try subnet.addDefaultInternetRoute(gatewayId: gateway.ref, gatewayAttachment: attachment)
                }
                if natGatewayCount > 0 {
                    try createNatGateways(props, count: natGatewayCount)
                }
            }
            for (endpointId, options) in props.gatewayEndpoints { try addGatewayEndpoint(endpointId, options) }
            for (flowLogId, options) in props.flowLogs { try addFlowLog(flowLogId, options) }
            let restrictByFlag = FeatureFlags.of(self).isEnabled(EC2.restrictDefaultSecurityGroupFlag)
            if (restrictByFlag && props.restrictDefaultSecurityGroup != false) || props.restrictDefaultSecurityGroup == true {
                try RestrictDefaultSecurityGroup.attach(to: self, defaultSecurityGroupId: vpcDefaultSecurityGroup)
            }
        }

        /// The VPC's id.
        public var vpcId: String { cfnVpc.ref }
        /// The VPC's ARN.
        public var vpcArn: String { stack.formatArn(ArnComponents(service: "ec2", resource: "vpc", resourceName: vpcId)) }
        /// The VPC's IPv4 block (`Fn::GetAtt CidrBlock`).
        public var vpcCidrBlock: String { cfnVpc.getAtt("CidrBlock").toString() }
        /// The id of the VPC's default security group.
        public var vpcDefaultSecurityGroup: String { cfnVpc.attrDefaultSecurityGroup }
        /// The id of the VPC's default network ACL.
        public var vpcDefaultNetworkAcl: String { cfnVpc.attrDefaultNetworkAcl }
        /// The internet gateway and the subnets' default routes.
        public var internetConnectivityEstablished: any Dependable { connectivity }
        /// A VPC of the app is never a lookup placeholder.
        public var isPendingLookup: Bool { false }

        /// `Public` and `Private`, or `Public` and `Isolated` without NAT gateways.
        static func defaultSubnets(natGateways: Int?) -> [SubnetConfiguration] {
            [SubnetConfiguration(name: SubnetType.public.defaultGroupName, subnetType: .public),
             natGateways == 0
                ? SubnetConfiguration(name: SubnetType.privateIsolated.defaultGroupName, subnetType: .privateIsolated)
                : SubnetConfiguration(name: SubnetType.privateWithEgress.defaultGroupName, subnetType: .privateWithEgress)]
        }

        private static func validate(_ configuration: [SubnetConfiguration], at this: ConstructScope) throws {
            var names: Set<String> = []
            for group in configuration {
                if !names.insert(group.name).inserted {
                    throw CDKError("DuplicateSubnetGroupName", "The subnet group name '\(group.name)' is used twice in subnetConfiguration. Give every subnet group its own name.", at: this)
                }
                if group.subnetType != .public && group.mapPublicIpOnLaunch != nil {
                    throw CDKError("MapPublicIpOnLaunchNotPublic", "\(group.subnetType.rawValue) subnet cannot include mapPublicIpOnLaunch parameter (subnet group '\(group.name)'). Remove it, or make the group PUBLIC.", at: this)
                }
            }
        }

        /// The AWS CDK's NAT gateway count: at most one per zone, one per zone by default when
        /// there are private subnets.
        private static func natGatewayCount(_ requested: Int?, _ configuration: [SubnetConfiguration], zoneCount: Int, at this: ConstructScope) throws -> Int {
            if let requested, requested < 0 {
                throw CDKError("InvalidNatGateways", "natGateways must not be negative, got \(requested).", at: this)
            }
            let hasPrivate = configuration.contains { $0.subnetType == .privateWithEgress && !$0.reserved }
            let hasPublic = configuration.contains { $0.subnetType == .public }
            let count = requested.map { min($0, zoneCount) } ?? (hasPrivate ? zoneCount : 0)
            if count > 0 && !hasPublic {
                throw CDKError("NatGatewaysWithoutPublicSubnets", "If you configure PRIVATE subnets in 'subnetConfiguration', you must also configure PUBLIC subnets to put the NAT gateways into. Add a PUBLIC subnet group, or set natGateways to 0 and make the private subnets ISOLATED.", at: this)
            }
            return count
        }

        /// The subnets, their blocks allocated group by group and zone by zone.
        private static func createSubnets(in this: ConstructScope, configuration: [SubnetConfiguration], zones: [String],
                                          network: CidrBlock, vpcId: String) throws -> (public: [Subnet], private: [Subnet], isolated: [Subnet]) {
            var requested: [(group: SubnetConfiguration, zone: String, id: String)] = []
            for group in configuration {
                for (index, zone) in zones.enumerated() { requested.append((group, zone, "\(group.name)Subnet\(index + 1)")) }
            }
            var builder = NetworkBuilder(network)
            var cidrs = [String?](repeating: nil, count: requested.count)
            for (index, request) in requested.enumerated() {
                if let mask = request.group.cidrMask { cidrs[index] = try allocate(&builder, mask: mask, count: 1, network: network, at: this) }
            }
            let withoutMask = requested.indices.filter { requested[$0].group.cidrMask == nil }
            if !withoutMask.isEmpty {
                let mask = builder.maskForRemainingSubnets(withoutMask.count)
                for index in withoutMask { cidrs[index] = try allocate(&builder, mask: mask, count: withoutMask.count, network: network, at: this) }
            }
            var result: (public: [Subnet], private: [Subnet], isolated: [Subnet]) = ([], [], [])
            for (index, request) in requested.enumerated() {
                guard !request.group.reserved, request.zone != fakeAvailabilityZone, let cidr = cidrs[index] else { continue }
                let mapPublicIp = request.group.subnetType == .public ? (request.group.mapPublicIpOnLaunch ?? true) : false
                let subnet = try Subnet(this, request.id, .init(availabilityZone: request.zone, vpcId: vpcId, cidrBlock: cidr,
                                                                mapPublicIpOnLaunch: mapPublicIp))
                switch request.group.subnetType {
                case .public: result.public.append(subnet)
                case .privateWithEgress: result.private.append(subnet)
                case .privateIsolated: result.isolated.append(subnet)
                }
                try Tags.of(subnet).add("aws-cdk:subnet-name", request.group.name, includeResourceTypes: ["AWS::EC2::Subnet"])
                try Tags.of(subnet).add("aws-cdk:subnet-type", request.group.subnetType.tagValue, includeResourceTypes: ["AWS::EC2::Subnet"])
            }
            return result
        }

        private static func allocate(_ builder: inout NetworkBuilder, mask: Int, count: Int, network: CidrBlock, at this: ConstructScope) throws -> String {
            switch builder.addSubnet(mask: mask) {
            case .success(let cidr):
                return cidr
            case .failure(.invalidMask(let mask)):
                throw CDKError("InvalidCidrRange", "x.x.x.x/\(mask) is not a valid VPC CIDR range. VPCs must be between /16 and /28 and the minimum subnet size is /28. Use fewer subnets or availability zones, a larger VPC block, or cidrMask values from 16 to 28.", at: this)
            case .failure(.exceedsSpace(let mask)):
                throw CDKError("SubnetCountExceedsRemainingSpace", "The subnet configuration does not fit the VPC's block: \(count) of /\(mask) exceeds remaining space of \(network.cidr). Use larger cidrMask values (smaller subnets), fewer availability zones or subnet groups, or a larger VPC block.", at: this)
            }
        }

        private func createNatGateways(_ props: VpcProps, count: Int) throws {
            let placement = props.natGatewaySubnets ?? SubnetSelection(subnetType: .public)
            let selected = try selectSubnetObjects(placement)
            var natSubnets: [Subnet] = []
            for subnet in selected {
                guard let own = publicSubnetObjects.first(where: { $0 === subnet }) else {
                    throw CDKError("NatSubnetNotPublic", "natGatewaySubnets selects the subnet \(subnet.node.path), which is not a public subnet of this VPC. Select public subnets only.", at: self)
                }
                natSubnets.append(own)
            }
            if let requested = props.natGateways, requested > natSubnets.count {
                throw CDKError("TooManyNatGateways", "natGateways is \(requested), but there are only \(natSubnets.count) public subnets to put NAT gateways into. Lower natGateways to \(natSubnets.count) or less, or add public subnets.", at: self)
            }
            let provider = props.natGatewayProvider ?? .gateway()
            try provider.configureNat(natSubnets: Array(natSubnets.prefix(count)), privateSubnets: privateSubnetObjects, at: self)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKEC2.EC2.Vpc") }
    }
}
