import CDK
import CDKAssertions
import CDKEC2
import CDKIAM
import Testing

/// Launch templates, after aws-ec2/test/launch-template.test.ts.
@Suite struct LaunchTemplateTests {
    func stack(context: [String: JSONValue] = [:]) throws -> Stack { try Stack(try App(context: context, environment: [:]), "S") }

    @Test func withoutASecurityGroupOrRoleItIsNeitherConnectableNorGrantable() throws {
        let stack = try stack()
        let template = try EC2.LaunchTemplate(stack, "Template")
        try expectError(message: "LaunchTemplate can only be used as IConnectable if a securityGroup is provided") { try template.connections }
        try expectError(message: "LaunchTemplate can only be used as IGrantable if a role is provided") { try template.grantPrincipal }
        let vpc = try EC2.Vpc(stack, "Vpc") { $0.maxAzs = 1; $0.natGateways = 0 }
        try expectError(message: "LaunchTemplate can only be added a securityGroup") {
            try template.addSecurityGroup(try EC2.SecurityGroup(stack, "SG", .init(vpc: vpc)))
        }
        #expect(template.userData == nil)
        #expect(template.role == nil)
    }

    @Test func addedSecurityGroupsAreListed() throws {
        let stack = try stack()
        let vpc = try EC2.Vpc(stack, "Vpc") { $0.maxAzs = 1; $0.natGateways = 0 }
        let first = try EC2.SecurityGroup(stack, "First", .init(vpc: vpc))
        let second = try EC2.SecurityGroup(stack, "Second", .init(vpc: vpc))
        let template = try EC2.LaunchTemplate(stack, "Template") { $0.securityGroup = first }
        try template.addSecurityGroup(second)
        #expect(try template.connections.securityGroups.count == 2)
        let json = try Template(stack)
        try json.hasResourceProperties("AWS::EC2::LaunchTemplate", ["LaunchTemplateData": Match.objectLike(["SecurityGroupIds": [
            ["Fn::GetAtt": ["\(try json.logicalId(of: first.cfnSecurityGroup))", "GroupId"]],
            ["Fn::GetAtt": ["\(try json.logicalId(of: second.cfnSecurityGroup))", "GroupId"]],
        ]])])
    }

    @Test func aRoleGetsAnInstanceProfileAndIsTheGrantPrincipal() throws {
        let stack = try stack()
        let role = try IAM.Role(stack, "Role", .init(assumedBy: IAM.ServicePrincipal("ec2.amazonaws.com")))
        let template = try EC2.LaunchTemplate(stack, "Template") { $0.role = role }
        #expect(try template.grantPrincipal === role)
        let json = try Template(stack)
        try json.hasResourceProperties("AWS::IAM::InstanceProfile", ["Roles": [["Ref": "\(try json.logicalId(of: role.node.defaultChild!))"]]])
        try json.hasResourceProperties("AWS::EC2::LaunchTemplate", ["LaunchTemplateData": Match.objectLike([
            "IamInstanceProfile": ["Arn": ["Fn::GetAtt": ["\(try json.logicalId(of: template.instanceProfile!))", "Arn"]]],
        ])])
    }

    @Test func theImageUserDataNeedsTheFeatureFlag() throws {
        let plain = try stack()
        let without = try EC2.LaunchTemplate(plain, "Template") { $0.machineImage = EC2.MachineImage.latestAmazonLinux2023() }
        #expect(without.userData == nil)
        #expect(without.osType == .linux)
        let flagged = try stack(context: [EC2.LaunchTemplate.defaultUserDataFlag: true])
        let with = try EC2.LaunchTemplate(flagged, "Template") { $0.machineImage = EC2.MachineImage.latestAmazonLinux2023() }
        #expect(with.userData?.render() == "#!/bin/bash")
        try Template(flagged).hasResourceProperties("AWS::EC2::LaunchTemplate", ["LaunchTemplateData": Match.objectLike([
            "UserData": ["Fn::Base64": "#!/bin/bash"],
        ])])
    }

    @Test func tagsReachTheTemplateTheInstancesAndTheVolumes() throws {
        let stack = try stack()
        let template = try EC2.LaunchTemplate(stack, "Template")
        try Tags.of(template).add("Team", "a")
        let tags: Pattern = [["Key": "Name", "Value": "S/Template"], ["Key": "Team", "Value": "a"]]
        try Template(stack).hasResourceProperties("AWS::EC2::LaunchTemplate", [
            "LaunchTemplateData": ["TagSpecifications": [["ResourceType": "instance", "Tags": tags], ["ResourceType": "volume", "Tags": tags]]],
            "TagSpecifications": [["ResourceType": "launch-template", "Tags": tags]],
        ])
    }

    @Test func membersReachTheTemplateData() throws {
        let stack = try stack()
        _ = try EC2.LaunchTemplate(stack, "Template") {
            $0.keyName = "key"
            $0.detailedMonitoring = true
            $0.ebsOptimized = true
            $0.disableApiTermination = true
            $0.versionDescription = "first"
            $0.blockDevices = [.init(deviceName: "d", volume: .ebs(.gibibytes(10), .init(volumeType: .gp3, throughput: 250))),
                               .init(deviceName: "off", volume: try .ephemeral(0), mappingEnabled: false)]
        }
        try Template(stack).hasResourceProperties("AWS::EC2::LaunchTemplate", [
            "VersionDescription": "first",
            "LaunchTemplateData": Match.objectLike([
                "KeyName": "key", "Monitoring": ["Enabled": true], "EbsOptimized": true, "DisableApiTermination": true,
                "BlockDeviceMappings": [["DeviceName": "d", "Ebs": ["VolumeSize": 10, "VolumeType": "gp3", "Throughput": 250]],
                                        ["DeviceName": "off", "NoDevice": "", "VirtualName": "ephemeral0"]],
            ]),
        ])
    }

    @Test func badInputIsRejected() throws {
        let stack = try stack()
        try expectError(path: "/S/Long", message: "versionDescription must be less than or equal to 255 characters, got 256") {
            try EC2.LaunchTemplate(stack, "Long") { $0.versionDescription = String(repeating: "x", count: 256) }
        }
        try expectError(path: "/S/Throughput", message: "'throughput' requires 'volumeType': gp3, got: gp2.") {
            try EC2.LaunchTemplate(stack, "Throughput") { $0.blockDevices = [.init(deviceName: "d", volume: .ebs(.gibibytes(10), .init(volumeType: .gp2, throughput: 250)))] }
        }
        try expectError(path: "/S/Range", message: "'throughput' must be between 125 and 1000, got 1001.") {
            try EC2.LaunchTemplate(stack, "Range") { $0.blockDevices = [.init(deviceName: "d", volume: .ebs(.gibibytes(10), .init(volumeType: .gp3, throughput: 1001)))] }
        }
        try expectError(path: "/S/Ratio", message: "Throughput (MiBps) to iops ratio of 0.3 is too high; maximum is 0.25 MiBps per iops") {
            try EC2.LaunchTemplate(stack, "Ratio") { $0.blockDevices = [.init(deviceName: "d", volume: .ebs(.gibibytes(10), .init(iops: 1000, volumeType: .gp3, throughput: 300)))] }
        }
    }
}
