import CDK
import CDKEC2
import CDKIAM
import Testing

/// The Swift port of Tests/Fixtures/ec2-launch-template-reference/app.py (an empty template,
/// every supported member, the image's user data left out without the feature flag)
/// synthesizes the AWS CDK's template.
@Suite struct LaunchTemplateReferenceTests {
    static let fixture = "ec2-launch-template-reference"

    static func port() throws -> App {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Templates")
        let vpc = try EC2.Vpc(stack, "Vpc") {
            $0.maxAzs = 1
            $0.natGateways = 0
        }
        _ = try EC2.LaunchTemplate(stack, "Empty")

        let group = try EC2.SecurityGroup(stack, "Group", .init(vpc: vpc))
        let role = try IAM.Role(stack, "Role", .init(assumedBy: IAM.ServicePrincipal("ec2.amazonaws.com")))
        let userData = EC2.UserData.forLinux()
        userData.addCommands("echo hello")
        let full = try EC2.LaunchTemplate(stack, "Full") {
            $0.launchTemplateName = "my-template"
            $0.instanceType = .of(.t3, .small)
            $0.machineImage = EC2.MachineImage.latestAmazonLinux2023()
            $0.userData = userData
            $0.role = role
            $0.securityGroup = group
            $0.requireImdsv2 = true
            $0.blockDevices = [.init(deviceName: "/dev/xvda", volume: .ebs(.gibibytes(20), .init(volumeType: .gp3)))]
        }
        try full.connections.allowFrom(EC2.Peer.ipv4("10.0.0.0/16"), .tcp(443), description: "https")
        _ = try role.addToPrincipalPolicy(IAM.PolicyStatement(actions: ["sqs:SendMessage"], resources: ["*"]))

        _ = try EC2.LaunchTemplate(stack, "ImageOnly") { $0.machineImage = EC2.MachineImage.latestAmazonLinux2() }
        return app
    }

    @Test func templateEqualsTheAWSCDKs() throws {
        let assembly = try Self.port().synth()
        let expected = try ReferenceComparison.expectedTemplate(Self.fixture, "Templates")
        let actual = try ReferenceComparison.actualTemplate(assembly, "Templates")
        #expect(ReferenceComparison.differences(expected, actual) == [])
    }
}
