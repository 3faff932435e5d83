import CDK

extension EC2 {
    /// Where a VPC's addresses come from (the AWS CDK's `IpAddresses`): a fixed IPv4 block,
    /// divided into the subnets in the order of `subnetConfiguration`, zone by zone.
    public struct IpAddresses: Sendable, Equatable {
        /// The IPv4 block, such as `10.0.0.0/16`.
        public let cidrBlock: String

        /// A fixed IPv4 block (`/16` to `/28`); it must be a literal, since the subnets are
        /// computed from it.
        public static func cidr(_ cidrBlock: String) -> IpAddresses { IpAddresses(cidrBlock: cidrBlock) }
    }

    /// The feature flag that makes ``VpcProps/restrictDefaultSecurityGroup`` default to `true`.
    public static let restrictDefaultSecurityGroupFlag = "@aws-cdk/aws-ec2:restrictDefaultSecurityGroup"

    /// The tenancy of instances launched into a VPC.
    public enum DefaultInstanceTenancy: String, Sendable {
        /// Shared hardware, unless the instance asks otherwise.
        case `default`
        /// Hardware dedicated to the account, unless the instance asks otherwise.
        case dedicated
    }
}
