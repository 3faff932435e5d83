import CDK
@testable import CDKCLI
import CDKDiff
import Foundation
import Testing

/// Corrupt or wrong-shape JSON inputs get a short message with the file and the JSON path.
@Suite struct JSONInputTests {
    private let manifest = #"{"version": "55.0.0", "artifacts": {"S": {"type": "aws:cloudformation:stack", "environment": "aws://unknown-account/unknown-region", "properties": {"templateFile": "S.template.json"}}}}"#

    private func assembly(manifest: String? = nil, template: String) throws -> String {
        let folder = try temporaryDirectory()
        try write(manifest ?? self.manifest, to: "manifest.json", in: folder)
        try write(template, to: "S.template.json", in: folder)
        return folder
    }

    private func synthError(_ folder: String) throws -> String {
        let result = run(["synth", "--app", folder], in: try temporaryDirectory())
        #expect(result.status == 1)
        #expect(result.error.count < 1_000, "a short message, not \(result.error.count) characters")
        return result.error
    }

    @Test func aManifestThatIsAnArray() throws {
        let folder = try assembly(manifest: "[1, 2]", template: "{}")
        #expect(try synthError(folder).contains("\(folder)/manifest.json: $ is an array, but must be an object (a cloud assembly manifest)."))
    }

    @Test func artifactsThatAreAString() throws {
        let folder = try assembly(manifest: #"{"version": "55.0.0", "artifacts": "S"}"#, template: "{}")
        #expect(try synthError(folder).contains("manifest.json: $.artifacts is a string, but must be an object"))
    }

    @Test func resourcesThatAreAnArray() throws {
        let folder = try assembly(template: #"{"Resources": [1, 2]}"#)
        #expect(try synthError(folder).contains("S.template.json: $.Resources is an array, but must be an object (Resources by logical id)."))
    }

    @Test func aResourceWithoutAType() throws {
        let folder = try assembly(template: #"{"Resources": {"Bucket": {"Properties": {}}}}"#)
        #expect(try synthError(folder).contains("S.template.json: $.Resources.Bucket.Type is missing, but must be a string"))
    }

    @Test func twoHundredThousandNestedArrays() throws {
        let folder = try assembly(template: String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000))
        let error = try synthError(folder)
        #expect(error.contains("S.template.json is not valid JSON (at $[0][0][0][0][0][0]…(512 levels)…[0][0][0]): Invalid JSON at offset 512: nested too deeply"))
    }

    @Test func corruptJSONNamesThePath() throws {
        let folder = try assembly(template: #"{"Resources": {"A": {"Type": "X", "Properties": [1, {"k": tru}]}}}"#)
        #expect(try synthError(folder).contains("S.template.json is not valid JSON (at $.Resources.A.Properties[1].k): Invalid JSON at offset 58"))
        let huge = try assembly(template: #"{"Resources": {"A": "# + String(repeating: "x", count: 400_000) + "}}")
        #expect(try synthError(huge).contains("(at $.Resources.A)"))
    }

    @Test func aTemplateFileOfTheWrongShapeForDiff() throws {
        let directory = try temporaryDirectory()
        try write(#"{"Resources": "none"}"#, to: "old.json", in: directory)
        let result = run(["diff", "old.json", Paths.conformance("01-bucket") + "/BucketStack.template.json"], in: directory)
        #expect(result.status == 1)
        #expect(result.error.contains("old.json: $.Resources is a string, but must be an object"))
    }

    @Test func aCdkJsonThatIsNotAnObject() throws {
        let directory = try temporaryDirectory()
        try write("[1]", to: "cdk.json", in: directory)
        #expect(run(["synth"], in: directory).error.contains("cdk.json must hold a JSON object"))
        try write(#"{"app": "x", "context": {"a": }"#, to: "cdk.json", in: directory)
        #expect(run(["synth"], in: directory).error.contains("cdk.json is not valid JSON (at $.context.a)"))
    }
}
