import CDK
import CDKAssertions
import CDKEC2
import CDKLambda
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/ec2-vpc-lookup-reference/app.py: lookups without a context
/// value are listed in the manifest's `missing` list exactly as the AWS CDK lists them (keys,
/// props, lookup role) while the placeholders stand in; a VPC whose value is in the context is
/// imported with its subnet groups and works with security groups, endpoints and functions.
@Suite struct VpcLookupReferenceTests {
    static let fixture = "ec2-vpc-lookup-reference"
    static let foundKey = "vpc-provider:account=123456789012:filter.tag:Name=shared:region=eu-west-1:returnAsymmetricSubnets=true"

    /// The looked-up VPC, as the CLI saves it in cdk.context.json.
    static let foundVpc: JSONValue = {
        func subnet(_ id: String, _ cidr: String, _ zone: String, _ routeTable: String) -> JSONValue {
            ["subnetId": .string(id), "cidr": .string(cidr), "availabilityZone": .string(zone), "routeTableId": .string(routeTable)]
        }
        return [
            "vpcId": "vpc-0a1b2c3d", "vpcCidrBlock": "10.10.0.0/16", "ownerAccountId": "123456789012", "availabilityZones": [],
            "subnetGroups": [
                ["name": "Ingress", "type": "Public", "subnets": [subnet("subnet-pub-b", "10.10.1.0/24", "eu-west-1b", "rtb-pub-b"),
                                                                  subnet("subnet-pub-a", "10.10.0.0/24", "eu-west-1a", "rtb-pub-a")]],
                ["name": "App", "type": "Private", "subnets": [subnet("subnet-app-a", "10.10.10.0/24", "eu-west-1a", "rtb-app-a"),
                                                               subnet("subnet-app-b", "10.10.11.0/24", "eu-west-1b", "rtb-app-b")]],
                ["name": "Data", "type": "Isolated", "subnets": [subnet("subnet-data-a", "10.10.20.0/24", "eu-west-1a", "rtb-data-a")]],
            ],
        ]
    }()

    static func port(context: [String: JSONValue] = [foundKey: foundVpc]) throws -> App {
        let app = try App(context: context, environment: [:])
        try missing(app)
        try found(app)
        return app
    }

    static func missing(_ app: App) throws {
        let stack = try Stack(app, "Missing", env: Environment(account: "123456789012", region: "us-east-1"))
        let pending = try EC2.Vpc.fromLookup(stack, "Shared", .init(vpcName: "shared"))
        _ = try EC2.SecurityGroup(stack, "Group", .init(vpc: pending))
        try CfnOutput(stack, "PendingVpcId", value: pending.vpcId)
        try CfnOutput(stack, "PendingSubnets", value: Fn.join(",", try pending.selectSubnets().subnetIds))
        try CfnOutput(stack, "PendingZones", value: Fn.join(",", pending.availabilityZones))
        _ = try EC2.Vpc.fromLookup(stack, "Tagged", .init(tags: ["team": "a:b", "env": "prod"], ownerAccountId: "210987654321", isDefault: false,
                                                         subnetGroupNameTag: "Tier", region: "us-west-2", returnVpnGateways: false))
        _ = try EC2.Vpc.fromLookup(stack, "Default", .init(isDefault: true))
        _ = try EC2.Vpc(stack, "Own") {
            $0.maxAzs = 2
            $0.natGateways = 0
        }
    }

