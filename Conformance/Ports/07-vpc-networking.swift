import CDK
import CDKEC2
import CDKLambda

/// Port of ../shared/conformance/07-vpc-networking/app.py: a VPC with three subnet tiers and one
/// NAT gateway, S3 and Secrets Manager endpoints, a flow log, two security groups wired through
/// their connections, and a function in the App subnets.
enum VpcNetworking {
    static func synthesize(to outdir: String) throws {
        let app = try App(outdir: outdir)
        let stack = try Stack(app, "Network")
        let vpc = try EC2.Vpc(stack, "Vpc") {
            $0.maxAzs = 2
            $0.natGateways = 1
            $0.subnetConfiguration = [
                .init(name: "Public", subnetType: .public, cidrMask: 24),
                .init(name: "App", subnetType: .privateWithEgress, cidrMask: 24),
                .init(name: "Data", subnetType: .privateIsolated, cidrMask: 28),
            ]
        }
        try vpc.addGatewayEndpoint("S3", .init(service: .s3))
        try vpc.addInterfaceEndpoint("Secrets", .init(service: EC2.InterfaceVpcEndpointAwsService.secretsManager))
        try vpc.addFlowLog("FlowLog") { $0.destination = .toCloudWatchLogs() }

        let web = try EC2.SecurityGroup(stack, "Web", .init(vpc: vpc)) {
            $0.allowAllOutbound = false
            $0.description = "web tier"
        }
        try web.addIngressRule(EC2.Peer.anyIpv4(), .tcp(443), description: "https from anywhere")
        let appGroup = try EC2.SecurityGroup(stack, "App", .init(vpc: vpc)) { $0.description = "app tier" }
        try appGroup.connections.allowFrom(web, .tcp(8080), description: "from web tier")

        _ = try Lambda.Function(stack, "InVpc", .init(runtime: .python312, handler: "index.handler",
                                                      code: .fromInline("def handler(event, context):\n    return {}"))) {
            $0.vpc = vpc
            $0.vpcSubnets = .group("App")
            $0.securityGroups = [appGroup]
        }
        try app.synth()
    }
}
