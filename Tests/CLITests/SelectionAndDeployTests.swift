import CDK
@testable import CDKCLI
import CDKDiff
import Foundation
import Testing

/// Dependency-aware stack selection, `--exclusively`, and `deploy`/`destroy` handing the
/// assembly to the official CDK CLI.
@Suite struct SelectionAndDeployTests {
    @Test func synthIncludesTheStacksANamedStackDependsOn() throws {
        let app = Paths.conformance("06-stages-envs")
        let withDependencies = run(["synth", "--app", app, "Prod/Worker", "--json"], in: try temporaryDirectory())
        #expect(withDependencies.status == 0)
        let templates = withDependencies.output.components(separatedBy: "---\n")
        #expect(templates.count == 2)
        #expect(try JSONParser.parse(templates[1])["Resources"]?["InboxA8E05DC3"]?["Type"] == "AWS::SQS::Queue")
        let exclusively = run(["synth", "--app", app, "Prod/Worker", "--json", "--exclusively"], in: try temporaryDirectory())
        #expect(!exclusively.output.contains("---"))
        #expect(run(["synth", "--app", app, "Prod/Worker", "-e", "-q"], in: try temporaryDirectory()).status == 0)
    }

    @Test func selectionExtendsUpstreamAndDownstream() throws {
        let assembly = try AssemblyLoader.read(Paths.conformance("02-cross-stack-grants"))
        #expect(try StackSelector.select(["Compute"], from: assembly, extend: .upstream).map(\.id) == ["Storage", "Compute"])
        #expect(try StackSelector.select(["Compute"], from: assembly, extend: .none).map(\.id) == ["Compute"])
        #expect(try StackSelector.select(["Storage"], from: assembly, extend: .downstream).map(\.id) == ["Storage", "Compute"])
        #expect(try StackSelector.select(["Storage"], from: assembly, extend: .upstream).map(\.id) == ["Storage"])
    }

    @Test func deployPassesStacksAndFlagsToTheOfficialCLI() throws {
        let fake = try FakeCDK()
        let directory = try temporaryDirectory()
        try write(#"{"app": "\#(copyingApp(Paths.conformance("02-cross-stack-grants")))"}"#, to: "cdk.json", in: directory)
        let result = run(["deploy", "Compute", "--require-approval", "never", "--exclusively", "-c", "stage=dev"], in: directory,
                         environment: ["SWIFT_CDK_CDK_CLI": fake.path])
        #expect(result.status == 0, "\(result.error)")
        #expect(fake.recorded == ["deploy --app \(directory)/cdk.out Compute --require-approval never --exclusively"])
        #expect(result.output.contains("fake cdk: deploy done"))
        let context = try JSONParser.parse(String(contentsOfFile: directory + "/context.json", encoding: .utf8))
        #expect(context["stage"] == "dev", "--context reaches the app, not the official CLI")
        #expect(run(["destroy", "--all", "--force"], in: directory, environment: ["SWIFT_CDK_CDK_CLI": fake.path]).status == 0)
        #expect(fake.recorded.last == "destroy --app \(directory)/cdk.out --all --force")
    }

    @Test func deployReportsAFailingOfficialCLI() throws {
        let fake = try FakeCDK(exitStatus: 3)
        let result = run(["deploy", "--all", "--app", Paths.conformance("01-bucket")], in: try temporaryDirectory(), environment: ["SWIFT_CDK_CDK_CLI": fake.path])
        #expect(result.status == 1)
        #expect(result.error.contains("cdk deploy failed (exit status 3)"))
    }

    @Test func deployExplainsHowToInstallAMissingCLI() throws {
        let directory = try temporaryDirectory()
        try write(#"{"app": "\#(copyingApp(Paths.conformance("01-bucket")))"}"#, to: "cdk.json", in: directory)
        let result = run(["deploy", "--all"], in: directory, environment: ["PATH": "/usr/bin:/bin"])
        #expect(result.status == 1)
        #expect(result.error.contains("which is not installed: no cdk on PATH"))
        #expect(result.error.contains("npm install -g aws-cdk"))
        #expect(!FileManager.default.fileExists(atPath: directory + "/cdk.out"), "it stops before running the app")
        let wrong = run(["destroy", "--all"], in: directory, environment: ["SWIFT_CDK_CDK_CLI": "/nonexistent"])
        #expect(wrong.error.contains("SWIFT_CDK_CDK_CLI is /nonexistent, which is not an executable file"))
    }

    @Test func deployStopsOnConstructErrors() throws {
        let fake = try FakeCDK()
        let assembly = try temporaryDirectory() + "/cdk.out"
        try synthesize(into: assembly) { app in
            Annotations.of(try Stack(app, "Broken")).addError("this stack is broken")
        }
        let result = run(["deploy", "--all", "--app", assembly], in: try temporaryDirectory(), environment: ["SWIFT_CDK_CDK_CLI": fake.path])
        #expect(result.status == 1)
        #expect(result.error.contains("[Error at /Broken] this stack is broken"))
        #expect(fake.recorded.isEmpty)
    }
}
