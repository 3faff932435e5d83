import CDK

extension EC2 {
    /// How a subnet reaches the internet (the AWS CDK's `ec2.SubnetType`).
    public enum SubnetType: String, Sendable, CaseIterable {
        /// Routes to the internet through the VPC's internet gateway; instances can be reached
        /// from the internet when they have a public IP.
        case `public` = "Public"
        /// Routes to the internet through a NAT gateway (or other egress), but cannot be reached from it.
        case privateWithEgress = "Private"
        /// No route to the internet at all.
        case privateIsolated = "Isolated"

        /// The default name of a subnet group of this type (`Public`, `Private`, `Isolated`).
        public var defaultGroupName: String { rawValue }
        /// The value of the `aws-cdk:subnet-type` tag.
        var tagValue: String { rawValue }
    }

    /// One subnet group of a ``Vpc``: a subnet of this configuration in every availability zone.
    public struct SubnetConfiguration: Sendable, Equatable {
        /// The group's name, unique in the VPC (construct ids are `<name>Subnet<n>`).
        public var name: String
        /// How the subnets reach the internet.
        public var subnetType: SubnetType
        /// The prefix length of each subnet, 16 to 28.
        ///
        /// Default: the space left after the groups with a mask, divided evenly.
        public var cidrMask: Int?
        /// Whether the group's address space is set aside without creating subnets.
        ///
        /// Default: `false`.
        public var reserved = false
        /// Whether instances get a public IPv4 address at launch (public subnets only).
        ///
        /// Default: `true` for public subnets, `false` otherwise.
        public var mapPublicIpOnLaunch: Bool?

        /// A subnet group named `name` of `subnetType`.
        public init(name: String, subnetType: SubnetType, cidrMask: Int? = nil, reserved: Bool = false, mapPublicIpOnLaunch: Bool? = nil) {
            self.name = name
            self.subnetType = subnetType
            self.cidrMask = cidrMask
            self.reserved = reserved
            self.mapPublicIpOnLaunch = mapPublicIpOnLaunch
        }
    }
}
