import CDK
@testable import CDKCLI
import CDKDiff
import Foundation
import Testing

/// `swift-cdk init`, and one end-to-end run of a new app: build, synth, test, diff, deploy
/// into a local moto CloudFormation server, destroy.
@Suite struct InitTests {
    @Test func createsTheProjectFiles() throws {
        let directory = try temporaryDirectory() + "/my-infra"
        let result = run(["init", directory, "--library-path", Paths.root], in: try temporaryDirectory())
        #expect(result.status == 0, "\(result.error)")
        let manifest = try String(contentsOfFile: directory + "/Package.swift", encoding: .utf8)
        #expect(manifest.contains(".package(path: \"\(Paths.rootStandardized)\")"))
        #expect(manifest.contains(#"let cdk: [Target.Dependency] = ["CDK", "CDKS3", "CDKLambda", "CDKSQS"].map {"#))
        #expect(manifest.contains("To use another service, add its product here"))
        #expect(manifest.contains(".executableTarget(name: \"MyInfra\""))
        let identity = URL(fileURLWithPath: Paths.root).standardizedFileURL.lastPathComponent
        #expect(manifest.contains(".product(name: \"CDKAssertions\", package: \"\(identity)\")"))
        let config = try JSONParser.parseFile(directory + "/cdk.json")
        #expect(config["app"] == "swift run MyInfra")
        #expect(config["context"]?["@aws-cdk/core:defaultCrossStackReferences"] == "strong")
        #expect(config["context"]?["@aws-cdk/core:aspectPrioritiesMutating"] == true)
        for file in ["Sources/MyInfraStacks/StorageStack.swift", "Sources/MyInfraStacks/ComputeStack.swift", "Sources/MyInfra/main.swift",
                     "Tests/MyInfraTests/StackTests.swift", "Tests/MyInfraTests/__Snapshots__/README.md", ".gitignore", "README.md"] {
            #expect(FileManager.default.fileExists(atPath: directory + "/" + file), "\(file)")
        }
        let main = try String(contentsOfFile: directory + "/Sources/MyInfra/main.swift", encoding: .utf8)
        #expect(main.contains("App.main { app in"))
        let tests = try String(contentsOfFile: directory + "/Tests/MyInfraTests/StackTests.swift", encoding: .utf8)
        for helper in ["App.forTesting()", "assertSnapshot(of: app)", "hasResourceProperties", "expectError(path:", "lint("] {
            #expect(tests.contains(helper), "\(helper)")
        }
        #expect(result.output.contains("Next: cd \(directory) && swift-cdk synth"))
        let again = run(["init", directory], in: try temporaryDirectory())
        #expect(again.status == 1)
        #expect(again.error.contains("not overwriting"))
    }

    @Test func dependsOnTheCheckoutItWasBuiltFromByDefault() throws {
        let directory = try temporaryDirectory()
        #expect(run(["init", "--name", "Infra"], in: directory).status == 0)
        let manifest = try String(contentsOfFile: directory + "/Package.swift", encoding: .utf8)
        #expect(manifest.contains(".package(path: \"\(Paths.rootStandardized)\")"))
        let remote = try temporaryDirectory()
        #expect(run(["init", "--name", "Infra", "--library-url", NewProject.defaultLibraryURL], in: remote).status == 0)
        let remoteManifest = try String(contentsOfFile: remote + "/Package.swift", encoding: .utf8)
        #expect(remoteManifest.contains(".package(url: \"\(NewProject.defaultLibraryURL)\", from: \"\(NewProject.defaultLibraryVersion)\")"))
        #expect(remoteManifest.contains("package: \"swift-cdk\""))
    }

    @Test func refusesToCreateTheAppInsideTheLibraryCheckout() throws {
        let result = run(["init", Paths.root + "/my-infra"], in: try temporaryDirectory())
        #expect(result.status == 1)
        #expect(result.error.contains("is inside the swift-cdk checkout that the app would depend on"))
        #expect(result.error.contains("swift-cdk init ~/my-infra"))
        #expect(!FileManager.default.fileExists(atPath: Paths.root + "/my-infra"))
    }

    @Test func rejectsBadNamesAndLibraryPaths() throws {
        #expect(run(["init", "--name", "my-infra"], in: try temporaryDirectory()).error.contains("not a Swift identifier"))
        #expect(run(["init", "--library-path", "/nonexistent"], in: try temporaryDirectory()).error.contains("has no Package.swift"))
    }

