import CDK
import CDKEC2
import CDKLambda
import Testing

/// The Swift port of Tests/Fixtures/ec2-security-group-reference/app.py (inline and separate
/// rules, both directions, across two stacks, imported groups, interface endpoints and
/// functions in a VPC) synthesizes the AWS CDK's templates. The app's `Imports` stack needs
/// `Vpc.fromVpcAttributes`, which is not ported yet: its stacks `Rules` and `Other` are compared.
@Suite struct SecurityGroupReferenceTests {
    static let fixture = "ec2-security-group-reference"
    static let stacks = ["Rules", "Other"]
    static var code: Lambda.Code { .fromInline("def handler(event, context):\n    return {}") }

    static func function(_ scope: Construct, _ id: String, configure: (inout Lambda.FunctionProps) throws -> Void) throws -> Lambda.Function {
        try Lambda.Function(scope, id, .init(runtime: .python312, handler: "index.handler", code: code), configure: configure)
    }

    static func port() throws -> App {
        let app = try App(environment: [:])
        let rules = try Stack(app, "Rules")
        let vpc = try EC2.Vpc(rules, "Vpc") {
            $0.maxAzs = 2
            $0.natGateways = 1
        }
        let open = try EC2.SecurityGroup(rules, "Open", .init(vpc: vpc))
        try open.addIngressRule(EC2.Peer.ipv4("10.1.0.0/16"), .tcpRange(8000, 8100))
        try open.addIngressRule(EC2.Peer.ipv6("2001:db8::/32"), .udp(53), description: "dns over v6")
        try open.addIngressRule(EC2.Peer.anyIpv6(), .allIcmpV6())
        try open.addIngressRule(EC2.Peer.prefixList("pl-12345678"), .https)
        try open.addIngressRule(EC2.Peer.securityGroupId("sg-0123456789abcdef0", sourceSecurityGroupOwnerId: "111122223333"), .allTcp())
        try open.addIngressRule(EC2.Peer.anyIpv4(), .icmpPing())
        try open.addIngressRule(EC2.Peer.anyIpv4(), .icmpPing(), description: "duplicate")
        try open.addEgressRule(EC2.Peer.anyIpv4(), .tcp(25))

        let closed = try EC2.SecurityGroup(rules, "Closed", .init(vpc: vpc)) {
            $0.allowAllOutbound = false
            $0.allowAllIpv6Outbound = true
            $0.securityGroupName = "closed-group"
        }
        try closed.addEgressRule(EC2.Peer.ipv4("10.0.0.0/8"), .udpRange(1000, 2000))
        try closed.addEgressRule(EC2.Peer.anyIpv6(), .tcp(443))
        try closed.connections.allowTo(open, .tcp(5432), description: "to the database")
        try open.connections.allowInternally(.tcp(7000))

        _ = try EC2.SecurityGroup(rules, "Untouched", .init(vpc: vpc)) { $0.allowAllOutbound = false }

        let separate = try EC2.SecurityGroup(rules, "Separate", .init(vpc: vpc)) { $0.disableInlineRules = true }
        try separate.addIngressRule(EC2.Peer.anyIpv4(), .tcp(80))
        let separateClosed = try EC2.SecurityGroup(rules, "SeparateClosed", .init(vpc: vpc)) {
            $0.disableInlineRules = true
            $0.allowAllOutbound = false
        }
        try separateClosed.addEgressRule(EC2.Peer.anyIpv4(), .tcp(443))
        _ = try EC2.SecurityGroup(rules, "SeparateUntouched", .init(vpc: vpc)) {
            $0.disableInlineRules = true
            $0.allowAllOutbound = false
        }

        let imported = try EC2.SecurityGroup.fromSecurityGroupId(rules, "Imported", "sg-0aaaaaaaaaaaaaaaa")
        try imported.connections.allowFrom(open, .tcp(22))
        let importedClosed = try EC2.SecurityGroup.fromSecurityGroupId(rules, "ImportedClosed", "sg-0bbbbbbbbbbbbbbbb", .init(allowAllOutbound: false))
        try importedClosed.connections.allowTo(open, .tcp(23))
        let immutable = try EC2.SecurityGroup.fromSecurityGroupId(rules, "Immutable", "sg-0cccccccccccccccc", .init(mutable: false))
        try immutable.connections.allowFrom(closed, .tcp(24))

        let endpoint = try vpc.addInterfaceEndpoint("Sqs", .init(service: EC2.InterfaceVpcEndpointAwsService.sqs, open: false))
        try endpoint.connections.allowDefaultPortFrom(open, description: "from open")
        try endpoint.connections.allowDefaultPortFromAnyIpv4(description: "from anywhere")

        let fn = try function(rules, "Fn") { $0.vpc = vpc }
        try fn.connections.allowTo(open, .tcp(6379), description: "to redis")
        _ = try function(rules, "ClosedFn") {
            $0.vpc = vpc
            $0.allowAllOutbound = false
        }
        _ = try function(rules, "PublicFn") {
            $0.vpc = vpc
            $0.vpcSubnets = .type(.public)
            $0.allowPublicSubnet = true
        }

        let other = try Stack(app, "Other")
        let remote = try EC2.SecurityGroup(other, "Remote", .init(vpc: vpc)) { $0.allowAllOutbound = false }
        try remote.connections.allowFrom(open, .tcp(9000))
        try remote.connections.allowTo(closed, .tcp(9001))
        return app
    }

    @Test(arguments: stacks)
    func templateEqualsTheAWSCDKs(stackName: String) throws {
        let assembly = try Self.port().synth()
        let expected = try ReferenceComparison.expectedTemplate(Self.fixture, stackName)
        let actual = try ReferenceComparison.actualTemplate(assembly, stackName)
        #expect(ReferenceComparison.differences(expected, actual) == [])
    }
}
