import CDK

extension EC2 {
    /// Which VPC ``Vpc/fromLookup(_:_:_:)`` looks for (the AWS CDK's `VpcLookupOptions`).
    /// Every member given must match; the lookup fails unless exactly one VPC does.
    public struct VpcLookupOptions: Sendable {
        /// The VPC's id.
        ///
        /// Default: any id.
        public var vpcId: String?
        /// The VPC's `Name` tag.
        ///
        /// Default: any name.
        public var vpcName: String?
        /// Tags the VPC must have, by key.
        ///
        /// Default: no tags required.
        public var tags: [String: String]?
        /// The account that owns the VPC.
        ///
        /// Default: the stack's account.
        public var ownerAccountId: String?
        /// Whether to look for the account's default VPC (`true`) or a non-default one (`false`).
        ///
        /// Default: either.
        public var isDefault: Bool?
        /// The tag whose value names the subnet group of each subnet.
        ///
        /// Default: `aws-cdk:subnet-name`.
        public var subnetGroupNameTag: String?
        /// The region to look in.
        ///
        /// Default: the stack's region.
        public var region: String?
        /// Whether to look up the VPN gateway attached to the VPC.
        ///
        /// Default: `true` (the CLI's default when the query does not say).
        public var returnVpnGateways: Bool?

        /// Options matching every VPC; set at least one member.
        public init(vpcId: String? = nil, vpcName: String? = nil, tags: [String: String]? = nil, ownerAccountId: String? = nil,
                    isDefault: Bool? = nil, subnetGroupNameTag: String? = nil, region: String? = nil, returnVpnGateways: Bool? = nil) {
            self.vpcId = vpcId
            self.vpcName = vpcName
            self.tags = tags
            self.ownerAccountId = ownerAccountId
            self.isDefault = isDefault
            self.subnetGroupNameTag = subnetGroupNameTag
            self.region = region
            self.returnVpnGateways = returnVpnGateways
        }
    }

    /// The VPC the AWS CDK uses while a `vpc-provider` lookup has not run yet (its
    /// `DUMMY_VPC_PROPS`): `vpc-12345` with a `Public`, a `Private` and an `Isolated` group of
    /// two subnets in `dummy1a` and `dummy1b`.
    static let dummyVpcContextValue: JSONValue = {
        func subnet(_ zone: String, _ id: String, _ routeTable: String) -> JSONValue {
            ["availabilityZone": .string(zone), "subnetId": .string(id), "routeTableId": .string(routeTable), "cidr": "1.2.3.4/5"]
        }
        return [
            "availabilityZones": [],
            "vpcCidrBlock": "1.2.3.4/5",
            "subnetGroups": [
                ["name": "Public", "type": "Public",
                 "subnets": [subnet("dummy1a", "s-12345", "rtb-12345s"), subnet("dummy1b", "s-67890", "rtb-67890s")]],
                ["name": "Private", "type": "Private",
                 "subnets": [subnet("dummy1a", "p-12345", "rtb-12345p"), subnet("dummy1b", "p-67890", "rtb-57890p")]],
                ["name": "Isolated", "type": "Isolated",
                 "subnets": [subnet("dummy1a", "p-12345", "rtb-12345p"), subnet("dummy1b", "p-67890", "rtb-57890p")]],
            ],
            "vpcId": "vpc-12345",
        ]
    }()
}

extension EC2.Vpc {
    /// A VPC defined outside the app, found in the stack's account and region by the CDK CLI
    /// (the AWS CDK's `Vpc.fromLookup`, context provider `vpc-provider`). The stack needs a
    /// concrete account and region.
    ///
    /// On the first synthesis the value is missing: the stack reports it (the manifest's
    /// `missing` list) and a placeholder VPC (`vpc-12345`, subnets in `dummy1a` and `dummy1b`)
    /// stands in. The CLI then looks the VPC up, saves it in `cdk.context.json` and synthesizes
    /// again with it: the subnets of each group (`aws-cdk:subnet-name` tag, or
    /// `subnetGroupNameTag`) are imported as `<Group>Subnet<n>`, the zones sorted.
    ///
    /// ```swift
    /// let vpc = try EC2.Vpc.fromLookup(stack, "Shared", .init(vpcName: "shared-vpc"))
    /// ```
    public static func fromLookup(_ scope: Construct, _ id: String, _ options: EC2.VpcLookupOptions) throws -> any EC2.VpcRef {
        let tags = options.tags ?? [:]
        if Token.isUnresolved(options.vpcId ?? "") || Token.isUnresolved(options.vpcName ?? "")
            || tags.contains(where: { Token.isUnresolved($0.key) || Token.isUnresolved($0.value) }) {
            throw CDKError("VpcLookupArgumentsUnresolved", "All arguments to Vpc.fromLookup() must be concrete (no Tokens). Give literal ids, names and tags.", at: scope)
        }
        var filter = JSONObject()
        for key in tags.keys.sorted() { filter["tag:\(key)"] = tags[key].map { JSONValue.string($0) } }
        if let vpcId = options.vpcId, !vpcId.isEmpty { filter["vpc-id"] = .string(vpcId) }
        if let vpcName = options.vpcName, !vpcName.isEmpty { filter["tag:Name"] = .string(vpcName) }
        if let owner = options.ownerAccountId, !owner.isEmpty { filter["owner-id"] = .string(owner) }
        if let isDefault = options.isDefault { filter["isDefault"] = .string(isDefault ? "true" : "false") }

        var props = JSONObject()
        if let region = options.region, !region.isEmpty { props["region"] = .string(region) }
        props["filter"] = .object(filter)
        props["returnAsymmetricSubnets"] = true
        if let returnVpnGateways = options.returnVpnGateways { props["returnVpnGateways"] = .bool(returnVpnGateways) }
        if let tag = options.subnetGroupNameTag { props["subnetGroupNameTag"] = .string(tag) }

        let value = try ContextProvider.getValue(scope, provider: ContextProvider.vpc, props: props, dummyValue: nil)
        let response = try EC2.VpcContextResponse(value ?? EC2.dummyVpcContextValue, at: scope)
        return try EC2.LookedUpVpc.make(scope, id, response, isPendingLookup: value == nil)
    }
}

