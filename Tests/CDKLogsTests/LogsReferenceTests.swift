import CDK
import CDKAssertions
import CDKIAM
import CDKKMS
import CDKLogs
import Foundation
import Testing

/// The Swift port of the Logs stack of Tests/Fixtures/storage-reference/app.py must synthesize the AWS CDK's template.
@Suite struct LogsReferenceTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/storage-reference/expected/Logs.template.json")

    @Test func templateEqualsTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Logs")
        let writer = try IAM.Role(stack, "Writer", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        let defaultGroup = try Logs.LogGroup(stack, "Default")
        try defaultGroup.grantWrite(writer)
        let key = try KMS.Key(stack, "Key")
        let named = try Logs.LogGroup(stack, "Named") {
            $0.logGroupName = "/app/named"
            $0.retention = .oneMonth
            $0.encryptionKey = key
            $0.logGroupClass = .infrequentAccess
            $0.removalPolicy = .destroy
        }
        try named.grantRead(writer)
        try named.grant(writer, actions: ["logs:PutRetentionPolicy"])
        _ = try Logs.LogGroup(stack, "Forever") { $0.retention = .infinite }
        _ = try Logs.LogGroup(stack, "Delivery") { $0.logGroupClass = .delivery }
        let importedGroup = try Logs.LogGroup.fromLogGroupName(stack, "ImportedGroup", logGroupName: "legacy-group")
        try importedGroup.grantWrite(writer)
        let arnGroup = try Logs.LogGroup.fromLogGroupArn(stack, "ArnGroup", logGroupArn: "arn:aws:logs:eu-west-1:111111111111:log-group:other:*")
        try named.addToResourcePolicy(IAM.PolicyStatement(actions: ["logs:PutLogEvents"], resources: [named.logGroupArn], principals: [
            IAM.ServicePrincipal("es.amazonaws.com"), IAM.ArnPrincipal("arn:aws:iam::222222222222:role/shipper"),
        ]))
        _ = try importedGroup.addToResourcePolicy(IAM.PolicyStatement(actions: ["logs:CreateLogStream"], resources: ["*"],
                                                                      principals: [IAM.AccountPrincipal("333333333333")]))
        _ = try CfnOutput(stack, "GroupArn", value: named.logGroupArn)
        _ = try CfnOutput(stack, "GroupName", value: named.logGroupName)
        _ = try CfnOutput(stack, "ArnGroupName", value: arnGroup.logGroupName)

        let expectedText = try String(contentsOf: Self.fixture, encoding: .utf8)
        let assembly = try app.synth()
        #expect(assembly.stack("Logs")?.template == (try JSONParser.parse(expectedText)))
        #expect(assembly.files.first { $0.name == "Logs.template.json" }?.contents == expectedText)
    }
}
