import CDK
@testable import CDKCLI
import CDKDiff
import Foundation
import Testing

/// What `diff` says to prevent failed deployments: replaced resources whose values are
/// imported, renames as a `cdk refactor` mapping, and a missing path.
@Suite struct DiffSafetyTests {
    @Test func aReplacedResourceWhoseValueIsImportedIsAnExportInUse() throws {
        let changed = try DiffTests.modifiedCopy() // the bucket gets a name: replaced; Compute imports its ARN
        let result = run(["diff", Paths.conformance("02-cross-stack-grants"), changed], in: try temporaryDirectory())
        #expect(result.status == 0)
        // Sorted by export name: the ARN's export, then the name's.
        #expect(result.output.contains("Exports In Use\n[!] Storage replaces Data666C94C7, whose value export Storage:ExportsOutputFnGetAttData666C94C7Arn"))
        #expect(result.output.contains("[!] Storage replaces Data666C94C7, whose value export Storage:ExportsOutputRefData666C94C774A46B8E carries to Compute"))
        #expect(result.output.contains("carries to Compute: the export's value changes, so CloudFormation will refuse to update Storage (export in use)."))
        #expect(result.output.contains(" ├─ 1. Make Compute stop using the value of Data666C94C7"))
        #expect(result.output.contains("cdk deploy --exclusively Compute"))
        #expect(result.output.contains(" └─ 2. Then deploy Storage, which replaces Data666C94C7"))

        let json = try JSONParser.parse(run(["diff", "--json", Paths.conformance("02-cross-stack-grants"), changed], in: try temporaryDirectory()).output)
        let export = try #require(json["exportsInUse"]?.arrayValue?.first)
        #expect(export["kind"] == "resource-replaced")
        #expect(export["replacedResource"] == "Data666C94C7")
        #expect(export["consumers"] == ["Compute"])
        #expect(export["steps"]?.arrayValue?.count == 2)
    }

    @Test func anUpdatedResourceIsNoExportInUse() throws {
        let copy = try temporaryDirectory() + "/versioning"
        try FileManager.default.copyItem(atPath: Paths.conformance("02-cross-stack-grants"), toPath: copy)
        let path = copy + "/Storage.template.json"
        try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\"Status\": \"Enabled\"", with: "\"Status\": \"Suspended\"")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let result = run(["diff", Paths.conformance("02-cross-stack-grants"), copy], in: try temporaryDirectory())
        #expect(result.output.contains("[~] AWS::S3::Bucket Data Data666C94C7\n"))
        #expect(!result.output.contains("Exports In Use"))
    }

    @Test func writesProbableRenamesForCdkRefactor() throws {
        let root = try temporaryDirectory()
        let env = Environment(account: "111111111111", region: "eu-west-1")
        for (folder, id) in [("v1", "Queue"), ("v2", "Work")] {
            try synthesize(into: root + "/" + folder) { app in
                _ = try CfnResource(try Stack(app, "Jobs", env: env), id, type: "AWS::SQS::Queue", properties: ["VisibilityTimeout": 60])
            }
        }
        let result = run(["diff", "v1", "v2", "--refactor-file", "renames.json"], in: root)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.contains("Wrote the probable renames to renames.json. Apply them before deploying: cdk refactor --app cdk.out --override-file renames.json"))
        let mapping = try JSONParser.parse(String(contentsOfFile: root + "/renames.json", encoding: .utf8))
        #expect(mapping == ["environments": [["account": "111111111111", "region": "eu-west-1", "resources": ["Jobs.Queue": "Jobs.Work"]]]])
        let none = run(["diff", "v1", "v1", "--refactor-file", "none.json"], in: root)
        #expect(none.error.contains("No probable renames: none.json not written."))
        #expect(!FileManager.default.fileExists(atPath: root + "/none.json"))
    }

    @Test func saysWhichOfTwoPathsIsMissing() throws {
        let result = run(["diff", Paths.conformance("01-bucket"), "missing"], in: try temporaryDirectory())
        #expect(result.status == 1)
        #expect(result.error.contains("/missing does not exist, while \(Paths.conformance("01-bucket")) does"))
        #expect(result.error.contains("swift-cdk diff OLD NEW"))
        #expect(!result.error.contains("No stack matches"))
    }
}
