import CDK

extension EC2 {
    /// What gives private subnets their way out to the internet (the AWS CDK's `NatProvider`).
    public struct NatProvider: Sendable {
        /// Elastic IP allocations for the gateways, one per gateway, in order.
        public let eipAllocationIds: [String]?

        /// Managed NAT gateways (`NATGateway` under each chosen public subnet), each with a new
        /// Elastic IP (`EIP`) unless `eipAllocationIds` gives them.
        public static func gateway(eipAllocationIds: [String]? = nil) -> NatProvider {
            NatProvider(eipAllocationIds: eipAllocationIds)
        }

        /// Creates the gateways in `natSubnets` and routes every subnet of `privateSubnets` to
        /// the gateway of its zone, or, round robin, to another one.
        func configureNat(natSubnets: [Subnet], privateSubnets: [Subnet], at vpc: Construct) throws {
            if let ids = eipAllocationIds, !Token.isUnresolved(ids), ids.count < natSubnets.count {
                throw CDKError("EnoughGatewayAllocationProvided", "Not enough NAT gateway EIP allocation IDs (\(ids.count) provided) for the requested subnet count (\(natSubnets.count) needed). Give one allocation id per NAT gateway.", at: vpc)
            }
            var gateways: [(zone: String, id: String)] = []
            for (index, subnet) in natSubnets.enumerated() {
                let allocationId = eipAllocationIds.map { Token.isUnresolved($0) ? Fn.select(index, $0) : $0[index] }
                let gateway = try subnet.addNatGateway(eipAllocationId: allocationId)
                gateways.append((subnet.availabilityZone, gateway.ref))
            }
            guard !gateways.isEmpty else { return }
            var next = 0
            for subnet in privateSubnets {
                let gatewayId: String
                if let own = gateways.last(where: { $0.zone == subnet.availabilityZone }) {
                    gatewayId = own.id
                } else {
                    gatewayId = gateways[next % gateways.count].id
                    next += 1
                }
                try subnet.addRoute("DefaultRoute", AddRouteOptions(routerType: .natGateway, routerId: gatewayId, enablesInternetConnectivity: true))
            }
        }
    }
}
