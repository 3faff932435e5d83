import CDK
import CDKAssertions
import CDKEC2
import Testing

/// Imported and looked-up VPCs, checked against the AWS CDK's unit tests
/// (aws-ec2/test/vpc.from-lookup.test.ts and the import sections of vpc.test.ts): subnet
/// groups, selections, the attribute checks and the availability-zone lookup.
@Suite struct VpcImportTests {
    static let env = Environment(account: "123456789012", region: "us-east-1")
    static let lookupKey = "vpc-provider:account=123456789012:filter.isDefault=true:region=us-east-1:returnAsymmetricSubnets=true"

    private func stack(context: [String: JSONValue] = [:]) throws -> Stack {
        try Stack(try App(context: context, environment: [:]), "S", env: Self.env)
    }

    private func subnet(_ id: String, _ zone: String, cidr: String? = nil) -> JSONValue {
        var subnet: JSONObject = ["subnetId": .string(id), "availabilityZone": .string(zone), "routeTableId": "rt-123"]
        if let cidr { subnet["cidr"] = .string(cidr) }
        return .object(subnet)
    }

    private func asymmetricVpc() -> JSONValue {
        ["vpcId": "vpc-1234", "subnetGroups": [
            ["name": "Public", "type": "Public", "subnets": [subnet("pub-a", "us-east-1a"), subnet("pub-b", "us-east-1b")]],
            ["name": "Private", "type": "Private", "subnets": [
                subnet("pri-1c", "us-east-1c"), subnet("pri-2c", "us-east-1c"), subnet("pri-1d", "us-east-1d"), subnet("pri-2d", "us-east-1d"),
            ]],
        ]]
    }

    // MARK: Vpc.fromLookup

    @Test func lookupNeedsConcreteArguments() throws {
        let stack = try stack()
        try expectError(path: "/S", message: "All arguments to Vpc.fromLookup() must be concrete") {
            try EC2.Vpc.fromLookup(stack, "Vpc", .init(vpcId: Aws.stackName))
        }
        try expectError(path: "/S", message: "must be concrete") {
            try EC2.Vpc.fromLookup(stack, "Tagged", .init(tags: ["k": Aws.region]))
        }
    }

    @Test func lookupNeedsAStackWithAccountAndRegion() throws {
        let stack = try Stack(try App(environment: [:]), "Agnostic")
        try expectError(path: "/Agnostic", message: "account/region are not specified at the stack level") {
            try EC2.Vpc.fromLookup(stack, "Vpc", .init(isDefault: true))
        }
    }

    @Test func lookedUpVpcAcceptsAsymmetricSubnets() throws {
        let vpc = try EC2.Vpc.fromLookup(try stack(context: [Self.lookupKey: asymmetricVpc()]), "Vpc", .init(isDefault: true))
        #expect(!vpc.isPendingLookup)
        #expect(vpc.availabilityZones == ["us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d"])
        #expect(vpc.publicSubnets.count == 2 && vpc.privateSubnets.count == 4 && vpc.isolatedSubnets.isEmpty)
        #expect(vpc.privateSubnets.map(\.node.id) == ["PrivateSubnet1", "PrivateSubnet2", "PrivateSubnet3", "PrivateSubnet4"])
        let onePerAz = try vpc.selectSubnets(.init(subnetType: .privateWithEgress, onePerAz: true))
        #expect(try onePerAz.availabilityZones == ["us-east-1c", "us-east-1d"])
    }

    @Test func lookedUpSubnetsHaveEveryAttribute() throws {
        let value: JSONValue = ["vpcId": "vpc-1234", "subnetGroups": [
            ["name": "Public", "type": "Public", "subnets": [subnet("pub-a", "us-east-1a", cidr: "10.100.0.0/24")]],
        ]]
        let vpc = try EC2.Vpc.fromLookup(try stack(context: [Self.lookupKey: value]), "Vpc", .init(isDefault: true))
        let subnet = try #require(vpc.publicSubnets.first)
        #expect(try subnet.availabilityZone == "us-east-1a")
        #expect(subnet.subnetId == "pub-a")
        #expect(subnet.routeTable.routeTableId == "rt-123")
        #expect(try subnet.ipv4CidrBlock == "10.100.0.0/24")
        // An old CLI's value without the VPC's block.
        try expectError(path: "/S/Vpc", message: "'vpcCidrBlock' was not found when looking up this VPC") { try vpc.vpcCidrBlock }
    }

