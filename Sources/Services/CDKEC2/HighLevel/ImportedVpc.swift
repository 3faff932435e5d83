import CDK

extension EC2 {
    /// What is known of a VPC defined outside the app (the AWS CDK's `VpcAttributes`). The
    /// subnet lists go zone by zone, group by group: with zones `a, b` and public subnet ids
    /// `s1, s2, s3, s4`, `s1` and `s3` are in `a`, and `s1, s2` form the first group.
    public struct VpcAttributes: Sendable {
        /// The VPC's id.
        public var vpcId: String
        /// The availability zones of the VPC's subnets, in the order of the subnet lists.
        public var availabilityZones: [String]
        /// The VPC's IPv4 block.
        ///
        /// Default: unknown (`vpcCidrBlock` throws).
        public var vpcCidrBlock: String?
        /// The public subnets' ids, a multiple of the zone count.
        ///
        /// Default: no public subnets.
        public var publicSubnetIds: [String]?
        /// The names of the public subnet groups, one per group.
        ///
        /// Default: `Public`.
        public var publicSubnetNames: [String]?
        /// The public subnets' route table ids, one per subnet.
        ///
        /// Default: unknown (a warning per subnet).
        public var publicSubnetRouteTableIds: [String]?
        /// The public subnets' IPv4 blocks, one per subnet.
        ///
        /// Default: unknown.
        public var publicSubnetIpv4CidrBlocks: [String]?
        /// The private subnets' ids (with egress), a multiple of the zone count.
        ///
        /// Default: no private subnets.
        public var privateSubnetIds: [String]?
        /// The names of the private subnet groups, one per group.
        ///
        /// Default: `Private`.
        public var privateSubnetNames: [String]?
        /// The private subnets' route table ids, one per subnet.
        ///
        /// Default: unknown (a warning per subnet).
        public var privateSubnetRouteTableIds: [String]?
        /// The private subnets' IPv4 blocks, one per subnet.
        ///
        /// Default: unknown.
        public var privateSubnetIpv4CidrBlocks: [String]?
        /// The isolated subnets' ids, a multiple of the zone count.
        ///
        /// Default: no isolated subnets.
        public var isolatedSubnetIds: [String]?
        /// The names of the isolated subnet groups, one per group.
        ///
        /// Default: `Isolated`.
        public var isolatedSubnetNames: [String]?
        /// The isolated subnets' route table ids, one per subnet.
        ///
        /// Default: unknown (a warning per subnet).
        public var isolatedSubnetRouteTableIds: [String]?
        /// The isolated subnets' IPv4 blocks, one per subnet.
        ///
        /// Default: unknown.
        public var isolatedSubnetIpv4CidrBlocks: [String]?
        /// The id of the VPN gateway attached to the VPC.
        ///
        /// Default: none.
        public var vpnGatewayId: String?
        /// The VPC's region.
        ///
        /// Default: the stack's.
        public var region: String?

        /// Attributes of the VPC `vpcId` spanning `availabilityZones`.
        public init(vpcId: String, availabilityZones: [String]) {
            self.vpcId = vpcId
            self.availabilityZones = availabilityZones
        }
    }

    /// A VPC defined outside the app, from its attributes (the AWS CDK's `ImportedVpc`) or
    /// from a lookup (`LookedUpVpc`): no resources, its subnets imported by id under it
    /// (`<Group>Subnet<n>`).
    final class ImportedVpc: Resource, VpcRef {
        let vpcId: String
        let vpcArn: String
        let availabilityZones: [String]
        let internetConnectivityEstablished: any Dependable = DependencyGroup()
        let isPendingLookup: Bool
        /// The id of the VPN gateway attached to the VPC, if known.
        let vpnGatewayId: String?
        private(set) var publicSubnets: [any SubnetRef] = []
        private(set) var privateSubnets: [any SubnetRef] = []
        private(set) var isolatedSubnets: [any SubnetRef] = []
        private let cidr: String?
        private let cidrMissingMessage: String

        /// A VPC of `attributes`, its subnets imported group by group.
        convenience init(_ scope: Construct, _ id: String, attributes: VpcAttributes) throws {
            let this = try ConstructScope(scope, id)
            let groups = try [
                ImportSubnetGroup(ids: attributes.publicSubnetIds, names: attributes.publicSubnetNames,
                                  routeTableIds: attributes.publicSubnetRouteTableIds, cidrBlocks: attributes.publicSubnetIpv4CidrBlocks,
                                  type: .public, zones: attributes.availabilityZones, field: "publicSubnet", at: this),
                ImportSubnetGroup(ids: attributes.privateSubnetIds, names: attributes.privateSubnetNames,
                                  routeTableIds: attributes.privateSubnetRouteTableIds, cidrBlocks: attributes.privateSubnetIpv4CidrBlocks,
                                  type: .privateWithEgress, zones: attributes.availabilityZones, field: "privateSubnet", at: this),
                ImportSubnetGroup(ids: attributes.isolatedSubnetIds, names: attributes.isolatedSubnetNames,
                                  routeTableIds: attributes.isolatedSubnetRouteTableIds, cidrBlocks: attributes.isolatedSubnetIpv4CidrBlocks,
                                  type: .privateIsolated, zones: attributes.availabilityZones, field: "isolatedSubnet", at: this),
            ]
            let stack = try Stack.of(scope)
            try self.init(this, vpcId: attributes.vpcId, cidr: attributes.vpcCidrBlock, zones: attributes.availabilityZones,
                          arn: stack.formatArn(ArnComponents(service: "ec2", resource: "vpc", resourceName: attributes.vpcId)),
                          vpnGatewayId: attributes.vpnGatewayId, region: attributes.region, account: nil, isPendingLookup: false,
                          cidrMissingMessage: "Cannot perform this operation: 'vpcCidrBlock' was not supplied when creating this VPC. Give vpcCidrBlock in the VpcAttributes.")
            publicSubnets = try groups[0].subnets(in: self)
            privateSubnets = try groups[1].subnets(in: self)
            isolatedSubnets = try groups[2].subnets(in: self)
        }

