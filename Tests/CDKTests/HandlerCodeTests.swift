import Foundation
import Testing

/// The project's own custom-resource handlers (Handlers/): their tests, in Python and on Node.js,
/// run from the Swift suite, and the Swift files that carry them match their sources.
///
/// The Python tests need boto3 and moto; the Node.js tests need node, and, for their cases
/// against moto, moto and the AWS SDK for JavaScript from the official AWS CDK CLI's bundle.
/// Scripts/install-test-tools installs all of them into .venv-tools; without them the tests say
/// what is missing and are skipped.
@Suite struct HandlerCodeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let venvPython = root.appendingPathComponent(".venv-tools/bin/python").path

    /// The Python that has moto, boto3 and flask: .venv-tools first, then python3 on the PATH.
    static let motoPython: String? = [venvPython, "python3"].first { python in
        (try? run(python, ["-c", "import boto3, moto.server, flask"]))?.status == 0
    }
    static let python3: String? = [venvPython, "python3"].first { (try? run($0, ["--version"]))?.status == 0 }
    static let node: String? = (try? run("node", ["--version"]))?.status == 0 ? "node" : nil

    @Test(.enabled(if: python3 != nil, "python3 is not installed"))
    func embeddedSourcesMatchTheHandlers() throws {
        let result = try Self.run(Self.python3!, [Self.root.appendingPathComponent("Scripts/embed-handlers").path, "--check"])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test(.enabled(if: motoPython != nil, "boto3 and moto[server] are not installed: run Scripts/install-test-tools"))
    func pythonHandlersPassTheirTestsAgainstMoto() throws {
        let result = try Self.run(Self.motoPython!, ["-m", "unittest", "discover", "-s", "Handlers/tests", "-p", "test_*.py"])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("\nOK"), "\(result.output)")
        #expect(!result.output.contains("skipped"), "no Python handler test may be skipped:\n\(result.output)")
    }

    @Test(.enabled(if: node != nil, "node is not installed"))
    func nodeHandlersPassTheirTests() throws {
        var environment: [String: String] = [:]
        if let motoPython = Self.motoPython { environment["SWIFT_CDK_MOTO_PYTHON"] = motoPython }
        let result = try Self.run(Self.node!, ["--test", "Handlers/tests/"], environment: environment)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("\n# fail 0"), "\(result.output)")
        if !result.output.contains("\n# skipped 0") {
            let skipped = result.output.split(separator: "\n").filter { $0.contains("# SKIP") }
            print("Node.js handler tests skipped (not run against moto):\n" + skipped.joined(separator: "\n"))
        }
    }

    struct Result {
        let status: Int32
        let output: String
    }

    /// Runs `executable` (a path, or a name looked up on the PATH) in the package root.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [executable] + arguments
        process.currentDirectoryURL = root
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
