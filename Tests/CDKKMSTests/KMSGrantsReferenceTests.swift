import CDK
import CDKAssertions
import CDKIAM
import CDKKMS
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/kms-grants-reference/app.py (key grants across stacks,
/// accounts and regions, a key policy of the user's, imported keys with and without the
/// reduce-scope flag) must synthesize the AWS CDK's templates, byte for byte.
@Suite struct KMSGrantsReferenceTests {
    static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/kms-grants-reference/expected")
    static let stackNames = ["KeyStack", "CrossAccount", "CrossAccountDependent", "CrossRegion", "SameAccountDependent",
                             "CustomPolicy", "ImportReduced", "ImportDefault", "ImportGrantees"]

    static func role(_ scope: Construct, _ id: String, _ name: String? = nil) throws -> IAM.Role {
        try IAM.Role(scope, id, .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))) { $0.roleName = name }
    }

    static func port() throws -> App {
        let app = try App(environment: [:])
        let home = Environment(account: "111111111111", region: "us-east-1")
        let otherAccount = Environment(account: "222222222222", region: "us-east-1")
        let otherRegion = Environment(account: "111111111111", region: "eu-west-1")

        let keyStack = try Stack(app, "KeyStack", env: home)
        let key = try KMS.Key(keyStack, "Key")

        let crossAccount = try Stack(app, "CrossAccount", env: otherAccount)
        try key.grantEncrypt(role(crossAccount, "Role", "CrossAccountRole"))

        let crossAccountDependent = try Stack(app, "CrossAccountDependent", env: otherAccount)
        try crossAccountDependent.addDependency(keyStack)
        try key.grantDecrypt(role(crossAccountDependent, "Role", "DependentRole"))

        let crossRegion = try Stack(app, "CrossRegion", env: otherRegion)
        try key.grantDecrypt(role(crossRegion, "Role", "CrossRegionRole"))

        let sameAccountDependent = try Stack(app, "SameAccountDependent", env: home)
        try sameAccountDependent.addDependency(keyStack)
        try key.grantDecrypt(role(sameAccountDependent, "Role"))

        let custom = try Stack(app, "CustomPolicy", env: home)
        let customKey = try KMS.Key(custom, "Key") {
            $0.policy = IAM.PolicyDocument(statements: [IAM.PolicyStatement(
                actions: ["kms:*"], resources: ["*"], principals: [IAM.ArnPrincipal("arn:aws:iam::111111111111:role/Admin")])])
        }
        try customKey.grantDecrypt(role(custom, "Role"))

        let importedArn = "arn:aws:kms:us-east-1:222222222222:key/abc-123"
        let reduced = try Stack(app, "ImportReduced", env: home)
        try reduced.node.setContext(KMS.ContextKey.reduceCrossAccountRegionPolicyScope, .bool(true))
        let reducedKey = try KMS.Key.fromKeyArn(reduced, "Key", keyArn: importedArn)
        let notReduced = try Stack(app, "ImportDefault", env: home)
        let defaultKey = try KMS.Key.fromKeyArn(notReduced, "Key", keyArn: importedArn)
        let importGrantees = try Stack(app, "ImportGrantees", env: otherAccount)
        try reducedKey.grantDecrypt(role(importGrantees, "Reduced"))
        try defaultKey.grantDecrypt(role(importGrantees, "Default"))
        return app
    }

    @Test func templatesEqualTheAWSCDKs() throws {
        let assembly = try Self.port().synth()
        for name in Self.stackNames {
            let expectedText = try String(contentsOf: Self.expected.appendingPathComponent("\(name).template.json"), encoding: .utf8)
            let text = try #require(assembly.files.first { $0.name == "\(name).template.json" }?.contents, "\(name)")
            #expect(text == expectedText, "\(name)")
        }
    }

    /// Grants in the key's environment to a role of the same stack touch only the role's policy.
    @Test func sameStackGrantsOnlyChangeTheGranteesPolicy() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        let key = try KMS.Key(stack, "Key")
        try key.grantDecrypt(Self.role(stack, "Role"))
        try Template(stack).hasResourceProperties("AWS::KMS::Key", ["KeyPolicy": ["Statement": [
            ["Action": "kms:*", "Effect": "Allow",
             "Principal": ["AWS": ["Fn::Join": ["", ["arn:", ["Ref": "AWS::Partition"], ":iam::", ["Ref": "AWS::AccountId"], ":root"]]]],
             "Resource": "*"],
        ], "Version": "2012-10-17"]])
        try Template(stack).hasResourceProperties("AWS::IAM::Policy", ["PolicyDocument": ["Statement": [
            ["Action": "kms:Decrypt", "Effect": "Allow", "Resource": ["Fn::GetAtt": ["Key961B73FD", "Arn"]]],
        ]]])
    }

    /// A grantee of another account whose stack depends on the key's stack is named by its
    /// account in the key policy; without the dependency, by its role ARN.
    @Test func dependentStacksAreNamedByTheirAccount() throws {
        let assembly = try Self.port().synth()
        let text = try #require(assembly.files.first { $0.name == "KeyStack.template.json" }?.contents)
        #expect(text.contains(":iam::222222222222:root"))
        #expect(text.contains(":iam::222222222222:role/CrossAccountRole"))
        #expect(!text.contains("DependentRole"))
    }

    @Test func trustAccountIdentitiesFalseIsAnError() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        try expectError(path: "/S/K", message: "`trustAccountIdentities` cannot be false if the @aws-cdk/aws-kms:defaultKeyPolicies feature flag is set") {
            try KMS.Key(stack, "K") { $0.trustAccountIdentities = false }
        }
        let key = try KMS.Key(stack, "Trusting") { $0.trustAccountIdentities = true }
        #expect(key.trustAccountIdentities)
    }

    @Test func theRemovedDefaultKeyPoliciesFlagIsRefused() throws {
        let app = try App(context: ["@aws-cdk/aws-kms:defaultKeyPolicies": true], environment: [:])
        let stack = try Stack(app, "S")
        try expectError(path: "/S/K", message: "Unsupported feature flag '@aws-cdk/aws-kms:defaultKeyPolicies'. This flag existed on CDKv1 but has been removed in CDKv2.") {
            try KMS.Key(stack, "K")
        }
    }
}
