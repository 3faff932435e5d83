import CDK

extension EC2 {
    /// Which subnets of a VPC to use (the AWS CDK's `SubnetSelection`). Give at most one of
    /// `subnetType`, `subnetGroupName` and `subnets`; `availabilityZones` and `onePerAz` narrow
    /// the result.
    public struct SubnetSelection {
        /// All subnets of this type.
        ///
        /// Default: private subnets with egress, else isolated ones, else public ones.
        public var subnetType: SubnetType?
        /// All subnets of the group with this name (as given in `subnetConfiguration`).
        ///
        /// Default: selection by type.
        public var subnetGroupName: String?
        /// These subnets.
        ///
        /// Default: the subnets of a group.
        public var subnets: [any SubnetRef]?
        /// Only subnets in these availability zones.
        ///
        /// Default: every zone.
        public var availabilityZones: [String]?
        /// At most one subnet per availability zone (the first).
        ///
        /// Default: `false`.
        public var onePerAz = false

        /// A selection; with no arguments, the default subnets.
        public init(subnetType: SubnetType? = nil, subnetGroupName: String? = nil, subnets: [any SubnetRef]? = nil,
                    availabilityZones: [String]? = nil, onePerAz: Bool = false) {
            self.subnetType = subnetType
            self.subnetGroupName = subnetGroupName
            self.subnets = subnets
            self.availabilityZones = availabilityZones
            self.onePerAz = onePerAz
        }

        /// All subnets of `type`.
        public static func type(_ type: SubnetType) -> SubnetSelection { SubnetSelection(subnetType: type) }
        /// All subnets of the group `name`.
        public static func group(_ name: String) -> SubnetSelection { SubnetSelection(subnetGroupName: name) }
    }

    /// The subnets a ``SubnetSelection`` picked.
    public struct SelectedSubnets {
        /// The subnets.
        public let subnets: [any SubnetRef]
        /// Whether any of them is a public subnet of the VPC.
        public let hasPublic: Bool
        /// Whether the VPC is a placeholder of a lookup that has not run yet.
        public let isPendingLookup: Bool

        /// The subnets' ids.
        public var subnetIds: [String] { subnets.map(\.subnetId) }
        /// The subnets' availability zones.
        public var availabilityZones: [String] { get throws { try subnets.map { try $0.availabilityZone } } }
        /// What depends on the subnets' internet connection depends on.
        public var internetConnectivityEstablished: any Dependable {
            let group = DependencyGroup()
            for subnet in subnets { group.add(subnet.internetConnectivityEstablished) }
            return group
        }
    }
}

extension EC2.VpcRef {
    /// The subnets `selection` picks; throws when it picks none.
    public func selectSubnets(_ selection: EC2.SubnetSelection = EC2.SubnetSelection()) throws -> EC2.SelectedSubnets {
        let subnets = try selectSubnetObjects(selection)
        let publicIds = Set(publicSubnets.map { ObjectIdentifier($0) })
        return EC2.SelectedSubnets(subnets: subnets, hasPublic: subnets.contains { publicIds.contains(ObjectIdentifier($0)) },
                                   isPendingLookup: isPendingLookup)
    }

    func selectSubnetObjects(_ selection: EC2.SubnetSelection) throws -> [any EC2.SubnetRef] {
        let given = [selection.subnets != nil ? "subnets" : nil, selection.subnetType != nil ? "subnetType" : nil,
                     selection.subnetGroupName != nil ? "subnetGroupName" : nil].compactMap { $0 }
        if given.count > 1 {
            throw CDKError("ConflictingSubnetSelection", "Only one of '\(given.joined(separator: ","))' can be supplied to subnet selection. Select by one of them.", at: self)
        }
        if let subnets = selection.subnets { return subnets }
        var subnets: [any EC2.SubnetRef]
        if let name = selection.subnetGroupName {
            let all = publicSubnets + privateSubnets + isolatedSubnets
            subnets = all.filter { EC2.subnetGroupName(of: $0) == name }
            if subnets.isEmpty && !isPendingLookup {
                var names: [String] = []
                for subnet in all where !names.contains(EC2.subnetGroupName(of: subnet)) { names.append(EC2.subnetGroupName(of: subnet)) }
                throw CDKError("NoSubnetGroupWithName", "There are no subnet groups with name '\(name)' in this VPC. Available names: \(names.joined(separator: ",")). Select one of them.", at: self)
            }
        } else {
            let type = selection.subnetType ?? (!privateSubnets.isEmpty ? .privateWithEgress : !isolatedSubnets.isEmpty ? .privateIsolated : .public)
            subnets = self.subnets(of: type)
            if subnets.isEmpty && !isPendingLookup {
                let available = [EC2.SubnetType.privateIsolated, .privateWithEgress, .public].filter { !self.subnets(of: $0).isEmpty }.map(\.rawValue)
                throw CDKError("NoSubnetsOfType", "There are no '\(type.rawValue)' subnet groups in this VPC. Available types: \(available.joined(separator: ",")). Select one of them, or add a subnet group of type '\(type.rawValue)' to the VPC.", at: self)
            }
        }
        if let zones = selection.availabilityZones {
            let before = subnets.count
            subnets = try subnets.filter { zones.contains(try $0.availabilityZone) }
            if before > 0 && subnets.isEmpty && !isPendingLookup {
                throw CDKError("NoSubnetInAvailabilityZones", "The subnet selection matches no subnet: none of the \(before) selected subnets is in the availability zones \(zones.joined(separator: ",")). Select zones of the VPC (\(availabilityZones.joined(separator: ","))).", at: self)
            }
        }
        if selection.onePerAz {
            var seen: Set<String> = []
            subnets = try subnets.filter { seen.insert(try $0.availabilityZone).inserted }
        }
        return subnets
    }

    func subnets(of type: EC2.SubnetType) -> [any EC2.SubnetRef] {
        switch type {
        case .public: publicSubnets
        case .privateWithEgress: privateSubnets
        case .privateIsolated: isolatedSubnets
        }
    }
}
