import CDK
import CDKAssertions
import CDKEC2
import CDKIAM
import Testing

/// Key pairs, after aws-ec2/test/key-pair.test.ts, and the `keyPair` prop of instances and
/// launch templates (after instance.test.ts and launch-template.test.ts).
@Suite struct KeyPairTests {
    func stack() throws -> (Stack, EC2.Vpc) {
        let stack = try Stack(try App(environment: [:]), "S")
        return (stack, try EC2.Vpc(stack, "Vpc") { $0.maxAzs = 1; $0.natGateways = 0 })
    }

    let windows = EC2.MachineImage.fromSsmParameter("/my/windows/ami", .init(os: .windows))

    @Test func aKeyPairIsOneResourceWithAGeneratedNameRsaAndPem() throws {
        let (stack, _) = try stack()
        let key = try EC2.KeyPair(stack, "TestKeyPair")
        #expect(key.type == .rsa)
        #expect(key.format == .pem)
        #expect(!key.keyPairName.isEmpty)
        let template = try Template(stack)
        try template.resourceCountIs("AWS::EC2::KeyPair", 1)
        try template.hasResourceProperties("AWS::EC2::KeyPair", [
            "KeyName": Match.stringLikeRegexp("^STestKeyPair[0-9A-F]{8}$"), "KeyType": "rsa", "KeyFormat": "pem",
        ])
    }

    @Test(arguments: [(EC2.KeyPairType.rsa, "rsa"), (.ed25519, "ed25519")])
    func rendersTheType(type: EC2.KeyPairType, rendered: String) throws {
        let (stack, _) = try stack()
        _ = try EC2.KeyPair(stack, "TestKeyPair") { $0.type = type }
        try Template(stack).hasResourceProperties("AWS::EC2::KeyPair", ["KeyType": "\(rendered)"])
    }

    @Test(arguments: [(EC2.KeyPairFormat.pem, "pem"), (.ppk, "ppk")])
    func rendersTheFormat(format: EC2.KeyPairFormat, rendered: String) throws {
        let (stack, _) = try stack()
        _ = try EC2.KeyPair(stack, "TestKeyPair") { $0.format = format }
        try Template(stack).hasResourceProperties("AWS::EC2::KeyPair", ["KeyFormat": "\(rendered)"])
    }

    @Test func ed25519KeysDoNotSuitWindowsOthersSuitEveryOs() throws {
        let (stack, _) = try stack()
        let unknown = try EC2.KeyPair.fromKeyPairName(stack, "Unknown", "KeyPairName")
        let rsa = try EC2.KeyPair(stack, "Rsa") { $0.type = .rsa }
        let ed25519 = try EC2.KeyPair(stack, "Ed") { $0.type = .ed25519 }
        for os in [EC2.OperatingSystemType.linux, .windows, .unknown] {
            #expect(unknown.isCompatible(with: os))
            #expect(rsa.isCompatible(with: os))
        }
        #expect(ed25519.isCompatible(with: .linux))
        #expect(!ed25519.isCompatible(with: .windows))
        let typed = try EC2.KeyPair.fromKeyPairAttributes(stack, "Typed", keyPairName: "k", type: .ed25519)
        #expect(typed.keyPairName == "k")
        #expect(!typed.isCompatible(with: .windows))
    }

    @Test func importedMaterialForbidsATypeAndHasNoPrivateKey() throws {
        let (stack, _) = try stack()
        try expectError(path: "/S/KeyPair", message: "Cannot specify 'type' for keys with imported material") {
            _ = try EC2.KeyPair(stack, "KeyPair") {
                $0.publicKeyMaterial = "ssh-ed25519 AAAAAAAAAAAAAAAAAAAAAA"
                $0.type = .ed25519
            }
        }
        let imported = try EC2.KeyPair(stack, "Imported") {
            $0.publicKeyMaterial = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB7jpNzG+YG0s+xIGWbxrxIZiiozHOEuzIJacvASP0mq"
        }
        #expect(imported.hasImportedMaterial)
        try expectError(path: "/S/Imported", message: "An SSM parameter with private key material is not created for imported keys") {
            _ = try imported.privateKey
        }
    }

