import CDK
import CDKIAM

extension EC2 {
    /// The options of ``VpcRef/addGatewayEndpoint(_:_:)`` (the AWS CDK's `GatewayVpcEndpointOptions`).
    public struct GatewayVpcEndpointOptions {
        /// The service (`.s3`, `.dynamodb`).
        public var service: GatewayVpcEndpointAwsService
        /// The subnets whose route tables get the endpoint's routes.
        ///
        /// Default: every subnet of the VPC.
        public var subnets: [SubnetSelection]?

        /// Options of a gateway endpoint of `service`.
        public init(service: GatewayVpcEndpointAwsService, subnets: [SubnetSelection]? = nil) {
            self.service = service
            self.subnets = subnets
        }
    }

    /// The props of a ``GatewayVpcEndpoint``.
    public struct GatewayVpcEndpointProps: ConstructProps, ExtendingOptions {
        /// The VPC.
        public var vpc: any VpcRef
        /// The service and subnets.
        public var options: GatewayVpcEndpointOptions

        /// Props of an endpoint in `vpc`.
        public init(vpc: any VpcRef, options: GatewayVpcEndpointOptions) {
            self.vpc = vpc
            self.options = options
        }
    }

    /// A gateway endpoint (`AWS::EC2::VPCEndpoint` of type `Gateway`): routes to S3 or DynamoDB
    /// in the route tables of the chosen subnets (private, then public, then isolated by default).
    public final class GatewayVpcEndpoint: Resource {
        /// The endpoint's CloudFormation resource.
        public let cfnVpcEndpoint: CfnVPCEndpoint
        private var policyDocument: IAM.PolicyDocument?

