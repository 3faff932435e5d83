import CDK
import CDKAssertions
import CDKEC2
import Testing

/// `associatePublicIpAddress` and `resourceSignalTimeout` of instances, after
/// aws-ec2/test/instance.test.ts.
@Suite struct InstancePublicIpTests {
    func stack() throws -> (Stack, EC2.Vpc) {
        let stack = try Stack(try App(environment: [:]), "S")
        return (stack, try EC2.Vpc(stack, "Vpc") { $0.maxAzs = 1; $0.natGateways = 0 })
    }

    func instance(_ stack: Stack, _ vpc: EC2.Vpc, _ id: String = "Instance",
                  configure: (inout EC2.InstanceProps) throws -> Void) throws -> EC2.Instance {
        try EC2.Instance(stack, id, .init(vpc: vpc, instanceType: EC2.InstanceType("t3.micro"),
                                          machineImage: EC2.MachineImage.latestAmazonLinux2023()), configure: configure)
    }

    @Test(arguments: [true, false])
    func thePrimaryInterfaceCarriesTheSubnetGroupsAndAddress(associate: Bool) throws {
        let (stack, vpc) = try stack()
        let instance = try instance(stack, vpc) {
            $0.vpcSubnets = .type(.public)
            $0.associatePublicIpAddress = associate
            $0.privateIpAddress = "10.0.0.10"
        }
        let template = try Template(stack)
        let groupId = try template.logicalId(of: try #require(instance.connections.securityGroups[0].node.defaultChild))
        let subnetId = try template.logicalId(of: try #require(vpc.publicSubnets[0].node.defaultChild))
        try template.hasResourceProperties("AWS::EC2::Instance", [
            "NetworkInterfaces": [["AssociatePublicIpAddress": Pattern(booleanLiteral: associate), "DeviceIndex": "0",
                                   "GroupSet": [["Fn::GetAtt": ["\(groupId)", "GroupId"]]],
                                   "PrivateIpAddress": "10.0.0.10", "SubnetId": ["Ref": "\(subnetId)"]]],
            "SubnetId": Match.absent(), "SecurityGroupIds": Match.absent(), "PrivateIpAddress": Match.absent(),
        ])
    }

    @Test func aPublicAddressWaitsForTheInternetRoute() throws {
        let (stack, vpc) = try stack()
        _ = try instance(stack, vpc) {
            $0.vpcSubnets = .type(.public)
            $0.associatePublicIpAddress = true
        }
        let template = try Template(stack)
        let dependsOn = try #require(template.findResources("AWS::EC2::Instance").values.first?.objectValue?["DependsOn"]?.arrayValue)
        #expect(dependsOn.compactMap(\.stringValue).contains { $0.hasPrefix("VpcPublicSubnet1DefaultRoute") })
    }

    @Test func aPublicAddressNeedsPublicSubnets() throws {
        let (stack, vpc) = try stack()
        try expectError(path: "/S/Instance", message: "To set 'associatePublicIpAddress: true' you must select Public subnets") {
            _ = try instance(stack, vpc) { $0.associatePublicIpAddress = true }
        }
        // `false` is fine anywhere.
        _ = try instance(stack, vpc, "Private") { $0.associatePublicIpAddress = false }
    }

    @Test func theSignalTimeoutIsTheCreationPolicy() throws {
        let (stack, vpc) = try stack()
        _ = try instance(stack, vpc) { $0.resourceSignalTimeout = .minutes(15) }
        try Template(stack).hasResource("AWS::EC2::Instance", ["CreationPolicy": ["ResourceSignal": ["Timeout": "PT15M"]]])
    }
}

/// The Swift port of Tests/Fixtures/ec2-instance-public-ip-reference/app.py synthesizes the AWS CDK's template.
@Suite struct InstancePublicIpReferenceTests {
    static func port() throws -> App {
        let app = try App(environment: [:])
        let stack = try Stack(app, "PublicIp")
        let vpc = try EC2.Vpc(stack, "Vpc") { $0.maxAzs = 1; $0.natGateways = 0 }
        let image = EC2.MachineImage.latestAmazonLinux2023()
        let type = EC2.InstanceType("t3.micro")
        let publicInstance = try EC2.Instance(stack, "Public", .init(vpc: vpc, instanceType: type, machineImage: image)) {
            $0.vpcSubnets = .type(.public)
            $0.associatePublicIpAddress = true
            $0.privateIpAddress = "10.0.0.10"
        }
        publicInstance.addSecurityGroup(try EC2.SecurityGroup(stack, "Extra", .init(vpc: vpc)))
        _ = try EC2.Instance(stack, "NoPublic", .init(vpc: vpc, instanceType: type, machineImage: image)) {
            $0.vpcSubnets = .type(.public)
            $0.associatePublicIpAddress = false
        }
        _ = try EC2.Instance(stack, "Signalled", .init(vpc: vpc, instanceType: type, machineImage: image)) {
            $0.vpcSubnets = .type(.public)
            $0.resourceSignalTimeout = .minutes(15)
        }
        return app
    }

    @Test func templateEqualsTheAWSCDKs() throws {
        let assembly = try Self.port().synth()
        let expected = try ReferenceComparison.expectedTemplate("ec2-instance-public-ip-reference", "PublicIp")
        let actual = try ReferenceComparison.actualTemplate(assembly, "PublicIp")
        #expect(ReferenceComparison.differences(expected, actual) == [])
    }

    @Test(.enabled(if: CfnLint.isAvailable()))
    func templatePassesCfnLint() throws {
        let app = try Self.port()
        try lint(try #require(app.node.children.compactMap { $0 as? Stack }.first))
    }
}
