import CDK
import CDKEC2
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/ec2-token-ports-reference/app.py (rules on ports that are a
/// Number parameter: between groups, a range, UDP, a connection's default port) must synthesize
/// the AWS CDK's template: such rules are separate resources whose ids and descriptions say
/// `{IndirectPort}`.
@Suite struct TokenPortReferenceTests {
    @Test func templateEqualsTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Ports")
        let vpc = try EC2.Vpc(stack, "Vpc") {
            $0.maxAzs = 1
            $0.natGateways = 0
            $0.subnetConfiguration = [.init(name: "Public", subnetType: .public)]
        }
        let port = try CfnParameter(stack, "DbPort", type: "Number", default: 5432)
        let a = try EC2.SecurityGroup(stack, "A", .init(vpc: vpc))
        let b = try EC2.SecurityGroup(stack, "B", .init(vpc: vpc))
        try a.connections.allowFrom(b, .tcp(port.valueAsNumber))
        try a.addIngressRule(try EC2.Peer.ipv4("10.0.0.0/16"), .tcpRange(port.valueAsNumber, 6000))
        try a.addIngressRule(EC2.Peer.anyIpv4(), .udp(port.valueAsNumber))
        let db = EC2.Connections(securityGroups: [a], defaultPort: .tcp(port.valueAsNumber))
        try db.allowDefaultPortFrom(try EC2.Peer.ipv4("10.1.0.0/16"), description: "clients")

        let expected = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/ec2-token-ports-reference/expected/Ports.template.json"), encoding: .utf8)
        let assembly = try app.synth()
        #expect(assembly.stack("Ports")?.template == (try JSONParser.parse(expected)))
        #expect(assembly.files.first { $0.name == "Ports.template.json" }?.contents == expected)
        #expect(EC2.Port.tcp(port.valueAsNumber).description == "{IndirectPort}")
    }
}
