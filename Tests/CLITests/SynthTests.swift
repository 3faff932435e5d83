import CDK
@testable import CDKCLI
import CDKDiff
import Foundation
import Testing

/// `swift-cdk synth`.
@Suite struct SynthTests {
    @Test func printsTheSelectedStackAsYAML() throws {
        let result = run(["synth", "--app", Paths.conformance("02-cross-stack-grants"), "Storage"], in: try temporaryDirectory())
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("Resources:\n  Data666C94C7:\n    Type: AWS::S3::Bucket\n"))
        #expect(!result.output.contains("---"))
    }

    @Test func printsJSONAndSeparatesStacks() throws {
        let json = run(["synth", "--app", Paths.conformance("06-stages-envs"), "Prod/Worker", "--json", "-e"], in: try temporaryDirectory())
        #expect(json.status == 0)
        let template = try JSONParser.parse(json.output)
        #expect(template["Resources"]?["InboxA8E05DC3"]?["Type"] == "AWS::SQS::Queue")
        let all = run(["synth", "--app", Paths.conformance("06-stages-envs")], in: try temporaryDirectory())
        #expect(all.output.components(separatedBy: "\n---\n").count == 4)
    }

    @Test func quietPrintsNothing() throws {
        let result = run(["synth", "-q", "--app", Paths.conformance("06-stages-envs")], in: try temporaryDirectory())
        #expect(result.status == 0)
        #expect(result.output.isEmpty)
    }

    @Test func listsTheContextValuesTheAppDidNotFind() throws {
        let assembly = try temporaryDirectory() + "/cdk.out"
        try synthesize(into: assembly) { app in
            let stack = try Stack(app, "Looking", env: Environment(account: "123456789012", region: "eu-west-1"))
            _ = try ContextProvider.getValue(stack, provider: "availability-zones", dummyValue: ["dummy1a"])
        }
        let result = run(["synth", "-q", "--app", assembly], in: try temporaryDirectory())
        #expect(result.status == 0)
        #expect(result.error.contains("The app looked up 1 context value that is not in cdk.context.json"))
        #expect(result.error.contains("  - availability-zones:account=123456789012:region=eu-west-1 (provider availability-zones)"))
        #expect(result.error.contains("Run `cdk synth`"))
    }

    @Test func quotesStringsThatReadAsOtherTypes() throws {
        let yaml = try YAMLWriter.string(["Version": "2012-10-17", "Flag": "true", "Empty": "", "Number": 1.5, "Text": "a\nb"])
        #expect(yaml == "Version: \"2012-10-17\"\nFlag: \"true\"\nEmpty: \"\"\nNumber: 1.5\nText: |-\n  a\n  b\n")
    }

    @Test func runsTheAppOfCdkJsonWithContext() throws {
        let directory = try temporaryDirectory()
        try write(#"{"app": "\#(copyingApp(Paths.conformance("02-cross-stack-grants")))", "context": {"fromCdkJson": "json", "both": "json"}}"#, to: "cdk.json", in: directory)
        try write(#"{"fromCache": "cache", "both": "cache"}"#, to: "cdk.context.json", in: directory)
        let result = run(["synth", "-q", "--context", "cli=yes"], in: directory)
        #expect(result.status == 0, "\(result.error)")
        let context = try JSONParser.parse(String(contentsOfFile: directory + "/context.json", encoding: .utf8))
        #expect(context["fromCdkJson"] == "json" && context["fromCache"] == "cache" && context["both"] == "json")
        #expect(context["cli"] == "yes")
        #expect(context["aws:cdk:enable-path-metadata"] == true && context["aws:cdk:version-reporting"] == true)
        #expect(context["aws:cdk:bundling-stacks"] == ["**"])
        #expect(AssemblyReader.isAssembly(directory + "/cdk.out"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).allSatisfy { !$0.contains(".synth-") })
    }

    @Test func honoursTheOutputFolder() throws {
        let directory = try temporaryDirectory()
        try write(#"{"app": "\#(copyingApp(Paths.conformance("01-bucket")))", "output": "out/assembly"}"#, to: "cdk.json", in: directory)
        #expect(run(["synth", "-q"], in: directory).status == 0)
        #expect(AssemblyReader.isAssembly(directory + "/out/assembly"))
    }

    @Test func reportsMessagesAndFailsOnErrors() throws {
        let assembly = try temporaryDirectory() + "/cdk.out"
        try synthesize(into: assembly) { app in
            let stack = try Stack(app, "Checked")
            let bucket = try CfnResource(stack, "Data", type: "AWS::S3::Bucket")
            Annotations.of(bucket).addWarning("buckets should be encrypted")
            Annotations.of(stack).addError("this stack is broken")
        }
        let result = run(["synth", "--app", assembly], in: try temporaryDirectory())
        #expect(result.status == 1)
        #expect(result.error.contains("[Warning at /Checked/Data] buckets should be encrypted"))
        #expect(result.error.contains("[Error at /Checked] this stack is broken"))
        #expect(result.error.contains("Found 1 error and 1 warning."))
        #expect(result.output.contains("AWS::S3::Bucket"))
    }

    @Test func explainsAMissingCdkJson() throws {
        let result = run(["synth"], in: try temporaryDirectory())
        #expect(result.status == 1)
        #expect(result.error.contains("There is no cdk.json in"))
        #expect(result.error.contains("swift-cdk init"))
    }

    @Test func showsTheTailOfAFailingApp() throws {
        let directory = try temporaryDirectory()
        try write(#"{"app": "echo compiling; echo 'error: cannot find Bucket in scope' >&2; exit 3"}"#, to: "cdk.json", in: directory)
        let result = run(["synth"], in: directory)
        #expect(result.status == 1)
        #expect(result.error.contains("exit status 3"))
        #expect(result.error.contains("error: cannot find Bucket in scope"))
    }

    @Test func explainsAnAppThatWritesNoAssembly() throws {
        let directory = try temporaryDirectory()
        try write(#"{"app": "true"}"#, to: "cdk.json", in: directory)
        let result = run(["synth"], in: directory)
        #expect(result.status == 1)
        #expect(result.error.contains("wrote no cloud assembly"))
        #expect(result.error.contains("CDK_OUTDIR"))
    }

    @Test func listsTheKnownStacksForAnUnknownOne() throws {
        let result = run(["synth", "--app", Paths.conformance("06-stages-envs"), "Staging/Api"], in: try temporaryDirectory())
        #expect(result.status == 1)
        #expect(result.error.contains("No stack matches 'Staging/Api'"))
        #expect(result.error.contains("Prod/Worker (Prod-Worker)"))
    }

    @Test func rejectsABrokenManifest() throws {
        let assembly = try temporaryDirectory()
        try write(#"{"version": "55.0.0", "artifacts": {"S": {"type": "aws:cloudformation:stack", "properties": {"templateFile": "S.template.json"}}}}"#, to: "manifest.json", in: assembly)
        let result = run(["synth", "--app", assembly], in: try temporaryDirectory())
        #expect(result.status == 1)
        #expect(result.error.contains("Missing environment"))
    }
}
