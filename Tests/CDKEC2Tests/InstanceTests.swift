import CDK
import CDKAssertions
import CDKEC2
import CDKIAM
import Testing

/// Instances, after aws-ec2/test/instance.test.ts: defaults, the logical id that follows the
/// user data, IMDSv2, subnets and zones, extra security groups, block devices, grants.
@Suite struct InstanceTests {
    func stack(context: [String: JSONValue] = [:]) throws -> (Stack, EC2.Vpc) {
        let stack = try Stack(try App(context: context, environment: [:]), "S")
        return (stack, try EC2.Vpc(stack, "Vpc") { $0.maxAzs = 2; $0.natGateways = 1 })
    }

    func instance(_ stack: Stack, _ vpc: EC2.Vpc, _ id: String = "Instance",
                  configure: (inout EC2.InstanceProps) throws -> Void = { _ in }) throws -> EC2.Instance {
        try EC2.Instance(stack, id, .init(vpc: vpc, instanceType: .of(.t3, .large), machineImage: EC2.MachineImage.latestAmazonLinux2023()),
                         configure: configure)
    }

    @Test func createsAGroupARoleAndAnInstanceProfile() throws {
        let (stack, vpc) = try stack()
        let instance = try instance(stack, vpc)
        #expect(instance.osType == .linux)
        #expect(instance.grantPrincipal === instance.role)
        #expect(instance.connections.securityGroups.count == 1)
        let template = try Template(stack)
        let roleId = try template.logicalId(of: try #require(instance.role.node.defaultChild))
        try template.hasResourceProperties("AWS::IAM::Role", ["AssumeRolePolicyDocument": ["Statement": [[
            "Action": "sts:AssumeRole", "Effect": "Allow", "Principal": ["Service": "ec2.amazonaws.com"],
        ]]]])
        try template.hasResourceProperties("AWS::IAM::InstanceProfile", ["Roles": [["Ref": "\(roleId)"]]])
        try template.hasResource("AWS::EC2::Instance", [
            "Properties": ["InstanceType": "t3.large", "Tags": [["Key": "Name", "Value": "S/Instance"]],
                           "UserData": ["Fn::Base64": "#!/bin/bash"],
                           "SubnetId": ["Ref": "\(try template.logicalId(of: vpc.privateSubnets[0].node.defaultChild!))"]],
            "DependsOn": ["\(roleId)"],
        ])
        try template.hasResourceProperties("AWS::EC2::SecurityGroup", ["GroupDescription": "S/Instance/InstanceSecurityGroup"])
    }

    @Test func theInstanceDependsOnTheRolesPolicy() throws {
        let (stack, vpc) = try stack()
        let instance = try instance(stack, vpc)
        try instance.addToRolePolicy(IAM.PolicyStatement(actions: ["s3:GetObject"], resources: ["*"]))
        let template = try Template(stack)
        let dependsOn = try #require(template.findResources("AWS::EC2::Instance").values.first?.objectValue?["DependsOn"]?.arrayValue)
        #expect(dependsOn.count == 2)
    }

    @Test func theUserDataHashIsPartOfTheLogicalIdOnlyWhenAsked() throws {
        func logicalIds(_ command: String, replace: Bool) throws -> String {
            let (stack, vpc) = try self.stack()
            let instance = try instance(stack, vpc) { $0.userDataCausesReplacement = replace }
            instance.addUserData(command)
            return try #require(try Template(stack).findResources("AWS::EC2::Instance").keys.first)
        }
        #expect(try logicalIds("a", replace: false) == logicalIds("b", replace: false))
        let a = try logicalIds("a", replace: true), b = try logicalIds("b", replace: true)
        #expect(a != b)
        #expect(a.count == (try logicalIds("a", replace: false)).count + 16)
    }

    @Test func requireImdsv2AttachesALaunchTemplate() throws {
        let (stack, vpc) = try stack()
        _ = try instance(stack, vpc) { $0.requireImdsv2 = true }
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::EC2::LaunchTemplate", [
            "LaunchTemplateData": ["MetadataOptions": ["HttpTokens": "required"]], "LaunchTemplateName": "InstanceLaunchTemplate",
        ])
        try template.hasResourceProperties("AWS::EC2::Instance", ["LaunchTemplate": ["LaunchTemplateName": "InstanceLaunchTemplate",
                                                                                      "Version": ["Fn::GetAtt": [Match.anyValue(), "LatestVersionNumber"]]]])
    }

    @Test func anAvailabilityZoneMustMatchExactlyOneSubnet() throws {
        let (stack, vpc) = try stack(context: ["availability-zones:account=123456789012:region=us-east-1": ["us-east-1a", "us-east-1b"]])
        _ = stack
        let pinned = try Stack(stack.node.scope!, "Pinned", env: Environment(account: "123456789012", region: "us-east-1"))
        let pinnedVpc = try EC2.Vpc(pinned, "Vpc") { $0.maxAzs = 2; $0.natGateways = 0 }
        let placed = try instance(pinned, pinnedVpc, "Placed") {
            $0.vpcSubnets = .type(.public)
            $0.availabilityZone = "us-east-1b"
        }
        try Template(pinned).hasResourceProperties("AWS::EC2::Instance", [
            "AvailabilityZone": "us-east-1b", "SubnetId": ["Ref": "\(try Template(pinned).logicalId(of: pinnedVpc.publicSubnets[1].node.defaultChild!))"],
        ])
        _ = placed
        try expectError(path: "/Pinned/Nowhere", message: "Need exactly 1 subnet to match AZ 'us-east-1c', found 0") {
            try instance(pinned, pinnedVpc, "Nowhere") { $0.availabilityZone = "us-east-1c" }
        }
        _ = vpc
    }

    @Test func addedSecurityGroupsAreListedAndTheGivenGroupIsUsed() throws {
        let (stack, vpc) = try stack()
        let given = try EC2.SecurityGroup(stack, "Given", .init(vpc: vpc))
        let extra = try EC2.SecurityGroup(stack, "Extra", .init(vpc: vpc))
        let instance = try instance(stack, vpc) { $0.securityGroup = given }
        instance.addSecurityGroup(extra)
        let template = try Template(stack)
        try template.resourceCountIs("AWS::EC2::SecurityGroup", 2)
        try template.hasResourceProperties("AWS::EC2::Instance", ["SecurityGroupIds": [
            ["Fn::GetAtt": ["\(try template.logicalId(of: given.cfnSecurityGroup))", "GroupId"]],
            ["Fn::GetAtt": ["\(try template.logicalId(of: extra.cfnSecurityGroup))", "GroupId"]],
        ]])
    }

    @Test func blockDevicesAreCheckedAsInTheAWSCDK() throws {
        let (stack, vpc) = try stack()
        _ = try instance(stack, vpc, "Devices") {
            $0.blockDevices = [
                .init(deviceName: "ebs", volume: .ebs(.gibibytes(15), .init(deleteOnTermination: true, iops: 5000, volumeType: .io1, encrypted: true))),
                .init(deviceName: "ebs-snapshot", volume: .ebsFromSnapshot("snapshot-id", volumeSize: .gibibytes(500), .init(deleteOnTermination: false))),
                .init(deviceName: "ephemeral", volume: try .ephemeral(0)),
                .init(deviceName: "disabled", volume: try .ephemeral(1), mappingEnabled: false),
            ]
        }
        try Template(stack).hasResourceProperties("AWS::EC2::Instance", ["BlockDeviceMappings": [
            ["DeviceName": "ebs", "Ebs": ["DeleteOnTermination": true, "Encrypted": true, "Iops": 5000, "VolumeSize": 15, "VolumeType": "io1"]],
            ["DeviceName": "ebs-snapshot", "Ebs": ["DeleteOnTermination": false, "SnapshotId": "snapshot-id", "VolumeSize": 500]],
            ["DeviceName": "ephemeral", "VirtualName": "ephemeral0"],
            ["DeviceName": "disabled", "NoDevice": [:], "VirtualName": "ephemeral1"],
        ]])
        try expectError(path: "/S/Io1", message: "iops property is required with volumeType") {
            try instance(stack, vpc, "Io1") { $0.blockDevices = [.init(deviceName: "d", volume: .ebs(.gibibytes(8), .init(volumeType: .io1)))] }
        }
        try expectError(message: "volumeIndex must be a number starting from 0") { try EC2.BlockDeviceVolume.ephemeral(-1) }
    }

    @Test func iopsWithoutAProvisionedTypeWarns() throws {
        let (stack, vpc) = try stack()
        _ = try instance(stack, vpc) { $0.blockDevices = [.init(deviceName: "d", volume: .ebs(.gibibytes(8), .init(iops: 100, volumeType: .gp2)))] }
        try AnnotationsAssertions(stack).hasWarning("/S/Instance", Match.stringLikeRegexp("iops will be ignored without volumeType"))
    }

    @Test func otherMembersReachTheTemplate() throws {
        let (stack, vpc) = try stack()
        _ = try instance(stack, vpc) {
            $0.keyName = "name"
            $0.sourceDestCheck = false
            $0.privateIpAddress = "10.0.0.2"
            $0.detailedMonitoring = true
            $0.propagateTagsToVolumeOnCreation = true
            $0.instanceName = "named"
            $0.ssmSessionPermissions = true
        }
        let template = try Template(stack)
        try template.hasResourceProperties("AWS::EC2::Instance", [
            "KeyName": "name", "SourceDestCheck": false, "PrivateIpAddress": "10.0.0.2", "Monitoring": true,
            "PropagateTagsToVolumeOnCreation": true, "Tags": [["Key": "Name", "Value": "named"]],
        ])
        try template.hasResourceProperties("AWS::IAM::Role", ["ManagedPolicyArns": [[
            "Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":iam::aws:policy/AmazonSSMManagedInstanceCore"]],
        ]]])
    }
}
