import CDK
import CDKAssertions
import CDKIAM
import CDKSSM
import Foundation
import Testing

/// The Swift port of the Ssm stack of Tests/Fixtures/storage-reference/app.py must synthesize the AWS CDK's template.
@Suite struct SSMReferenceTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/storage-reference/expected/Ssm.template.json")

    @Test func templateEqualsTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Ssm")
        let reader = try IAM.Role(stack, "Reader", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        let generated = try SSM.StringParameter(stack, "Generated", .init(stringValue: "hello"))
        try generated.grantRead(reader)
        let path = try SSM.StringParameter(stack, "Path", .init(stringValue: "https://example.com")) {
            $0.parameterName = "/app/endpoint"
            $0.description = "The endpoint"
            $0.tier = .advanced
            $0.allowedPattern = "^https://.*"
            $0.dataType = .text
        }
        try path.grantWrite(reader)
        let simple = try SSM.StringParameter(stack, "Simple", .init(stringValue: "v")) { $0.parameterName = "simple-name" }
        try simple.grantRead(reader)
        let existing = try SSM.StringParameter.fromStringParameterName(stack, "Existing", parameterName: "/shared/value")
        try existing.grantRead(reader)
        _ = try CfnOutput(stack, "Value", value: try SSM.StringParameter.valueForStringParameter(stack, "/shared/config"))
        _ = try CfnOutput(stack, "SameValue", value: try SSM.StringParameter.valueForStringParameter(stack, "/shared/config"))
        _ = try CfnOutput(stack, "Versioned", value: try SSM.StringParameter.valueForStringParameter(stack, "/shared/versioned", version: 3))
        _ = try CfnOutput(stack, "ExistingValue", value: existing.stringValue)
        _ = try CfnOutput(stack, "PathArn", value: path.parameterArn)
        _ = try CfnOutput(stack, "GeneratedArn", value: generated.parameterArn)
        _ = try CfnOutput(stack, "GeneratedValue", value: generated.stringValue)
        _ = try CfnOutput(stack, "GeneratedName", value: generated.parameterName)

        let expectedText = try String(contentsOf: Self.fixture, encoding: .utf8)
        let assembly = try app.synth()
        #expect(assembly.stack("Ssm")?.template == (try JSONParser.parse(expectedText)))
        #expect(assembly.files.first { $0.name == "Ssm.template.json" }?.contents == expectedText)
    }
}
