import CDK
import CDKIAM
import CDKKMS
import CDKSQS
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/sqs-cfnkey-grants-across-stacks/app.py: the key grants of a
/// low-level queue encrypted with a low-level key, to a grantee in the key's stack, in another
/// account and in a dependent stack of the same account, must be the AWS CDK's, byte for byte.
@Suite struct SQSCfnKeyGrantsAcrossStacksReferenceTests {
    static let expected = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/sqs-cfnkey-grants-across-stacks/expected")

    static func role(_ scope: Construct, _ id: String, _ name: String? = nil) throws -> IAM.Role {
        try IAM.Role(scope, id, .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com"))) { $0.roleName = name }
    }

    @Test func templatesEqualTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let home = Environment(account: "111111111111", region: "us-east-1")
        let stack = try Stack(app, "QueueStack", env: home)
        let key = try KMS.CfnKey(stack, "Key", keyPolicy: ["Statement": []])
        let queue = try SQS.CfnQueue(stack, "Queue", kmsMasterKeyId: key.attrArn)
        try SQS.QueueGrants.fromCfnQueue(queue).sendMessages(Self.role(stack, "Local"))
        let otherAccount = try Stack(app, "OtherAccount", env: Environment(account: "222222222222", region: "us-east-1"))
        try SQS.QueueGrants.fromCfnQueue(queue).sendMessages(Self.role(otherAccount, "Remote", "RemoteRole"))
        let dependent = try Stack(app, "Dependent", env: home)
        try dependent.addDependency(stack)
        try SQS.QueueGrants.fromCfnQueue(queue).sendMessages(Self.role(dependent, "Later"))

        let assembly = try app.synth()
        for name in ["QueueStack", "OtherAccount", "Dependent"] {
            let expectedText = try String(contentsOf: Self.expected.appendingPathComponent("\(name).template.json"), encoding: .utf8)
            let text = try #require(assembly.files.first { $0.name == "\(name).template.json" }?.contents, "\(name)")
            #expect(text == expectedText, "\(name)")
        }
    }
}
