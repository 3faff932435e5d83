import CDK
@testable import CDKCLI
import CDKDiff
import Foundation
import Testing

/// The sub-second loop: a `swift run PRODUCT` app is built only when its sources changed, and
/// its executable then runs directly.
@Suite struct LoopTests {
    @Test func parsesPlainSwiftRunCommands() {
        #expect(SwiftRunCommand.parse("swift run MyInfra") == SwiftRunCommand(product: "MyInfra"))
        #expect(SwiftRunCommand.parse("swift run -q -c release MyInfra --flag") == SwiftRunCommand(product: "MyInfra", configuration: "release", arguments: ["--flag"]))
        #expect(SwiftRunCommand.parse("swift  run --package-path infra --configuration=debug App")?.packagePath == "infra")
        for command in ["swift run", "swift build", "swift run -Xswiftc -O App", "swift run App && echo hi", "swift run '$X'", "swift run -c fast App", "npx ts-node app.ts"] {
            #expect(SwiftRunCommand.parse(command) == nil, "\(command)")
        }
    }

    @Test func fingerprintSeesEditsAndLeavesOutTheOutputAndHiddenFolders() throws {
        let root = try temporaryDirectory()
        try FileManager.default.createDirectory(atPath: root + "/Sources/App", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/.build", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/cdk.out", withIntermediateDirectories: true)
        try write("print(1)\n", to: "Sources/App/main.swift", in: root)
        let digest = { SourceFingerprint.digest(of: root, excluded: [root + "/cdk.out"]) }
        let first = digest()
        try write("{}", to: "cdk.out/manifest.json", in: root)
        try write("x", to: ".build/log", in: root)
        try write("{\"pins\": []}", to: "Package.resolved", in: root)
        #expect(digest() == first, "output folder, hidden folders and Package.resolved do not count by their stamps")
        try write("print(2)\n", to: "Sources/App/main.swift", in: root)
        #expect(digest() != first)
        #expect(SourceFingerprint.resolvedDigest(root) != "none")
    }

    /// Builds a tiny package through `swift-cdk synth` three times: a first build, an unchanged
    /// run without a build, and a build after an edit, whose output shows the edit.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["SWIFT_CDK_SKIP_SLOW_TESTS"] == nil), .timeLimit(.minutes(10)))
    func buildsOnlyWhenTheSourcesChange() throws {
        let root = try temporaryDirectory() + "/tiny-app"
        try FileManager.default.createDirectory(atPath: root + "/Sources/Tiny", withIntermediateDirectories: true)
        try write("// swift-tools-version: 6.0\nimport PackageDescription\nlet package = Package(name: \"tiny-app\", targets: [.executableTarget(name: \"Tiny\")])\n", to: "Package.swift", in: root)
        try write(Self.app(queueName: "first"), to: "Sources/Tiny/main.swift", in: root)
        try write(#"{"app": "swift run Tiny"}"#, to: "cdk.json", in: root)
        let environment = ["TMPDIR": try temporaryDirectory()]

        let first = run(["synth", "--json"], in: root, environment: environment)
        #expect(first.status == 0, "\(first.error)")
        #expect(first.error.contains("Building Tiny (first build)..."))
        #expect(first.error.contains("Built Tiny in "))
        #expect(first.error.contains("Synthesized in "))
        #expect(first.error.contains("Wrote cdk.out in "))
        #expect(first.output.contains("\"QueueName\": \"first\""))
        #expect(FileManager.default.fileExists(atPath: root + "/.build/swift-cdk/Tiny-debug.json"))

        let unchanged = run(["synth", "--json"], in: root, environment: environment)
        #expect(unchanged.status == 0, "\(unchanged.error)")
        #expect(unchanged.error.contains("Tiny is unchanged since its last build: running it (no build)"))
        #expect(!unchanged.error.contains("Building"))
        #expect(unchanged.output == first.output)

        try write(Self.app(queueName: "second"), to: "Sources/Tiny/main.swift", in: root)
        let edited = run(["synth", "--json"], in: root, environment: environment)
        #expect(edited.status == 0, "\(edited.error)")
        #expect(edited.error.contains("Building Tiny (\(root) changed)..."))
        #expect(edited.output.contains("\"QueueName\": \"second\""))

        // A build error is shown as the compiler's error, and the previous executable is not run.
        try write("let x: Int = \"not a number\"\n", to: "Sources/Tiny/main.swift", in: root)
        let broken = run(["synth"], in: root, environment: environment)
        #expect(broken.status == 1)
        #expect(broken.error.contains("The app did not build"))
        #expect(broken.error.contains("error:"))
    }

    /// A tiny app without the library: writes a one-stack assembly to CDK_OUTDIR.
    static func app(queueName: String) -> String {
        #"""
        import Foundation
        let out = ProcessInfo.processInfo.environment["CDK_OUTDIR"]!
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try #"{"version": "55.0.0", "artifacts": {"S": {"type": "aws:cloudformation:stack", "environment": "aws://unknown-account/unknown-region", "properties": {"templateFile": "S.template.json"}}}}"#.write(toFile: out + "/manifest.json", atomically: true, encoding: .utf8)
        try #"{"Resources": {"Q": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "\#(queueName)"}}}}"#.write(toFile: out + "/S.template.json", atomically: true, encoding: .utf8)
        """#
    }
}
