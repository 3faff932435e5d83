import CDK
import CDKAssertions
import CDKIAM
import CDKSSM
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/ssm-list-reference/app.py (string list parameters, their
/// grants, imports and typed list values) must synthesize the AWS CDK's template.
@Suite struct StringListParameterReferenceTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/ssm-list-reference/expected/Lists.template.json")

    @Test func templateEqualsTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Lists")
        let zones = try SSM.StringListParameter(stack, "Zones", .init(stringListValue: ["a", "b", "c"])) {
            $0.parameterName = "/net/zones"
            $0.description = "Zones in use"
            $0.tier = .standard
            $0.allowedPattern = "[a-z]"
        }
        let plain = try SSM.StringListParameter(stack, "Plain", .init(stringListValue: ["x"]))
        let role = try IAM.Role(stack, "Reader", .init(assumedBy: IAM.ServicePrincipal("lambda.amazonaws.com")))
        try zones.grantRead(role)
        try plain.grantWrite(role)
        let imported = try SSM.StringListParameter.fromStringListParameterName(stack, "Imported", stringListParameterName: "/shared/list")
        try imported.grantRead(role)
        _ = try CfnOutput(stack, "FirstZone", value: Fn.select(0, zones.stringListValue))
        _ = try CfnOutput(stack, "ImportedFirst", value: Fn.select(0, imported.stringListValue))
        _ = try CfnOutput(stack, "Typed", value: Fn.join(",", try SSM.StringListParameter.valueForTypedListParameter(stack, "/typed/list")))

        let expectedText = try String(contentsOf: Self.fixture, encoding: .utf8)
        let assembly = try app.synth()
        #expect(assembly.stack("Lists")?.template == (try JSONParser.parse(expectedText)))
        #expect(assembly.files.first { $0.name == "Lists.template.json" }?.contents == expectedText)
    }

    @Test func wrongListsAreErrors() throws {
        let stack = try Stack(try App(environment: [:]), "S")
        try expectError(path: "/S/A", message: "Values of a StringList SSM Parameter cannot contain the ',' character. Use a string parameter instead (got 'a,b').") {
            try SSM.StringListParameter(stack, "A", .init(stringListValue: ["a,b"]))
        }
        try expectError(path: "/S/B", message: "The supplied value (B) does not match the specified allowedPattern ([a-z])") {
            try SSM.StringListParameter(stack, "B", .init(stringListValue: ["a", "B"])) { $0.allowedPattern = "[a-z]" }
        }
        try expectError(path: "/S/C", message: .containing("name must only contain letters")) {
            try SSM.StringListParameter(stack, "C", .init(stringListValue: ["a"])) { $0.parameterName = "bad name" }
        }
        // A second typed value of the same parameter shares the first one's template parameter.
        let first = try SSM.StringListParameter.valueForTypedListParameter(stack, "/l")
        let second = try SSM.StringListParameter.valueForTypedListParameter(stack, "/l")
        #expect(first == second)
    }
}