extension EC2 {
    /// A looked-up VPC (the AWS CDK's `LookedUpVpc`): its account and region those of the
    /// lookup, its subnets those of the groups the CLI found.
    enum LookedUpVpc {
        static func make(_ scope: Construct, _ id: String, _ response: VpcContextResponse, isPendingLookup: Bool) throws -> ImportedVpc {
            let this = try ConstructScope(scope, id)
            let stack = try Stack.of(scope)
            var zones: [String] = []
            for group in response.subnetGroups { for subnet in group.subnets where !zones.contains(subnet.availabilityZone) { zones.append(subnet.availabilityZone) } }
            zones.sort(by: LocaleCompare.isOrderedBefore)
            let region = response.region ?? stack.region
            let account = response.ownerAccountId ?? stack.account
            let vpc = try ImportedVpc(this, vpcId: response.vpcId, cidr: response.vpcCidrBlock, zones: zones,
                                      arn: stack.formatArn(ArnComponents(service: "ec2", resource: "vpc", resourceName: response.vpcId,
                                                                         region: region, account: account)),
                                      vpnGatewayId: response.vpnGatewayId, region: response.region, account: response.ownerAccountId,
                                      isPendingLookup: isPendingLookup,
                                      cidrMissingMessage: "Cannot perform this operation: 'vpcCidrBlock' was not found when looking up this VPC. Use a newer version of the CDK CLI and clear the old context value.")
            func subnets(of type: String) throws -> [any SubnetRef] {
                var result: [any SubnetRef] = []
                for group in response.subnetGroups where group.type == type {
                    for (index, subnet) in group.subnets.enumerated() {
                        result.append(try ImportedSubnet(vpc, "\(group.name)Subnet\(index + 1)", SubnetAttributes(
                            subnetId: subnet.subnetId, availabilityZone: subnet.availabilityZone,
                            ipv4CidrBlock: subnet.cidr, routeTableId: subnet.routeTableId)))
                    }
                }
                return result
            }
            let publicSubnets = try subnets(of: "Public")
            let privateSubnets = try subnets(of: "Private")
            vpc.setSubnets(public: publicSubnets, private: privateSubnets, isolated: try subnets(of: "Isolated"))
            return vpc
        }
    }

    /// What the `vpc-provider` lookup gives (the cloud assembly's `VpcContextResponse`); only
    /// the members a looked-up VPC uses.
    struct VpcContextResponse {
        struct Subnet {
            let subnetId: String
            let availabilityZone: String
            let routeTableId: String?
            let cidr: String?
        }
        struct Group {
            let name: String
            let type: String
            let subnets: [Subnet]
        }

        let vpcId: String
        let vpcCidrBlock: String?
        let ownerAccountId: String?
        let region: String?
        let vpnGatewayId: String?
        let subnetGroups: [Group]

        init(_ value: JSONValue, at scope: Construct) throws {
            func fail(_ what: String) -> CDKError {
                CDKError("InvalidVpcContextValue", "The vpc-provider context value for Vpc.fromLookup() is not a VPC description: \(what). Remove it from cdk.context.json (swift-cdk context --reset KEY) so that the CLI looks the VPC up again.", at: scope)
            }
            guard case .object(let object) = value else { throw fail("it is \(value.kindName), not an object") }
            guard let vpcId = object["vpcId"]?.stringValue else { throw fail("'vpcId' is missing") }
            self.vpcId = vpcId
            vpcCidrBlock = object["vpcCidrBlock"]?.stringValue
            ownerAccountId = object["ownerAccountId"]?.stringValue
            region = object["region"]?.stringValue
            vpnGatewayId = object["vpnGatewayId"]?.stringValue
            var groups: [Group] = []
            for groupValue in object["subnetGroups"]?.arrayValue ?? [] {
                guard let name = groupValue["name"]?.stringValue, let type = groupValue["type"]?.stringValue else {
                    throw fail("a subnet group has no 'name' or 'type'")
                }
                var subnets: [Subnet] = []
                for subnet in groupValue["subnets"]?.arrayValue ?? [] {
                    guard let id = subnet["subnetId"]?.stringValue, let zone = subnet["availabilityZone"]?.stringValue else {
                        throw fail("a subnet of group '\(name)' has no 'subnetId' or 'availabilityZone'")
                    }
                    subnets.append(Subnet(subnetId: id, availabilityZone: zone, routeTableId: subnet["routeTableId"]?.stringValue,
                                          cidr: subnet["cidr"]?.stringValue))
                }
                groups.append(Group(name: name, type: type, subnets: subnets))
            }
            subnetGroups = groups
        }
    }
}