    @Test func lookedUpVpcTakesTheRegionAndOwnerOfTheLookup() throws {
        let key = "vpc-provider:account=123456789012:filter.vpc-id=vpc-1234:region=region-1234:returnAsymmetricSubnets=true"
        let value: JSONValue = ["vpcId": "vpc-1234", "subnetGroups": [], "region": "region-1234", "ownerAccountId": "210987654321"]
        let vpc = try EC2.Vpc.fromLookup(try stack(context: [key: value]), "Vpc", .init(vpcId: "vpc-1234", region: "region-1234"))
        #expect(vpc.vpcId == "vpc-1234")
        let resource = try #require(vpc as? Resource)
        #expect(resource.environment.region == "region-1234")
        #expect(resource.environment.account == "210987654321")
        #expect(vpc.vpcArn.hasSuffix(":ec2:region-1234:210987654321:vpc/vpc-1234"))
    }

    @Test func pendingLookupMatchesTheStacksDummyZones() throws {
        let stack = try stack()
        let vpc = try EC2.Vpc.fromLookup(stack, "Vpc", .init(isDefault: true))
        #expect(vpc.isPendingLookup)
        #expect(try vpc.selectSubnets(.init(availabilityZones: try EC2.availabilityZones(of: stack))).subnets.count == 2)
        #expect(try vpc.selectSubnets(.group("application_layer")).subnets.isEmpty)
    }

    @Test func malformedContextValueIsAnError() throws {
        let stack = try stack(context: [Self.lookupKey: ["subnetGroups": []]])
        try expectError(path: "/S", message: "'vpcId' is missing") { try EC2.Vpc.fromLookup(stack, "Vpc", .init(isDefault: true)) }
    }

    // MARK: availability zones

    @Test func zonesOfAStackWithEnvironmentAreLookedUp() throws {
        let stack = try stack()
        #expect(try EC2.availabilityZones(of: stack) == ["dummy1a", "dummy1b", "dummy1c"])
        #expect(stack.missingContext.map(\.key) == ["availability-zones:account=123456789012:region=us-east-1"])
        #expect(stack.missingContext.first?.props["dummyValue"] == ["dummy1a", "dummy1b", "dummy1c"])

        let found = try self.stack(context: ["availability-zones:account=123456789012:region=us-east-1": ["us-east-1a", "us-east-1b"]])
        #expect(try EC2.availabilityZones(of: found) == ["us-east-1a", "us-east-1b"])
        #expect(found.missingContext.isEmpty)
    }

    @Test func zonesFromCdkContextJsonReachTheApp() throws {
        // The CLI passes cdk.context.json's values in CDK_CONTEXT_JSON.
        let json = #"{"availability-zones:account=123456789012:region=us-east-1": ["us-east-1d", "us-east-1e"]}"#
        let app = try App(environment: ["CDK_CONTEXT_JSON": json])
        let stack = try Stack(app, "S", env: Self.env)
        let vpc = try EC2.Vpc(stack, "Vpc")
        #expect(vpc.availabilityZones == ["us-east-1d", "us-east-1e"])
        #expect(try app.synth().missingContext.isEmpty)
    }

    @Test func zonesOfAnAgnosticStackReportNothing() throws {
        let stack = try Stack(try App(environment: [:]), "Agnostic")
        #expect(try EC2.availabilityZones(of: stack).count == 2)
        #expect(stack.missingContext.isEmpty)
    }

    @Test func zonesThatAreNotAListAreAnError() throws {
        let stack = try stack(context: ["availability-zones:account=123456789012:region=us-east-1": "us-east-1a"])
        try expectError(path: "/S", message: "Provider availability-zones expects a list") { try EC2.availabilityZones(of: stack) }
    }

    // MARK: Vpc.fromVpcAttributes