        /// A gateway endpoint.
        public init(_ scope: Construct, _ id: String, _ props: GatewayVpcEndpointProps,
                    configure: (inout GatewayVpcEndpointProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            let subnets: [any SubnetRef]
            if let selections = props.subnets {
                subnets = try selections.flatMap { try props.vpc.selectSubnets($0).subnets }
            } else {
                subnets = props.vpc.privateSubnets + props.vpc.publicSubnets + props.vpc.isolatedSubnets
            }
            var routeTableIds: [String] = []
            for subnet in subnets {
                if let id = subnet.routeTable.routeTableId, !routeTableIds.contains(id) { routeTableIds.append(id) }
            }
            if routeTableIds.isEmpty {
                throw CDKError("NoRouteTables", "Can't add a gateway endpoint to VPC; route table IDs are not available. Select subnets whose route tables are known (imports need routeTableIds).", at: this)
            }
            cfnVpcEndpoint = try CfnVPCEndpoint(this, "Resource", routeTableIds: routeTableIds, serviceName: props.service.name,
                                                vpcEndpointType: "Gateway", vpcId: props.vpc.vpcId)
            try super.init(this)
        }

        /// The endpoint's id.
        public var vpcEndpointId: String { cfnVpcEndpoint.ref }

        /// Adds a statement (with a principal) to the endpoint's policy.
        public func addToPolicy(_ statement: IAM.PolicyStatement) throws {
            policyDocument = try EC2.addEndpointPolicyStatement(statement, to: policyDocument, of: cfnVpcEndpoint, at: self)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKEC2.EC2.GatewayVpcEndpoint") }
    }

    /// The options of ``VpcRef/addInterfaceEndpoint(_:_:)`` (the AWS CDK's `InterfaceVpcEndpointOptions`).
    public struct InterfaceVpcEndpointOptions {
        /// The service.
        public var service: any InterfaceVpcEndpointServiceRef
        /// Whether the service's default DNS name resolves to the endpoint in the VPC.
        ///
        /// Default: the service's default (`true` for AWS services).
        public var privateDnsEnabled: Bool?
        /// The subnets of the endpoint's network interfaces (at most one per zone is used).
        ///
        /// Default: the private subnets.
        public var subnets: SubnetSelection?
        /// The endpoint's security groups.
        ///
        /// Default: a new group (child `SecurityGroup`).
        public var securityGroups: [any SecurityGroupRef]?
        /// Whether traffic from the whole VPC block to the service port is allowed.
        ///
        /// Default: `true`.
        public var open = true

        /// Options of an interface endpoint of `service`.
        public init(service: any InterfaceVpcEndpointServiceRef) { self.service = service }

        /// Options of an interface endpoint of `service`, with the members given.
        public init(service: any InterfaceVpcEndpointServiceRef, privateDnsEnabled: Bool? = nil, subnets: SubnetSelection? = nil,
                    securityGroups: [any SecurityGroupRef]? = nil, open: Bool = true) {
            self.service = service
            self.privateDnsEnabled = privateDnsEnabled
            self.subnets = subnets
            self.securityGroups = securityGroups
            self.open = open
        }
    }

    /// The props of an ``InterfaceVpcEndpoint``.
    public struct InterfaceVpcEndpointProps: ConstructProps, ExtendingOptions {
        /// The VPC.
        public var vpc: any VpcRef
        /// The service, subnets and security groups.
        public var options: InterfaceVpcEndpointOptions

        /// Props of an endpoint in `vpc`.
        public init(vpc: any VpcRef, options: InterfaceVpcEndpointOptions) {
            self.vpc = vpc
            self.options = options
        }
    }

    /// An interface endpoint (`AWS::EC2::VPCEndpoint` of type `Interface`): network interfaces
    /// of the service in one subnet per zone, behind a security group that the whole VPC may
    /// reach on the service port (unless `open` is `false`). It is connectable.
    public final class InterfaceVpcEndpoint: Resource, Connectable {
        /// The endpoint's CloudFormation resource.
        public let cfnVpcEndpoint: CfnVPCEndpoint
        /// The endpoint's connections (default port: the service's).
        public let connections: Connections
        private var policyDocument: IAM.PolicyDocument?

        /// An interface endpoint.
        public init(_ scope: Construct, _ id: String, _ props: InterfaceVpcEndpointProps,
                    configure: (inout InterfaceVpcEndpointProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            let stack = try Stack.of(this)
            let securityGroups = try props.securityGroups ?? [SecurityGroup(this, "SecurityGroup", .init(vpc: props.vpc))]
            connections = Connections(securityGroups: securityGroups, defaultPort: .tcp(props.service.port))
            if props.open {
                try connections.allowDefaultPortFrom(Peer.ipv4(try props.vpc.vpcCidrBlock))
            }
            var selection = props.subnets ?? SubnetSelection()
            selection.onePerAz = true
            let selected: SelectedSubnets
            do {
                selected = try props.vpc.selectSubnets(selection)
            } catch let error as CDKError where props.subnets == nil {
                throw CDKError("InterfaceEndpointWithoutSubnets", "Cannot create a VPC Endpoint without subnets to place it in: \(error.message) Give `subnets` explicitly.", at: this)
            }
            if !selected.isPendingLookup && selected.subnets.isEmpty {
                throw CDKError("InterfaceEndpointWithoutSubnets", "Cannot create a VPC Endpoint with no subnets. Select subnets of the VPC with `subnets`.", at: this)
            }
            cfnVpcEndpoint = try CfnVPCEndpoint(
                this, "Resource", privateDnsEnabled: props.privateDnsEnabled ?? props.service.privateDnsDefault,
                securityGroupIds: securityGroups.map(\.securityGroupId), serviceName: props.service.name(in: stack),
                subnetIds: selected.subnetIds, vpcEndpointType: "Interface", vpcId: props.vpc.vpcId)
            try super.init(this)
        }

        /// The endpoint's id.
        public var vpcEndpointId: String { cfnVpcEndpoint.ref }

        /// Adds a statement (with a principal) to the endpoint's policy.
        public func addToPolicy(_ statement: IAM.PolicyStatement) throws {
            policyDocument = try EC2.addEndpointPolicyStatement(statement, to: policyDocument, of: cfnVpcEndpoint, at: self)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKEC2.EC2.InterfaceVpcEndpoint") }
    }

    /// Adds `statement` to an endpoint's policy, creating the policy on first use.
    static func addEndpointPolicyStatement(_ statement: IAM.PolicyStatement, to document: IAM.PolicyDocument?,
                                           of endpoint: CfnVPCEndpoint, at construct: Construct) throws -> IAM.PolicyDocument {
        guard statement.hasPrincipal else {
            throw CDKError("StatementWithoutPrincipal", "Statement must have a `Principal`. Add a principal (for example IAM.AnyPrincipal()) to the statement.", at: construct)
        }
        let document = document ?? IAM.PolicyDocument()
        document.addStatements(statement)
        endpoint.policyDocument = document.jsonValue
        return document
    }
}
