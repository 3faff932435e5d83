import CDK
@testable import CDKCLI
import CDKDiff
import Foundation
import Testing

/// `swift-cdk init`, and one end-to-end run of the built executable.
@Suite struct InitTests {
    @Test func createsTheProjectFiles() throws {
        let directory = try temporaryDirectory() + "/my-infra"
        let result = run(["init", directory, "--library-path", Paths.root], in: try temporaryDirectory())
        #expect(result.status == 0, "\(result.error)")
        let manifest = try String(contentsOfFile: directory + "/Package.swift", encoding: .utf8)
        #expect(manifest.contains(".package(path: \"\(URL(fileURLWithPath: Paths.root).standardizedFileURL.path)\")"))
        #expect(manifest.contains(".executableTarget(name: \"MyInfra\""))
        let config = try JSONParser.parseFile(directory + "/cdk.json")
        #expect(config["app"] == "swift run MyInfra")
        for file in ["Sources/MyInfraStacks/StorageStack.swift", "Sources/MyInfra/main.swift", "Tests/MyInfraTests/StorageStackTests.swift", ".gitignore"] {
            #expect(FileManager.default.fileExists(atPath: directory + "/" + file), "\(file)")
        }
        let again = run(["init", directory], in: try temporaryDirectory())
        #expect(again.status == 1)
        #expect(again.error.contains("not overwriting"))
    }

    @Test func defaultsToTheGitURL() throws {
        let directory = try temporaryDirectory()
        #expect(run(["init", "--name", "Infra"], in: directory).status == 0)
        let manifest = try String(contentsOfFile: directory + "/Package.swift", encoding: .utf8)
        #expect(manifest.contains(".package(url: \"\(NewProject.defaultLibraryURL)\", from: \"\(NewProject.defaultLibraryVersion)\")"))
        #expect(manifest.contains("package: \"swift-cdk\""))
    }

    @Test func rejectsBadNamesAndLibraryPaths() throws {
        #expect(run(["init", "--name", "my-infra"], in: try temporaryDirectory()).error.contains("not a Swift identifier"))
        #expect(run(["init", "--library-path", "/nonexistent"], in: try temporaryDirectory()).error.contains("has no Package.swift"))
    }

    /// The slow one: a new project builds with `swift build`, and the built `swift-cdk` executable
    /// synthesizes it. Set SWIFT_CDK_SKIP_SLOW_TESTS=1 to skip.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["SWIFT_CDK_SKIP_SLOW_TESTS"] == nil), .timeLimit(.minutes(15)))
    func newProjectBuildsAndSynthesizes() throws {
        let directory = try temporaryDirectory() + "/hello-infra"
        #expect(run(["init", directory, "--library-path", Paths.root], in: try temporaryDirectory()).status == 0)
        let build = try spawn("/usr/bin/env", ["swift", "build"], in: directory)
        #expect(build.status == 0, "swift build failed:\n\(build.output.suffix(3000))")
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("swift-cdk").path
        try #require(FileManager.default.isExecutableFile(atPath: executable), "no built swift-cdk at \(executable)")
        let synth = try spawn(executable, ["synth"], in: directory)
        #expect(synth.status == 0, "\(synth.output)")
        #expect(synth.output.contains("Type: AWS::S3::Bucket"))
        #expect(AssemblyReader.isAssembly(directory + "/cdk.out"))
        let list = try spawn(executable, ["ls"], in: directory)
        #expect(list.output == "Storage  aws://unknown-account/unknown-region\n")
    }

    private func spawn(_ program: String, _ arguments: [String], in directory: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        // SwiftPM keeps lock files in the temporary folder: give it one beside the project,
        // inside the test's folder, so that they are removed with it.
        let temporary = URL(fileURLWithPath: directory).deletingLastPathComponent().appendingPathComponent("tmp").path
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        var environment = ProcessInfo.processInfo.environment
        environment["TMPDIR"] = temporary
        process.environment = environment
        let log = directory + "/.spawn-\(UUID().uuidString).log"
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        defer { try? FileManager.default.removeItem(atPath: log) }
        return (process.terminationStatus, try String(contentsOfFile: log, encoding: .utf8))
    }
}

extension JSONParser {
    static func parseFile(_ path: String) throws -> JSONValue { try parse(String(contentsOfFile: path, encoding: .utf8)) }
}