    private func attributes(zones: [String] = ["us-east-1a", "us-east-1b"]) -> EC2.VpcAttributes {
        EC2.VpcAttributes(vpcId: "vpc-1234", availabilityZones: zones)
    }

    @Test func subnetIdsMustBeAMultipleOfTheZones() throws {
        var attributes = attributes()
        attributes.publicSubnetIds = ["s-1", "s-2", "s-3"]
        try expectError(path: "/S/Vpc", message: "Number of publicSubnetIds (3) must be a multiple of availability zones (2).") {
            try EC2.Vpc.fromVpcAttributes(try stack(), "Vpc", attributes)
        }
    }

    @Test func routeTablesAndBlocksGoOnePerSubnet() throws {
        var attributes = attributes()
        attributes.privateSubnetIds = ["s-1", "s-2"]
        attributes.privateSubnetRouteTableIds = ["rt-1"]
        try expectError(path: "/S/Vpc", message: "Number of privateSubnetRouteTableIds (1) must be equal to the amount of privateSubnetIds (2).") {
            try EC2.Vpc.fromVpcAttributes(try stack(), "Vpc", attributes)
        }
        attributes.privateSubnetRouteTableIds = nil
        attributes.privateSubnetIpv4CidrBlocks = ["10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24"]
        try expectError(path: "/S/Vpc2", message: "Number of privateSubnetIpv4CidrBlocks (3) must be equal to the amount of privateSubnetIds (2).") {
            try EC2.Vpc.fromVpcAttributes(try stack(), "Vpc2", attributes)
        }
    }

    @Test func namesGoOnePerGroup() throws {
        var attributes = attributes()
        attributes.isolatedSubnetIds = ["s-1", "s-2", "s-3", "s-4"]
        attributes.isolatedSubnetNames = ["Only"]
        try expectError(path: "/S/Vpc", message: #"isolatedSubnetNames must have an entry for every corresponding subnet group, got: ["Only"]"#) {
            try EC2.Vpc.fromVpcAttributes(try stack(), "Vpc", attributes)
        }
    }

    @Test func importedSubnetsGoZoneByZoneAndGroupByGroup() throws {
        var attributes = attributes()
        attributes.publicSubnetIds = ["p-1", "p-2"]
        attributes.privateSubnetIds = ["q-1", "q-2", "q-3", "q-4"]
        attributes.privateSubnetNames = ["App", "Db"]
        let vpc = try EC2.Vpc.fromVpcAttributes(try stack(), "Vpc", attributes)
        #expect(vpc.publicSubnets.map(\.node.id) == ["PublicSubnet1", "PublicSubnet2"])
        #expect(vpc.privateSubnets.map(\.node.id) == ["AppSubnet1", "AppSubnet2", "DbSubnet3", "DbSubnet4"])
        #expect(try vpc.privateSubnets.map { try $0.availabilityZone } == ["us-east-1a", "us-east-1b", "us-east-1a", "us-east-1b"])
        #expect(try vpc.selectSubnets(.group("Db")).subnetIds == ["q-3", "q-4"])
        #expect(try vpc.selectSubnets().subnetIds == ["q-1", "q-2", "q-3", "q-4"])
        try expectError(message: "There are no 'Isolated' subnet groups in this VPC") { try vpc.selectSubnets(.type(.privateIsolated)) }
        try expectError(path: "/S/Vpc", message: "'vpcCidrBlock' was not supplied when creating this VPC") { try vpc.vpcCidrBlock }
    }

    @Test func importedVpcWithoutZonesCannotHaveSubnets() throws {
        try expectError(path: "/S/Vpc", message: "must be a multiple of availability zones (0)") {
            try EC2.Vpc.fromVpcAttributes(try stack(), "Vpc", attributes(zones: []))
        }
    }

    @Test func importedVpcTakesTheGivenRegion() throws {
        var attributes = attributes()
        attributes.region = "eu-west-2"
        let vpc = try EC2.Vpc.fromVpcAttributes(try stack(), "Vpc", attributes)
        #expect((vpc as? Resource)?.environment.region == "eu-west-2")
    }
}