    /// The slow one, as a new user goes: init, the built swift-cdk synthesizes (building the app
    /// once), synthesizes again without a build, the app's own tests pass, an edit shows in diff,
    /// and deploy and destroy go through the official CDK CLI into a local moto server
    /// (Scripts/install-test-tools installs both). Set SWIFT_CDK_SKIP_SLOW_TESTS=1 to skip.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["SWIFT_CDK_SKIP_SLOW_TESTS"] == nil), .timeLimit(.minutes(20)))
    func newProjectBuildsSynthesizesTestsAndDeploys() throws {
        let directory = try temporaryDirectory() + "/hello-infra"
        #expect(run(["init", directory, "--library-path", Paths.root], in: try temporaryDirectory()).status == 0)
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("swift-cdk").path
        try #require(FileManager.default.isExecutableFile(atPath: executable), "no built swift-cdk at \(executable)")

        let synth = try spawn(executable, ["synth"], in: directory)
        #expect(synth.status == 0, "\(synth.output.suffix(3000))")
        #expect(synth.output.contains("Building HelloInfra (first build)..."))
        #expect(synth.output.contains("Type: AWS::S3::Bucket"))
        #expect(synth.output.contains("Type: AWS::Lambda::Function"))
        #expect(AssemblyReader.isAssembly(directory + "/cdk.out"))
        let again = try spawn(executable, ["ls"], in: directory)
        #expect(again.output.contains("HelloInfra is unchanged since its last build: running it (no build)"))
        #expect(again.output.contains("Storage  aws://unknown-account/unknown-region\nCompute  aws://unknown-account/unknown-region\n"))

        let tests = try spawn("/usr/bin/env", ["swift", "test"], in: directory, removing: ["CI"])
        #expect(tests.status == 0, "swift test failed:\n\(tests.output.suffix(4000))")
        #expect(FileManager.default.fileExists(atPath: directory + "/Tests/HelloInfraTests/__Snapshots__/StackTests/snapshot.json"))

        let stack = directory + "/Sources/HelloInfraStacks/StorageStack.swift"
        try String(contentsOfFile: stack, encoding: .utf8).replacingOccurrences(of: ".seconds(60)", with: ".seconds(120)")
            .write(toFile: stack, atomically: true, encoding: .utf8)
        let diff = try spawn(executable, ["diff"], in: directory)
        #expect(diff.status == 0, "\(diff.output.suffix(3000))")
        #expect(diff.output.contains("Building HelloInfra (\(directory) changed)..."))
        #expect(diff.output.contains("[~] AWS::SQS::Queue Work WorkBF636A8B\n └─ [~] VisibilityTimeout\n     ├─ [-] 60\n     └─ [+] 120"))

        let venv = Paths.root + "/.venv-tools/bin"
        let toolsInstalled = FileManager.default.isExecutableFile(atPath: venv + "/moto_server") && FileManager.default.isExecutableFile(atPath: venv + "/cdk")
        if ProcessInfo.processInfo.environment["CI"] != nil {
            try #require(toolsInstalled, "CI must run Scripts/install-test-tools (moto and the official CDK CLI)")
        }
        guard toolsInstalled else {
            print("deploy into moto skipped: run Scripts/install-test-tools")
            return
        }
        let moto = try MotoServer(venv: venv)
        defer { moto.stop() }
        var environment = moto.environment
        environment["SWIFT_CDK_CDK_CLI"] = venv + "/cdk"
        environment["CDK_HOME"] = URL(fileURLWithPath: directory).deletingLastPathComponent().appendingPathComponent("cdk-home").path
        let bootstrap = try spawn(venv + "/cdk", ["bootstrap", "aws://123456789012/us-east-1", "--no-notices"], in: directory, adding: environment)
        #expect(bootstrap.status == 0, "\(bootstrap.output.suffix(3000))")
        let deploy = try spawn(executable, ["deploy", "--all", "--require-approval", "never", "--method=direct", "--no-notices",
                                            "--parameters", "BootstrapVersion=/cdk-bootstrap/hnb659fds/version"], in: directory, adding: environment)
        #expect(deploy.status == 0, "\(deploy.output.suffix(3000))")
        #expect(deploy.output.contains("✅  Storage"))
        #expect(deploy.output.contains("✅  Compute"))
        let destroy = try spawn(executable, ["destroy", "--all", "--force", "--no-notices"], in: directory, adding: environment)
        #expect(destroy.status == 0, "\(destroy.output.suffix(3000))")
        #expect(destroy.output.contains("Compute: destroyed"))
    }
}

extension JSONParser {
    static func parseFile(_ path: String) throws -> JSONValue { try parse(String(contentsOfFile: path, encoding: .utf8)) }
}
