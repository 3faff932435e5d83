import CDK
import CDKEC2
import CDKIAM
import Testing

/// The Swift port of Tests/Fixtures/ec2-instance-reference/app.py (instance defaults, every
/// supported InstanceProps member, machine images, user data, the user data hash in the
/// logical id, IMDSv2, grants and connections) synthesizes the AWS CDK's templates.
@Suite struct InstanceReferenceTests {
    static let fixture = "ec2-instance-reference"
    static let stacks = ["Instances", "Pinned"]

    static func port() throws -> App {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Instances")
        let vpc = try EC2.Vpc(stack, "Vpc") {
            $0.maxAzs = 2
            $0.natGateways = 1
        }

        let defaults = try EC2.Instance(stack, "Default", .init(vpc: vpc, instanceType: .of(.t3, .micro),
                                                                machineImage: EC2.MachineImage.latestAmazonLinux2023()))
        try defaults.connections.allowFromAnyIpv4(.tcp(22), description: "ssh")
        defaults.addUserData("yum update -y")

        let group = try EC2.SecurityGroup(stack, "Group", .init(vpc: vpc)) { $0.allowAllOutbound = false }
        let role = try IAM.Role(stack, "Role", .init(assumedBy: IAM.ServicePrincipal("ec2.amazonaws.com")))
        let userData = EC2.UserData.forLinux(.init(shebang: "#!/bin/sh"))
        userData.addCommands("echo one", "echo two")
        try userData.addOnExitCommands("echo done")
        let custom = try EC2.Instance(stack, "Custom", .init(vpc: vpc, instanceType: EC2.InstanceType("m5.large"),
                                                             machineImage: EC2.MachineImage.latestAmazonLinux2())) {
            $0.vpcSubnets = .type(.public)
            $0.securityGroup = group
            $0.role = role
            $0.userData = userData
            $0.keyName = "my-key"
            $0.privateIpAddress = "10.0.0.10"
            $0.sourceDestCheck = false
            $0.instanceName = "custom-instance"
            $0.requireImdsv2 = true
            $0.blockDevices = [
                .init(deviceName: "/dev/xvda", volume: .ebs(.gibibytes(30), .init(deleteOnTermination: true, volumeType: .gp3, encrypted: true))),
            ]
        }
        try custom.addToRolePolicy(IAM.PolicyStatement(actions: ["s3:GetObject"], resources: ["*"]))
        try custom.connections.allowTo(defaults, .tcp(8080), description: "to default")

        _ = try EC2.Instance(stack, "Replaced", .init(vpc: vpc, instanceType: .of(.c5, .xlarge2),
                                                      machineImage: EC2.MachineImage.fromSsmParameter("/my/windows/ami", .init(os: .windows)))) {
            $0.userData = EC2.UserData.custom("#!/bin/bash\necho custom")
            $0.userDataCausesReplacement = true
        }
        let replacedLinux = try EC2.Instance(stack, "ReplacedLinux", .init(
            vpc: vpc, instanceType: .of(.burstable4Graviton, .nano),
            machineImage: EC2.MachineImage.latestAmazonLinux2023(.init(cpuType: .arm64)))) {
            $0.userDataCausesReplacement = true
            $0.allowAllOutbound = false
        }
        replacedLinux.addUserData("echo arm")

        let amis = ["eu-west-1": "ami-11111111", "us-east-1": "ami-22222222"]
        _ = try EC2.Instance(stack, "Generic", .init(vpc: vpc, instanceType: EC2.InstanceType("t3.nano"),
                                                     machineImage: EC2.MachineImage.genericLinux(amis)))

        let windows = EC2.UserData.forWindows(.init(persist: true))
        windows.addCommands("Write-Host hello")
        try windows.addOnExitCommands("Write-Host bye")
        _ = try EC2.Instance(stack, "Windows", .init(vpc: vpc, instanceType: EC2.InstanceType("t3.large"),
                                                     machineImage: EC2.MachineImage.fromSsmParameter("/my/windows/ami", .init(os: .windows, userData: windows))))

        let pinned = try Stack(app, "Pinned", env: Environment(account: "123456789012", region: "eu-west-1"))
        let pinnedVpc = try EC2.Vpc(pinned, "Vpc") {
            $0.maxAzs = 1
            $0.natGateways = 0
        }
        _ = try EC2.Instance(pinned, "Generic", .init(vpc: pinnedVpc, instanceType: EC2.InstanceType("t3.nano"),
                                                      machineImage: EC2.MachineImage.genericLinux(amis))) {
            $0.vpcSubnets = .type(.public)
        }
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
