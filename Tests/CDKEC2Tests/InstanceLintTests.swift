import CDK
import CDKAssertions
import CDKEC2
import CDKIAM
import Foundation
import Testing

/// cfn-lint finds no problem in the templates Swift synthesizes for instances and launch
/// templates (the ports of the reference apps, and a VPC with an instance and a launch
/// template that `Scripts`/CI can also hand to `../shared/tools/cdk-e2e`).
@Suite struct InstanceLintTests {
    @Test(.enabled(if: CfnLint.isAvailable()), arguments: InstanceReferenceTests.stacks)
    func instanceReferencePortPassesCfnLint(stackName: String) throws {
        let app = try InstanceReferenceTests.port()
        let stack = try #require(app.node.children.compactMap { $0 as? Stack }.first { $0.node.id == stackName })
        // The pinned stack's VPC is in the dummy zones of an unlooked-up environment, as in
        // the AWS CDK's own output (W3010 "Avoid hardcoding availability zones").
        try lint(stack, ignoreChecks: stackName == "Pinned" ? ["W3010"] : [])
    }

    @Test(.enabled(if: CfnLint.isAvailable()))
    func launchTemplateReferencePortPassesCfnLint() throws {
        let app = try LaunchTemplateReferenceTests.port()
        let stack = try #require(app.node.children.compactMap { $0 as? Stack }.first)
        try lint(stack)
    }

    /// A VPC, instances (one with a key pair, one with a public address and a signal timeout)
    /// and a launch template with a key pair, in one stack.
    static func vpcInstanceAndTemplate() throws -> (App, Stack) {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Ec2E2e")
        let vpc = try EC2.Vpc(stack, "Vpc") {
            $0.maxAzs = 2
            $0.natGateways = 1
        }
        let group = try EC2.SecurityGroup(stack, "Group", .init(vpc: vpc))
        let key = try EC2.KeyPair(stack, "Key") { $0.type = .ed25519 }
        let template = try EC2.LaunchTemplate(stack, "Template") {
            $0.keyPair = key
            $0.instanceType = .of(.t3, .small)
            $0.machineImage = EC2.MachineImage.latestAmazonLinux2023()
            $0.securityGroup = group
            $0.requireImdsv2 = true
        }
        try template.connections.allowFromAnyIpv4(.tcp(443), description: "https")
        let host = try EC2.Instance(stack, "Host", .init(vpc: vpc, instanceType: .of(.t3, .micro),
                                                         machineImage: EC2.MachineImage.latestAmazonLinux2023())) {
            $0.requireImdsv2 = true
            $0.ssmSessionPermissions = true
            $0.keyPair = key
        }
        _ = try EC2.Instance(stack, "Bastion", .init(vpc: vpc, instanceType: .of(.t3, .nano),
                                                     machineImage: EC2.MachineImage.latestAmazonLinux2023())) {
            $0.vpcSubnets = .type(.public)
            $0.associatePublicIpAddress = true
            $0.resourceSignalTimeout = .minutes(10)
        }
        try host.connections.allowTo(group, .tcp(443), description: "to the template's group")
        host.addUserData("yum update -y")
        return (app, stack)
    }

    @Test(.enabled(if: CfnLint.isAvailable()))
    func vpcInstanceAndLaunchTemplatePassCfnLint() throws {
        let (app, stack) = try Self.vpcInstanceAndTemplate()
        try lint(stack)
        // With EC2_E2E_ASSEMBLY set, the assembly is also written there for ../shared/tools/cdk-e2e.
        if let directory = ProcessInfo.processInfo.environment["EC2_E2E_ASSEMBLY"] {
            try app.synth().write(to: directory)
        }
    }
}
