import CDK
import CDKEC2
import CDKIAM

extension Lambda.Function: EC2.Connectable {
    /// The function's network connections; only a function in a VPC has them.
    public var connections: EC2.Connections {
        get throws {
            guard let vpcConnections else {
                throw CDKError("FunctionNotInVpc", "Only VPC-associated Lambda Functions have security groups to manage. Supply the \"vpc\" parameter when creating the Lambda, or \"securityGroupId\" when importing it.", at: self)
            }
            return vpcConnections
        }
    }
}

extension Lambda {
    /// A function's place in a VPC, worked out before its resource exists.
    struct FunctionVpcPlacement {
        let config: CfnFunction.VpcConfigProperty
        let connections: EC2.Connections
        let connectivity: any Dependable

        /// The managed policies a function's new role gets for `options`.
        static func managedPolicies(_ options: FunctionVpcOptions) -> [any IAM.ManagedPolicyReference] {
            options.vpc == nil ? [] : [IAM.ManagedPolicy.fromAwsManagedPolicyName("service-role/AWSLambdaVPCAccessExecutionRole")]
        }

        /// The placement for `options`, creating the function's security group (child
        /// `SecurityGroup`) if none is given; `nil` outside a VPC. Checks the options as the AWS CDK does.
        static func make(_ options: FunctionVpcOptions, at this: ConstructScope) throws -> FunctionVpcPlacement? {
            // An empty list of groups counts as none, as in the AWS CDK: the function gets its own group.
            let givenGroups = options.securityGroups.flatMap { $0.isEmpty ? nil : $0 }
            guard let vpc = options.vpc else {
                func refuse(_ option: String, _ code: String) -> CDKError {
                    CDKError(code, "Cannot configure '\(option)' without configuring a VPC. Set `vpc`, or leave `\(option)` unset.", at: this)
                }
                if options.allowAllOutbound != nil { throw refuse("allowAllOutbound", "AllowAllOutboundRequiresVpc") }
                if givenGroups != nil { throw refuse("securityGroups", "SecurityGroupsRequireVpc") }
                if options.vpcSubnets != nil { throw refuse("vpcSubnets", "VpcSubnetsRequiresVpc") }
                if options.ipv6AllowedForDualStack == true { throw refuse("ipv6AllowedForDualStack", "Ipv6DualStackRequiresVpc") }
                if options.allowAllIpv6Outbound != nil { throw refuse("allowAllIpv6Outbound", "AllowAllIpv6OutboundRequiresVpc") }
                return nil
            }
            if givenGroups != nil && options.allowAllOutbound != nil {
                throw CDKError("ConfigureAllowAllOutboundOnSecurityGroups", "Configure 'allowAllOutbound' directly on the supplied SecurityGroups.", at: this)
            }
            if givenGroups != nil && options.allowAllIpv6Outbound != nil {
                throw CDKError("ConfigureAllowAllIpv6OutboundOnSecurityGroups", "Configure 'allowAllIpv6Outbound' directly on the supplied SecurityGroups.", at: this)
            }
            let groups = try givenGroups ?? [EC2.SecurityGroup(this, "SecurityGroup", .init(vpc: vpc)) {
                $0.description = "Automatic security group for Lambda Function " + (try Names.nodeUniqueId(this))
                $0.allowAllOutbound = options.allowAllOutbound ?? true
                $0.allowAllIpv6Outbound = options.allowAllIpv6Outbound ?? false
            }]
            let selected = try vpc.selectSubnets(options.vpcSubnets ?? EC2.SubnetSelection())
            let publicIds = Set(vpc.publicSubnets.map(\.subnetId))
            if !options.allowPublicSubnet && selected.subnetIds.contains(where: { publicIds.contains($0) }) {
                throw CDKError("PublicSubnetNotAllowed", "Lambda Functions in a public subnet can NOT access the internet. If you are aware of this limitation and would still like to place the function in a public subnet, set `allowPublicSubnet` to true", at: this)
            }
            return FunctionVpcPlacement(
                config: CfnFunction.VpcConfigProperty(ipv6AllowedForDualStack: options.ipv6AllowedForDualStack,
                                                      securityGroupIds: groups.map(\.securityGroupId), subnetIds: selected.subnetIds),
                connections: EC2.Connections(securityGroups: groups),
                connectivity: selected.internetConnectivityEstablished)
        }
    }
}
