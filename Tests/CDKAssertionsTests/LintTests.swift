import CDK
import CDKAssertions
import Foundation
import Testing

@Suite struct LintTests {
    @Test func skipsWhenCfnLintIsMissing() throws {
        let folder = try temporaryFolder()
        let outside = folder.appendingPathComponent("Tests.swift").path
        let environment = ["PATH": "", "PWD": folder.path]
        #expect(CfnLint.executable(filePath: outside, environment: environment) == nil)
        #expect(!CfnLint.isAvailable(filePath: outside, environment: environment))
        let result = try lint(try Template(json: ["Resources": [:]]), filePath: outside, environment: environment)
        #expect(result.isSkipped)
        #expect(result.description.hasPrefix("skipped: cfn-lint is not installed: looked for .venv-tools/bin/cfn-lint under the package and for cfn-lint on PATH."))
        #expect(result.description.hasSuffix("Run Scripts/install-test-tools to install cfn-lint 1.51.0."))
    }

    @Test func findsCfnLintOnPath() throws {
        let folder = try temporaryFolder()
        let tool = folder.appendingPathComponent("cfn-lint")
        try Data("#!/bin/sh\necho '[]'\n".utf8).write(to: tool)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: tool.path)
        let environment = ["PATH": "/nonexistent:" + folder.path, "PWD": folder.path]
        let outside = folder.appendingPathComponent("Tests.swift").path
        #expect(CfnLint.executable(filePath: outside, environment: environment)?.path == tool.path)
        #expect(try lint(try Template(json: ["Resources": [:]]), filePath: outside, environment: environment) == .passed(findings: []))
    }

    @Test(.enabled(if: CfnLint.isAvailable())) func aValidStackPasses() throws {
        let (_, stack, _) = try sampleBucketStack()
        #expect(try lint(stack) == .passed(findings: []))
    }

    @Test(.enabled(if: CfnLint.isAvailable())) func findingsNameTheTemplateLocationAndConstruct() throws {
        let app = try makeApp()
        let stack = try Stack(app, "S")
        _ = try CfnResource(stack, "Queue", type: "AWS::SQS::Queue", properties: ["VisibilityTimeout": "soon", "Colour": "blue"])
        let error = failure { try lint(stack) }
        #expect(error?.description == """
            cfn-lint found 2 problems in the template of stack S:
              [E3012] Resources/Queue/Properties/VisibilityTimeout (/S/Queue): 'soon' is not of type 'integer'
              [E3002] Resources/Queue/Properties/Colour (/S/Queue): Additional properties are not allowed ('Colour' was unexpected)
            """)
        let ignored = try lint(stack, ignoreChecks: ["E3002", "E3012"])
        #expect(ignored == .passed(findings: []))
    }

    @Test(.enabled(if: CfnLint.isAvailable())) func warningsFailUnlessToldOtherwise() throws {
        let template = try Template(json: [
            "Parameters": ["Unused": ["Type": "String"]],
            "Resources": ["Topic": ["Type": "AWS::SNS::Topic"]],
        ])
        let error = failure { try lint(template) }
        #expect(error?.description.contains("[W2001] Parameters/Unused") == true)
        guard case .passed(let findings) = try lint(template, failOn: .error) else { Issue.record("expected a pass"); return }
        #expect(findings.map(\.rule) == ["W2001"])
        #expect(findings.first?.level == .warning)
    }
    /// A cfn-lint stand-in that reports one warning for `filename` (a shell expression).
    private func fakeCfnLint(reportingFile filename: String) throws -> (environment: [String: String], filePath: String) {
        let folder = try temporaryFolder()
        let tool = folder.appendingPathComponent("cfn-lint")
        let script = """
            #!/bin/sh
            for last; do :; done
            echo '[{"Filename": "'\(filename)'", "Level": "Warning", "Message": "m", "Rule": {"Id": "W1"}, "Location": {"Path": ["Resources", "T"]}}]'
            """
        try Data(script.utf8).write(to: tool)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: tool.path)
        return (["PATH": folder.path, "PWD": folder.path], folder.appendingPathComponent("Tests.swift").path)
    }

    private func twoTemplates() throws -> [Template] {
        [try Template(json: ["Resources": ["T": ["Type": "AWS::SNS::Topic"]]]), try Template(json: ["Resources": ["T": ["Type": "AWS::SQS::Queue"]]])]
    }

    @Test func findingsAreMatchedToTemplatesByFileName() throws {
        let fake = try fakeCfnLint(reportingFile: "${last##*/}")
        let result = try lint(try twoTemplates(), failOn: .error, filePath: fake.filePath, environment: fake.environment)
        guard case .passed(let findings) = result else { Issue.record("expected a pass, got \(result)"); return }
        #expect(findings.map(\.rule) == ["W1"])
        let error = failure { try lint(try twoTemplates(), filePath: fake.filePath, environment: fake.environment) }
        #expect(error?.description.hasPrefix("cfn-lint found 1 problem in template 2 of 2:") == true)
    }

    @Test func findingsForFilesNotGivenAreFailures() throws {
        let fake = try fakeCfnLint(reportingFile: "/elsewhere/other.json")
        let error = failure { try lint(try twoTemplates(), failOn: .error, filePath: fake.filePath, environment: fake.environment) }
        #expect(error?.description.hasPrefix("cfn-lint reported 1 problem for files it was not given (/elsewhere/other.json); it was given 2 templates in ") == true)
    }
}
