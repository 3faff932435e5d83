import CDK
import CDKAssertions
import CDKEC2
import CDKLambda
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/ec2-vpc-import-reference/app.py: a VPC from its attributes
/// (named and default subnet groups, route tables and blocks given or not), subnets by id and by
/// attributes, imported security groups with their options, and what uses them.
@Suite struct VpcImportReferenceTests {
    static let fixture = "ec2-vpc-import-reference"

    static func port() throws -> App {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Imported")
        var attributes = EC2.VpcAttributes(vpcId: "vpc-1234", availabilityZones: ["eu-west-1a", "eu-west-1b"])
        attributes.vpcCidrBlock = "10.0.0.0/16"
        attributes.publicSubnetIds = ["pub-1", "pub-2", "pub-3", "pub-4"]
        attributes.publicSubnetNames = ["Web", "Edge"]
        attributes.publicSubnetRouteTableIds = ["rtb-p1", "rtb-p2", "rtb-p3", "rtb-p4"]
        attributes.privateSubnetIds = ["priv-1", "priv-2"]
        attributes.privateSubnetRouteTableIds = ["rtb-q1", "rtb-q2"]
        attributes.privateSubnetIpv4CidrBlocks = ["10.0.1.0/24", "10.0.2.0/24"]
        attributes.isolatedSubnetIds = ["iso-1", "iso-2"]
        let vpc = try EC2.Vpc.fromVpcAttributes(stack, "Vpc", attributes)
        try CfnOutput(stack, "VpcArn", value: vpc.vpcArn)
        try CfnOutput(stack, "DefaultSubnets", value: Fn.join(",", try vpc.selectSubnets().subnetIds))
        try CfnOutput(stack, "EdgeSubnets", value: Fn.join(",", try vpc.selectSubnets(.group("Edge")).subnetIds))
        try CfnOutput(stack, "IsolatedSubnets", value: Fn.join(",", try vpc.selectSubnets(.type(.privateIsolated)).subnetIds))
        try CfnOutput(stack, "OnePerAz", value: Fn.join(",", try vpc.selectSubnets(.init(subnetType: .public, onePerAz: true)).subnetIds))
        try CfnOutput(stack, "ZoneB", value: Fn.join(",", try vpc.selectSubnets(.init(subnetType: .public, availabilityZones: ["eu-west-1b"])).subnetIds))
        _ = try EC2.SecurityGroup(stack, "Group", .init(vpc: vpc))
        try vpc.addInterfaceEndpoint("Sts", .init(service: EC2.InterfaceVpcEndpointAwsService.sts))
        try vpc.addGatewayEndpoint("Dynamo", .init(service: .dynamodb, subnets: [.type(.privateWithEgress)]))

        let byId = try EC2.Subnet.fromSubnetId(stack, "ById", "subnet-0001")
        let byAttributes = try EC2.Subnet.fromSubnetAttributes(stack, "ByAttributes", .init(
            subnetId: "subnet-0002", availabilityZone: "eu-west-1b", routeTableId: "rtb-0002"))
        try CfnOutput(stack, "ByAttributesZone", value: try byAttributes.availabilityZone)

        let egress = try EC2.SecurityGroup.fromSecurityGroupId(stack, "Egress", "sg-egress", .init(allowAllOutbound: false))
        try egress.addEgressRule(try EC2.Peer.ipv4("10.1.0.0/16"), .tcp(5432))
        try egress.addIngressRule(EC2.Peer.anyIpv4(), .tcp(443))
        let defaultOut = try EC2.SecurityGroup.fromSecurityGroupId(stack, "DefaultOut", "sg-default")
        try defaultOut.addEgressRule(try EC2.Peer.ipv4("10.2.0.0/16"), .tcp(80))
        try defaultOut.addIngressRule(try EC2.Peer.ipv4("10.3.0.0/16"), .tcp(22))
        let frozen = try EC2.SecurityGroup.fromSecurityGroupId(stack, "Frozen", "sg-frozen", .init(mutable: false))
        try frozen.addIngressRule(EC2.Peer.anyIpv4(), .tcp(80))

        let code = Lambda.Code.fromInline("def handler(event, context):\n    return None\n")
        _ = try Lambda.Function(stack, "InVpc", .init(runtime: .python312, handler: "index.handler", code: code)) {
            $0.vpc = vpc
            $0.securityGroups = [egress]
        }
        _ = try Lambda.Function(stack, "InSubnets", .init(runtime: .python312, handler: "index.handler", code: code)) {
            $0.vpc = vpc
            $0.vpcSubnets = .init(subnets: [byId, byAttributes])
        }
        return app
    }

    @Test func templateEqualsTheAWSCDKs() throws {
        let assembly = try Self.port().synth()
        let expected = try ReferenceComparison.expectedTemplate(Self.fixture, "Imported")
        let actual = try ReferenceComparison.actualTemplate(assembly, "Imported")
        #expect(ReferenceComparison.differences(expected, actual) == [])
    }

    @Test func warnsOfEverySubnetWithoutRouteTableAsTheAWSCDKDoes() throws {
        let assembly = try Self.port().synth()
        let url = ReferenceComparison.expectedFolder(Self.fixture).appendingPathComponent("Imported.metadata.json")
        let expected = try JSONParser.parse(try String(contentsOf: url, encoding: .utf8))
        var expectedWarnings: [String] = []
        for (path, entries) in expected.objectValue ?? [:] {
            for entry in entries.arrayValue ?? [] where entry["type"] == "aws:cdk:warning" {
                expectedWarnings.append("\(path): \(entry["data"]?.stringValue ?? "")")
            }
        }
        let actual = assembly.messages.filter { $0.level == .warning }.map { "\($0.path): \($0.message)" }
        #expect(actual.sorted() == expectedWarnings.sorted())
        #expect(assembly.missingContext.isEmpty)
    }
}
