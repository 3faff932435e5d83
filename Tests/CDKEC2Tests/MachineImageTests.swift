import CDK
import CDKAssertions
import CDKEC2
import Testing

/// Machine images, after aws-ec2/test/machine-image.test.ts: the SSM parameter names of
/// Amazon Linux, one template parameter per name, generic images with and without a region.
@Suite struct MachineImageTests {
    func parameterDefault(_ image: any EC2.MachineImageRef) throws -> JSONValue? {
        let stack = try Stack(try App(environment: [:]), "S")
        let config = try image.getImage(stack)
        #expect(config.osType == .linux)
        let parameters = try Template(stack).findParameters("*", ["Type": "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>"])
        #expect(parameters.count == 1)
        return parameters.values.first?.objectValue?["Default"]
    }

    @Test func amazonLinuxParameterNames() throws {
        let prefix = "/aws/service/ami-amazon-linux-latest/"
        #expect(try parameterDefault(EC2.MachineImage.latestAmazonLinux2023()) == .string(prefix + "al2023-ami-kernel-6.1-x86_64"))
        #expect(try parameterDefault(EC2.MachineImage.latestAmazonLinux2023(.init(cpuType: .arm64, edition: .minimal)))
                == .string(prefix + "al2023-ami-minimal-kernel-6.1-arm64"))
        #expect(try parameterDefault(EC2.MachineImage.latestAmazonLinux2()) == .string(prefix + "amzn2-ami-kernel-5.10-hvm-x86_64-gp2"))
        #expect(try parameterDefault(EC2.MachineImage.latestAmazonLinux2(.init(cpuType: .arm64, storage: .ebs)))
                == .string(prefix + "amzn2-ami-kernel-5.10-hvm-arm64-ebs"))
    }

    @Test func oneParameterPerNameAndStack() throws {
        let stack = try Stack(try App(environment: [:]), "S")
        let first = try EC2.MachineImage.fromSsmParameter("/my/ami").getImage(stack)
        let second = try EC2.MachineImage.fromSsmParameter("/my/ami").getImage(stack)
        #expect(first.imageId == second.imageId)
        try Template(stack).hasParameter("SsmParameterValuemyamiC96584B6F00A464EAD1953AFF4B05118Parameter", [
            "Type": "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>", "Default": "/my/ami",
        ])
    }

    @Test func ssmImagesGetTheUserDataOfTheirOperatingSystem() throws {
        let stack = try Stack(try App(environment: [:]), "S")
        #expect(try EC2.MachineImage.fromSsmParameter("/w", .init(os: .windows)).getImage(stack).userData.render() == "<powershell></powershell>")
        #expect(try EC2.MachineImage.fromSsmParameter("/l").getImage(stack).userData.render() == "#!/bin/bash")
    }

    @Test func genericImagesUseTheRegionOrAMapping() throws {
        let app = try App(environment: [:])
        let map = ["eu-west-1": "ami-1", "us-east-1": "ami-2"]
        let pinned = try Stack(app, "Pinned", env: Environment(account: "123456789012", region: "us-east-1"))
        #expect(try EC2.MachineImage.genericLinux(map).getImage(pinned).imageId == "ami-2")
        let windows = try EC2.MachineImage.genericWindows(map).getImage(pinned)
        #expect(windows.osType == .windows)
        #expect(windows.userData.render() == "<powershell></powershell>")
        let elsewhere = try Stack(app, "Elsewhere", env: Environment(account: "123456789012", region: "ap-south-1"))
        try expectError(path: "/Elsewhere", message: "no AMI specified for region 'ap-south-1'") { try EC2.MachineImage.genericLinux(map).getImage(elsewhere) }
        let agnostic = try Stack(app, "Agnostic")
        let config = try EC2.MachineImage.genericLinux(map).getImage(agnostic)
        #expect(Token.isUnresolved(config.imageId))
        try Template(agnostic).hasMapping("AmiMap", ["eu-west-1": ["ami": "ami-1"], "us-east-1": ["ami": "ami-2"]])
    }
}
