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
            guard let vpc = options.vpc else {
                if options.allowAllOutbound != nil || options.securityGroups != nil {
                    throw CDKError("VpcRequired", "Cannot configure 'securityGroup' or 'allowAllOutbound' without configuring a VPC. Set `vpc`.", at: this)
                }
                if options.vpcSubnets != nil {
                    throw CDKError("VpcRequired", "Cannot configure 'vpcSubnets' without configuring a VPC. Set `vpc`.", at: this)
                }
                return nil
            }
            if options.securityGroups != nil && options.allowAllOutbound != nil {
                throw CDKError("AllowAllOutboundWithSecurityGroups", "Configure 'allowAllOutbound' directly on the supplied SecurityGroup.", at: this)
            }
            let groups = try options.securityGroups ?? [EC2.SecurityGroup(this, "SecurityGroup", .init(vpc: vpc)) {
                $0.description = "Automatic security group for Lambda Function " + (try Names.nodeUniqueId(this))
                $0.allowAllOutbound = options.allowAllOutbound ?? true
            }]
            let selected = try vpc.selectSubnets(options.vpcSubnets ?? EC2.SubnetSelection())
            let publicIds = Set(vpc.publicSubnets.map(\.subnetId))
            if !options.allowPublicSubnet && selected.subnetIds.contains(where: { publicIds.contains($0) }) {
                throw CDKError("PublicSubnetNotAllowed", "Lambda Functions in a public subnet can NOT access the internet. If you are aware of this limitation and would still like to place the function in a public subnet, set `allowPublicSubnet` to true", at: this)
            }
            return FunctionVpcPlacement(
                config: CfnFunction.VpcConfigProperty(securityGroupIds: groups.map(\.securityGroupId), subnetIds: selected.subnetIds),
                connections: EC2.Connections(securityGroups: groups),
                connectivity: selected.internetConnectivityEstablished)
        }
    }
}
