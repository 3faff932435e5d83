import CDK
@testable import CDKCLI
import CDKDiff
import Foundation
import Testing

/// `context`, `acknowledge`, `doctor` and `--version`.
@Suite struct ProjectCommandTests {
    private func project() throws -> String {
        let directory = try temporaryDirectory()
        try write(#"{"app": "true", "context": {"@aws-cdk/core:defaultCrossStackReferences": "strong"}}"#, to: "cdk.json", in: directory)
        try write(#"{"vpc-provider:account=1:filter=x": {"vpcId": "vpc-1"}, "availability-zones:account=1:region=eu-west-1": ["a", "b"]}"#, to: "cdk.context.json", in: directory)
        return directory
    }

    @Test func listsTheContextNumbered() throws {
        let result = run(["context"], in: try project())
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("#  Key"))
        let lines = result.output.split(separator: "\n").map(String.init)
        let first = try #require(lines.first { $0.hasPrefix("1  @aws-cdk/core:defaultCrossStackReferences ") })
        #expect(first.contains(" \"strong\" ") && first.hasSuffix(" cdk.json"))
        let second = try #require(lines.first { $0.hasPrefix("2  availability-zones:account=1:region=eu-west-1 ") })
        #expect(second.contains(" [\"a\",\"b\"] ") && second.hasSuffix(" cdk.context.json"))
        let json = try JSONParser.parse(run(["context", "--json"], in: try project()).output)
        #expect(json["vpc-provider:account=1:filter=x"]?["vpcId"] == "vpc-1")
    }

    @Test func resetsByKeyOrNumberAndClears() throws {
        let directory = try project()
        #expect(run(["context", "--reset", "2"], in: directory).output.contains("Reset 'availability-zones:account=1:region=eu-west-1'"))
        var cached = try JSONParser.parse(String(contentsOfFile: directory + "/cdk.context.json", encoding: .utf8))
        #expect(cached.objectValue?.count == 1)
        #expect(run(["context", "--reset", "vpc-provider:account=1:filter=x"], in: directory).status == 0)
        cached = try JSONParser.parse(String(contentsOfFile: directory + "/cdk.context.json", encoding: .utf8))
        #expect(cached.objectValue?.isEmpty == true)
        let fromCdkJson = run(["context", "--reset", "@aws-cdk/core:defaultCrossStackReferences"], in: directory)
        #expect(fromCdkJson.status == 1)
        #expect(fromCdkJson.error.contains("is set in cdk.json's \"context\""))
        let unknown = run(["context", "--reset", "nope"], in: directory)
        #expect(unknown.status == 1 && unknown.error.contains("No context value with key or number 'nope'"))
        let other = try project()
        #expect(run(["context", "--clear"], in: other).status == 0)
        #expect(try String(contentsOfFile: other + "/cdk.context.json", encoding: .utf8) == "{}\n")
    }

    @Test func acknowledgesNoticesOnce() throws {
        let directory = try project()
        #expect(run(["acknowledge", "16603"], in: directory).output.contains("Acknowledged notice 16603"))
        #expect(run(["acknowledge", "16603"], in: directory).output.contains("already acknowledged"))
        #expect(run(["ack", "31885"], in: directory).status == 0)
        let cached = try JSONParser.parse(String(contentsOfFile: directory + "/cdk.context.json", encoding: .utf8))
        #expect(cached["acknowledged-issue-numbers"] == [16603, 31885])
        #expect(cached["vpc-provider:account=1:filter=x"] != nil, "other values are kept")
        let invalid = run(["acknowledge", "@aws-cdk/aws-ecs:minHealthyPercent"], in: directory)
        #expect(invalid.status == 1 && invalid.error.contains("notices have numeric IDs"))
    }

    @Test func printsTheVersion() throws {
        let result = run(["--version"], in: try temporaryDirectory())
        #expect(result.status == 0)
        #expect(result.output == "swift-cdk \(ToolVersion.library) (cloud assembly schema \(CloudAssemblySchema.version))\n")
    }

    @Test func doctorReportsTheToolsAndTheAssembly() throws {
        let directory = try temporaryDirectory()
        try FileManager.default.copyItem(atPath: Paths.conformance("01-bucket"), toPath: directory + "/cdk.out")
        try write(#"{"app": "swift run MyInfra"}"#, to: "cdk.json", in: directory)
        let missing = run(["doctor"], in: directory, environment: ["SWIFT_CDK_CDK_CLI": "/nonexistent/cdk", "AWS_REGION": "eu-west-1", "AWS_SECRET_ACCESS_KEY": "hidden"])
        #expect(missing.status == 0, "\(missing.error)")
        #expect(missing.output.contains("swift-cdk \(ToolVersion.library)"))
        #expect(missing.output.contains("Swift toolchain: Swift version"))
        #expect(missing.output.contains("Library: built from the checkout at \(Paths.rootStandardized)"))
        #expect(missing.output.contains("App: swift run MyInfra (built only when its sources change, then run directly)"))
        #expect(missing.output.contains("schema 55.0.0 (this tool reads it"))
        #expect(missing.output.contains("❌ AWS CDK CLI: not found"))
        #expect(missing.output.contains("npm install -g aws-cdk"))
        #expect(missing.output.contains("AWS_REGION = eu-west-1"))
        #expect(missing.output.contains("AWS_SECRET_ACCESS_KEY = <redacted>"))
        #expect(!missing.output.contains("hidden"))
        let fake = try FakeCDK()
        let found = run(["doctor"], in: directory, environment: ["SWIFT_CDK_CDK_CLI": fake.path])
        #expect(found.output.contains("✅ AWS CDK CLI: \(fake.path), version 2.1146.1 (build fake)"))
    }

    @Test func refusesAnAssemblyOfANewerSchema() throws {
        let assembly = try temporaryDirectory()
        try FileManager.default.removeItem(atPath: assembly)
        try FileManager.default.copyItem(atPath: Paths.conformance("01-bucket"), toPath: assembly)
        let manifest = try String(contentsOfFile: assembly + "/manifest.json", encoding: .utf8)
        try manifest.replacingOccurrences(of: "\"version\": \"55.0.0\"", with: "\"version\": \"99.0.0\"").write(toFile: assembly + "/manifest.json", atomically: true, encoding: .utf8)
        let result = run(["ls", "--app", assembly], in: try temporaryDirectory())
        #expect(result.status == 1)
        #expect(result.error.contains("has cloud assembly schema version 99.0.0, newer than this swift-cdk knows (55.0.0)"))
        try manifest.replacingOccurrences(of: "\"version\": \"55.0.0\"", with: "\"version\": \"latest\"").write(toFile: assembly + "/manifest.json", atomically: true, encoding: .utf8)
        #expect(run(["ls", "--app", assembly], in: try temporaryDirectory()).error.contains("\"version\" is \"latest\", not a version"))
    }
}

/// A stand-in for the official CDK CLI: records its arguments in `calls` and answers --version.
struct FakeCDK {
    let path: String
    let calls: String

    init(exitStatus: Int = 0) throws {
        let folder = try temporaryDirectory()
        path = folder + "/cdk"
        calls = folder + "/calls"
        try """
            #!/bin/sh
            if [ "$1" = "--version" ]; then echo "2.1146.1 (build fake)"; exit 0; fi
            echo "$@" >> '\(calls)'
            echo "fake cdk: $1 done"
            exit \(exitStatus)
            """.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
    }

    /// The argument lines it was called with.
    var recorded: [String] {
        ((try? String(contentsOfFile: calls, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }
}
