import CDK
import CDKAssertions
import CDKIAM
import CDKKMS
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/kms-reference/app.py must synthesize the AWS CDK's template.
@Suite struct KMSReferenceTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/kms-reference/expected/Kms.template.json")

    @Test func templateEqualsTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Kms")
        let plain = try KMS.Key(stack, "Plain")
        let rotated = try KMS.Key(stack, "Rotated") {
            $0.description = "Encrypts the data"
            $0.alias = "alias/data"
            $0.enableKeyRotation = true
            $0.pendingWindow = .days(10)
            $0.removalPolicy = .destroy
        }
        let role = try IAM.Role(stack, "User", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        try rotated.grantEncryptDecrypt(role)
        try plain.grantDecrypt(role)
        try plain.grantEncrypt(role)
        try plain.addAlias("alias/plain")
        _ = try KMS.Alias(stack, "Extra", .init(aliasName: "alias/extra", targetKey: rotated))
        try rotated.grantDecrypt(IAM.AccountPrincipal("222222222222"))
        _ = try CfnOutput(stack, "KeyArn", value: rotated.keyArn)
        _ = try CfnOutput(stack, "KeyId", value: rotated.keyId)

        let expectedText = try String(contentsOf: Self.fixture, encoding: .utf8)
        let assembly = try app.synth()
        #expect(assembly.stack("Kms")?.template == (try JSONParser.parse(expectedText)))
        #expect(assembly.files.first { $0.name == "Kms.template.json" }?.contents == expectedText)
    }

    @Test func invalidPropsAreErrorsWithThePath() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        try expectError(path: "/S/K", message: "'pendingWindow' value must between 7 and 30 days. Received: 5") {
            try KMS.Key(stack, "K") { $0.pendingWindow = .days(5) }
        }
        let key = try KMS.Key(stack, "Good")
        try expectError(path: "/S/A", message: "Alias cannot start with alias/aws/") {
            try KMS.Alias(stack, "A", .init(aliasName: "alias/aws/s3", targetKey: key))
        }
        try expectError(path: "/S/B", message: "Alias name must be between 1 and 256 characters") {
            try KMS.Alias(stack, "B", .init(aliasName: "alias/with space", targetKey: key))
        }
        #expect(try KMS.Alias(stack, "C", .init(aliasName: "short", targetKey: key)).aliasName == "alias/short")
    }

    @Test func importedKeysOnlyGrantThroughThePrincipal() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        let key = try KMS.Key.fromKeyArn(stack, "Imported", keyArn: "arn:aws:kms:eu-west-1:111111111111:key/abc-123")
        #expect(key.keyId == "abc-123")
        let role = try IAM.Role(stack, "R", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        try key.grantDecrypt(role)
        try Template(stack).hasResourceProperties("AWS::IAM::Policy", ["PolicyDocument": ["Statement": [
            ["Action": "kms:Decrypt", "Effect": "Allow", "Resource": "arn:aws:kms:eu-west-1:111111111111:key/abc-123"],
        ]]])
    }
}