        init(_ reserved: ConstructScope, vpcId: String, cidr: String?, zones: [String], arn: String, vpnGatewayId: String?,
             region: String?, account: String?, isPendingLookup: Bool, cidrMissingMessage: String) throws {
            self.vpcId = vpcId
            self.vpcArn = arn
            self.cidr = cidr
            self.availabilityZones = zones
            self.vpnGatewayId = vpnGatewayId
            self.isPendingLookup = isPendingLookup
            self.cidrMissingMessage = cidrMissingMessage
            try super.init(reserved, account: account, region: region)
        }

        /// Sets the subnets of a looked-up VPC, once it is in the tree.
        func setSubnets(public: [any SubnetRef], private: [any SubnetRef], isolated: [any SubnetRef]) {
            publicSubnets = `public`
            privateSubnets = `private`
            isolatedSubnets = isolated
        }

        var vpcCidrBlock: String {
            get throws {
                guard let cidr else { throw CDKError("VpcCidrBlockUnknown", cidrMissingMessage, at: self) }
                return cidr
            }
        }

        override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKEC2.EC2.ImportedVpc") }
    }

    /// The subnets of one type of ``VpcAttributes``, checked and imported as the AWS CDK's
    /// `ImportSubnetGroup` does: ids zone by zone, a name per group, a route table and block per subnet.
    struct ImportSubnetGroup {
        let ids: [String]
        let routeTableIds: [String]
        let cidrBlocks: [String]
        let names: [String]
        let zones: [String]

        init(ids: [String]?, names: [String]?, routeTableIds: [String]?, cidrBlocks: [String]?, type: SubnetType,
             zones: [String], field: String, at scope: Construct) throws {
            self.ids = ids ?? []
            self.routeTableIds = routeTableIds ?? []
            self.cidrBlocks = cidrBlocks ?? []
            self.zones = zones
            let idField = field + "Ids"
            // The AWS CDK divides by the zone count; with no zones (0 / 0) that fails too.
            if zones.isEmpty || self.ids.count % zones.count != 0 {
                throw CDKError("SubnetIdsNotMultipleOfZones", "Number of \(idField) (\(self.ids.count)) must be a multiple of availability zones (\(zones.count)). Give one subnet id per availability zone for every subnet group.", at: scope)
            }
            if let routeTableIds, routeTableIds.count != self.ids.count {
                throw CDKError("SubnetRouteTableIdsCount", "Number of \(field)RouteTableIds (\(routeTableIds.count)) must be equal to the amount of \(idField) (\(self.ids.count)). Give one route table id per subnet, or none.", at: scope)
            }
            if let cidrBlocks, cidrBlocks.count != self.ids.count {
                throw CDKError("SubnetIpv4CidrBlocksCount", "Number of \(field)Ipv4CidrBlocks (\(cidrBlocks.count)) must be equal to the amount of \(idField) (\(self.ids.count)). Give one IPv4 block per subnet, or none.", at: scope)
            }
            let groups = self.ids.count / zones.count
            if let names, !names.isEmpty {
                if names.count != groups {
                    throw CDKError("SubnetNamesCount", "\(field)Names must have an entry for every corresponding subnet group, got: \(JSONWriter.compact(.array(names.map { .string($0) }))). Give \(groups) name\(groups == 1 ? "" : "s"), one per group of \(zones.count) subnets.", at: scope)
                }
                self.names = names
            } else {
                self.names = [type.defaultGroupName]
            }
        }

        /// The subnets, imported under `scope` as `<Group>Subnet<n>`.
        func subnets(in scope: Construct) throws -> [any SubnetRef] {
            try ids.indices.map { index in
                let group = index / zones.count
                // Without names, the AWS CDK names every group after the first `undefined`.
                let name = group < names.count ? names[group] : "undefined"
                return try ImportedSubnet(scope, "\(name)Subnet\(index + 1)", SubnetAttributes(
                    subnetId: ids[index], availabilityZone: zones[index % zones.count],
                    ipv4CidrBlock: index < cidrBlocks.count ? cidrBlocks[index] : nil,
                    routeTableId: index < routeTableIds.count ? routeTableIds[index] : nil))
            }
        }
    }
}

extension EC2.Vpc {
    /// A VPC defined outside the app, from its attributes (the AWS CDK's
    /// `Vpc.fromVpcAttributes`). Prefer ``fromLookup(_:_:_:)``, which finds the subnets itself.
    ///
    /// ```swift
    /// var attributes = EC2.VpcAttributes(vpcId: "vpc-1234", availabilityZones: ["eu-west-1a", "eu-west-1b"])
    /// attributes.privateSubnetIds = ["subnet-1", "subnet-2"]
    /// let vpc = try EC2.Vpc.fromVpcAttributes(stack, "Shared", attributes)
    /// ```
    ///
    /// Throws when a subnet list does not fit the zones: the ids a multiple of the zone count,
    /// a name per group, a route table id and a block per subnet.
    public static func fromVpcAttributes(_ scope: Construct, _ id: String, _ attributes: EC2.VpcAttributes) throws -> any EC2.VpcRef {
        try EC2.ImportedVpc(scope, id, attributes: attributes)
    }
}