    @Test func thePrivateKeyIsTheParameterNamedAfterTheKeyPairId() throws {
        let (stack, _) = try stack()
        let key = try EC2.KeyPair(stack, "TestKeyPair")
        _ = try CfnOutput(stack, "TestOutput", value: try key.privateKey.parameterName)
        let template = try Template(stack)
        let id = try template.logicalId(of: try #require(key.node.defaultChild))
        try template.hasOutput("TestOutput", ["Value": ["Fn::Join": ["", ["/ec2/keypair/", ["Fn::GetAtt": ["\(id)", "KeyPairId"]]]]]])
    }

    @Test func thePrivateKeyCanBeReadByAGrantee() throws {
        let (stack, _) = try stack()
        let key = try EC2.KeyPair(stack, "Key")
        let role = try IAM.Role(stack, "Role", .init(assumedBy: IAM.ServicePrincipal("ec2.amazonaws.com")))
        try key.privateKey.grantRead(role)
        try Template(stack).hasResourceProperties("AWS::IAM::Policy", ["PolicyDocument": ["Statement": [[
            "Action": ["ssm:DescribeParameters", "ssm:GetParameters", "ssm:GetParameter", "ssm:GetParameterHistory"],
            "Effect": "Allow", "Resource": Match.anyValue(),
        ]]]])
    }

    @Test func anInstanceTakesAKeyPairButNotWithAKeyName() throws {
        let (stack, vpc) = try stack()
        let key = try EC2.KeyPair(stack, "KeyPair")
        _ = try EC2.Instance(stack, "Instance", .init(vpc: vpc, instanceType: EC2.InstanceType("t2.micro"),
                                                      machineImage: EC2.MachineImage.latestAmazonLinux2023())) { $0.keyPair = key }
        let template = try Template(stack)
        let id = try template.logicalId(of: try #require(key.node.defaultChild))
        try template.hasResourceProperties("AWS::EC2::Instance", ["KeyName": ["Ref": "\(id)"]])
        try expectError(path: "/S/Both", message: "Cannot specify both of 'keyName' and 'keyPair'; prefer 'keyPair'") {
            _ = try EC2.Instance(stack, "Both", .init(vpc: vpc, instanceType: EC2.InstanceType("t2.micro"),
                                                      machineImage: EC2.MachineImage.latestAmazonLinux2023())) {
                $0.keyName = "test-key-pair"
                $0.keyPair = key
            }
        }
    }

    @Test func anInstanceRefusesAnEd25519KeyOnWindows() throws {
        let (stack, vpc) = try stack()
        let key = try EC2.KeyPair(stack, "KeyPair") { $0.type = .ed25519 }
        try expectError(path: "/S/Instance", message: "ed25519 keys are not compatible with the chosen AMI") {
            _ = try EC2.Instance(stack, "Instance", .init(vpc: vpc, instanceType: EC2.InstanceType("t2.micro"), machineImage: windows)) {
                $0.keyPair = key
            }
        }
    }

    @Test func aLaunchTemplateTakesAKeyPairButNotWithAKeyNameNorEd25519OnWindows() throws {
        let (stack, _) = try stack()
        let key = try EC2.KeyPair(stack, "KeyPair")
        _ = try EC2.LaunchTemplate(stack, "Template") { $0.keyPair = key }
        let template = try Template(stack)
        let id = try template.logicalId(of: try #require(key.node.defaultChild))
        try template.hasResourceProperties("AWS::EC2::LaunchTemplate", ["LaunchTemplateData": ["KeyName": ["Ref": "\(id)"]]])
        try expectError(path: "/S/Both", message: "Cannot specify both of 'keyName' and 'keyPair'; prefer 'keyPair'") {
            _ = try EC2.LaunchTemplate(stack, "Both") {
                $0.keyName = "test-key-pair"
                $0.keyPair = key
            }
        }
        let ed25519 = try EC2.KeyPair(stack, "Ed") { $0.type = .ed25519 }
        try expectError(path: "/S/Windows", message: "ed25519 keys are not compatible with the chosen AMI") {
            _ = try EC2.LaunchTemplate(stack, "Windows") {
                $0.machineImage = windows
                $0.keyPair = ed25519
            }
        }
        // Without an image the operating system is not known: any key goes.
        _ = try EC2.LaunchTemplate(stack, "NoImage") { $0.keyPair = ed25519 }
    }
}

/// The Swift port of Tests/Fixtures/ec2-key-pair-reference/app.py synthesizes the AWS CDK's template.
@Suite struct KeyPairReferenceTests {
    static let fixture = "ec2-key-pair-reference"

    static func port() throws -> App {
        let app = try App(environment: [:])
        let stack = try Stack(app, "KeyPairs")
        let vpc = try EC2.Vpc(stack, "Vpc") { $0.maxAzs = 1; $0.natGateways = 0 }
        let generated = try EC2.KeyPair(stack, "Generated")
        _ = try EC2.KeyPair(stack, "Named") {
            $0.keyPairName = "my-key"
            $0.type = .ed25519
            $0.format = .ppk
        }
        _ = try EC2.KeyPair(stack, "Imported") {
            $0.publicKeyMaterial = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB7jpNzG+YG0s+xIGWbxrxIZiiozHOEuzIJacvASP0mq"
        }
        _ = try CfnOutput(stack, "PrivateKeyName", value: try generated.privateKey.parameterName)
        _ = try CfnOutput(stack, "PrivateKeyArn", value: try generated.privateKey.parameterArn)
        _ = try CfnOutput(stack, "Fingerprint", value: generated.keyPairFingerprint)

        let existing = try EC2.KeyPair.fromKeyPairName(stack, "Existing", "existing-key")
        _ = try EC2.Instance(stack, "Host", .init(vpc: vpc, instanceType: EC2.InstanceType("t3.micro"),
                                                  machineImage: EC2.MachineImage.latestAmazonLinux2023())) { $0.keyPair = generated }
        _ = try EC2.Instance(stack, "Other", .init(vpc: vpc, instanceType: EC2.InstanceType("t3.micro"),
                                                   machineImage: EC2.MachineImage.latestAmazonLinux2023())) { $0.keyPair = existing }
        _ = try EC2.LaunchTemplate(stack, "Template") { $0.keyPair = generated }
        return app
    }

    @Test func templateEqualsTheAWSCDKs() throws {
        let assembly = try Self.port().synth()
        let expected = try ReferenceComparison.expectedTemplate(Self.fixture, "KeyPairs")
        let actual = try ReferenceComparison.actualTemplate(assembly, "KeyPairs")
        #expect(ReferenceComparison.differences(expected, actual) == [])
    }

    @Test(.enabled(if: CfnLint.isAvailable()))
    func templatePassesCfnLint() throws {
        let app = try Self.port()
        try lint(try #require(app.node.children.compactMap { $0 as? Stack }.first))
    }
}
