import CDK
import CDKEC2

extension RDS {
    /// A subnet group, in this app or imported (the AWS CDK's `ISubnetGroup`).
    public protocol SubnetGroupRef: Construct {
        /// The group's name.
        var subnetGroupName: String { get }
    }

    /// The props of a ``SubnetGroup``.
    public struct SubnetGroupProps: ConstructProps {
        /// The group's description.
        public var description: String
        /// The VPC whose subnets the group holds.
        public var vpc: any EC2.VpcRef
        /// The group's name (RDS keeps it in lower case, so it is written in lower case).
        ///
        /// Default: a name CloudFormation generates.
        public var subnetGroupName: String?
        /// The subnets of ``vpc``.
        ///
        /// Default: the private subnets with egress.
        public var vpcSubnets: EC2.SubnetSelection?
        /// What happens to the group when it leaves the stack.
        ///
        /// Default: no policy (CloudFormation deletes it).
        public var removalPolicy: RemovalPolicy?

        /// Props of a group described as `description`, in `vpc`.
        public init(description: String, vpc: any EC2.VpcRef) {
            self.description = description
            self.vpc = vpc
        }
    }

    /// The subnets a database is placed in (`AWS::RDS::DBSubnetGroup`, child `Default`).
    public final class SubnetGroup: Resource, SubnetGroupRef {
        /// The group's CloudFormation resource.
        public let cfnDBSubnetGroup: CfnDBSubnetGroup

        /// A subnet group of `props.vpc`'s subnets.
        public init(_ scope: Construct, _ id: String, _ props: SubnetGroupProps, configure: (inout SubnetGroupProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            let subnets = try props.vpc.selectSubnets(props.vpcSubnets ?? EC2.SubnetSelection(subnetType: .privateWithEgress))
            let name = props.subnetGroupName.map { Token.isUnresolved($0) ? $0 : $0.lowercased() }
            cfnDBSubnetGroup = try CfnDBSubnetGroup(this, "Default", dbSubnetGroupDescription: props.description, dbSubnetGroupName: name,
                                                    subnetIds: subnets.subnetIds)
            if let policy = props.removalPolicy { cfnDBSubnetGroup.applyRemovalPolicy(policy) }
            try super.init(this)
        }

        /// The group's name.
        public var subnetGroupName: String { cfnDBSubnetGroup.ref }

        /// A subnet group defined outside the app, by name.
        public static func fromSubnetGroupName(_ scope: Construct, _ id: String, _ subnetGroupName: String) throws -> any SubnetGroupRef {
            try ImportedSubnetGroup(scope, id, subnetGroupName: subnetGroupName)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKRDS.RDS.SubnetGroup") }
    }

    /// A subnet group defined outside the app.
    final class ImportedSubnetGroup: Resource, SubnetGroupRef {
        let subnetGroupName: String

        init(_ scope: Construct, _ id: String, subnetGroupName: String) throws {
            self.subnetGroupName = subnetGroupName
            try super.init(scope, id)
        }
    }
}