    static func found(_ app: App) throws {
        let stack = try Stack(app, "Found", env: Environment(account: "123456789012", region: "eu-west-1"))
        let vpc = try EC2.Vpc.fromLookup(stack, "Shared", .init(vpcName: "shared"))
        try CfnOutput(stack, "VpcId", value: vpc.vpcId)
        try CfnOutput(stack, "VpcArn", value: vpc.vpcArn)
        try CfnOutput(stack, "VpcCidr", value: try vpc.vpcCidrBlock)
        try CfnOutput(stack, "Zones", value: Fn.join(",", vpc.availabilityZones))
        try CfnOutput(stack, "DefaultSubnets", value: Fn.join(",", try vpc.selectSubnets().subnetIds))
        try CfnOutput(stack, "PublicSubnets", value: Fn.join(",", try vpc.selectSubnets(.type(.public)).subnetIds))
        try CfnOutput(stack, "DataSubnets", value: Fn.join(",", try vpc.selectSubnets(.group("Data")).subnetIds))
        try CfnOutput(stack, "ZoneBSubnets", value: Fn.join(",", try vpc.selectSubnets(.init(availabilityZones: ["eu-west-1b"])).subnetIds))
        let group = try EC2.SecurityGroup(stack, "Group", .init(vpc: vpc)) { $0.allowAllOutbound = false }
        try group.addIngressRule(try EC2.Peer.ipv4(try vpc.vpcCidrBlock), .tcp(443))
        try vpc.addInterfaceEndpoint("Sqs", .init(service: EC2.InterfaceVpcEndpointAwsService.sqs))
        try vpc.addGatewayEndpoint("S3", .init(service: .s3))
        _ = try Lambda.Function(stack, "Fn", .init(runtime: .python312, handler: "index.handler",
                                                   code: .fromInline("def handler(event, context):\n    return None\n"))) { $0.vpc = vpc }
    }

    static func expectedManifest() throws -> JSONValue {
        let url = ReferenceComparison.expectedFolder(fixture).appendingPathComponent("manifest.json")
        return try JSONParser.parse(try String(contentsOf: url, encoding: .utf8))
    }

    @Test(arguments: ["Missing", "Found"])
    func templateEqualsTheAWSCDKs(stackName: String) throws {
        let assembly = try Self.port().synth()
        let expected = try ReferenceComparison.expectedTemplate(Self.fixture, stackName)
        let actual = try ReferenceComparison.actualTemplate(assembly, stackName)
        #expect(ReferenceComparison.differences(expected, actual) == [])
    }

    @Test func manifestListsTheMissingValuesAsTheAWSCDKDoes() throws {
        let assembly = try Self.port().synth()
        let expected = try #require(try Self.expectedManifest()["missing"])
        #expect(assembly.manifest["missing"] == expected)
        #expect(assembly.missingContext.map(\.provider) == ["vpc-provider", "vpc-provider", "vpc-provider", "availability-zones"])
        let text = try #require(assembly.files.first { $0.name == "manifest.json" }?.contents)
        #expect(try JSONParser.parse(text)["missing"] == expected)
    }

    @Test func nextSynthWithTheLookedUpValuesReportsNothingMissing() throws {
        // What the CLI does: look up each missing key, save it in cdk.context.json, run again.
        let first = try Self.port().synth()
        var context: [String: JSONValue] = [Self.foundKey: Self.foundVpc]
        for missing in first.missingContext {
            context[missing.key] = missing.provider == "availability-zones" ? ["us-east-1a", "us-east-1b", "us-east-1c"] : Self.foundVpc
        }
        let second = try Self.port(context: context).synth()
        #expect(second.missingContext.isEmpty)
        #expect(second.manifest["missing"] == nil)
        let template = try #require(second.stack("Missing")?.template)
        #expect(template["Outputs"]?["PendingVpcId"]?["Value"] == "vpc-0a1b2c3d")
        #expect(template["Outputs"]?["PendingZones"]?["Value"] == "eu-west-1a,eu-west-1b")
        let zones = template["Resources"]?.objectValue?.values.compactMap { $0["Properties"]?["AvailabilityZone"]?.stringValue } ?? []
        #expect(Set(zones) == ["us-east-1a", "us-east-1b"])
    }

    @Test func placeholderVpcSelectionsNeverFail() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S", env: Environment(account: "123456789012", region: "us-east-1"))
        let vpc = try EC2.Vpc.fromLookup(stack, "Vpc", .init(vpcId: "vpc-1"))
        #expect(vpc.isPendingLookup)
        #expect(try vpc.selectSubnets(.group("NoSuchGroup")).subnets.isEmpty)
        #expect(try vpc.selectSubnets(.init(availabilityZones: ["nowhere-1a"])).subnets.isEmpty)
        #expect(try vpc.vpcCidrBlock == "1.2.3.4/5")
    }
}
