import CDK
import CDKIAM
import CDKKMS
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/kms-alias-grants-reference/app.py: grants through an alias
/// go to the key it points to, in this account and in another one, as the AWS CDK's `Alias`
/// forwards them; the templates must be the AWS CDK's, byte for byte.
@Suite struct KMSAliasGrantsReferenceTests {
    static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/kms-alias-grants-reference/expected")

    @Test func templatesEqualTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "AliasGrants", env: Environment(account: "111111111111", region: "us-east-1"))
        let key = try KMS.Key(stack, "Key")
        let alias = try KMS.Alias(stack, "Alias", .init(aliasName: "alias/data", targetKey: key))
        try alias.grantDecrypt(KMSGrantsReferenceTests.role(stack, "Reader"))
        let writer = try KMSGrantsReferenceTests.role(stack, "Writer")
        try alias.grantEncryptDecrypt(writer)
        try alias.grant(writer, actions: ["kms:DescribeKey"])
        let other = try Stack(app, "OtherAccount", env: Environment(account: "222222222222", region: "us-east-1"))
        // Through the protocol, as a construct that takes any key would call it.
        let anyKey: any KMS.KeyRef = alias
        try anyKey.grantEncrypt(KMSGrantsReferenceTests.role(other, "Remote", "RemoteRole"))

        let assembly = try app.synth()
        for name in ["AliasGrants", "OtherAccount"] {
            let expectedText = try String(contentsOf: Self.expected.appendingPathComponent("\(name).template.json"), encoding: .utf8)
            let text = try #require(assembly.files.first { $0.name == "\(name).template.json" }?.contents, "\(name)")
            #expect(text == expectedText, "\(name)")
        }
        #expect(alias.trustAccountIdentities == key.trustAccountIdentities)
    }
}
