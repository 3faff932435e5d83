import CDK
@testable import CDKCLI
import Foundation
import Testing

/// Paths of the repository and of `../shared`.
enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    /// The root, standardized as the tool prints it.
    static var rootStandardized: String { URL(fileURLWithPath: root).standardizedFileURL.path }
    static let shared = ProcessInfo.processInfo.environment["CDK_SHARED_DIR"] ?? root + "/../shared"
    static func conformance(_ name: String) -> String { shared + "/conformance/\(name)/expected" }
}

/// What a command printed and its exit status.
struct Result {
    var status: Int32
    var output: String
    var error: String
}

/// Collects what a command writes.
final class Capture: @unchecked Sendable {
    private let lock = NSLock()
    private var text = ""
    func append(_ more: String) { lock.lock(); text += more; lock.unlock() }
    var value: String { lock.lock(); defer { lock.unlock() }; return text }
}

/// Runs `swift-cdk <arguments>` in-process in `directory`.
func run(_ arguments: [String], in directory: String, environment: [String: String] = [:], terminal: Bool = false) -> Result {
    let out = Capture(), err = Capture()
    var env = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": NSTemporaryDirectory()]
    for (key, value) in environment { env[key] = value }
    let context = CLIContext(workingDirectory: directory, environment: env, writeOutput: out.append, writeError: err.append, outputIsTerminal: terminal)
    let status = SwiftCDK.run(arguments, context: context)
    return Result(status: status, output: out.value, error: err.value)
}

/// A new empty temporary folder, inside a folder of this test run that is removed when the
/// run ends (the init tests build whole packages there).
func temporaryDirectory() throws -> String {
    // Named like a Swift package (init derives the app name from the folder name).
    let path = TestRunFolder.path + "/test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// The folder of this test run, under the system's temporary folder.
enum TestRunFolder {
    static let path: String = {
        atexit { try? FileManager.default.removeItem(atPath: TestRunFolder.path) }
        return NSTemporaryDirectory() + "swift-cdk-tests-" + UUID().uuidString
    }()
}

/// Writes `text` to `directory/name`.
func write(_ text: String, to name: String, in directory: String) throws {
    try text.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8)
}

/// An "app" command that writes a copy of the assembly in `folder` to `CDK_OUTDIR`, as a
/// synthesizing app would (and records the context it was given in `context.json`).
func copyingApp(_ folder: String) -> String {
    // No double quotes: the command goes into cdk.json as it is.
    "printenv CDK_CONTEXT_JSON > context.json && mkdir -p $CDK_OUTDIR && cp -R '\(folder)/.' $CDK_OUTDIR"
}

/// Synthesizes an app built with the core library into `directory`.
func synthesize(into directory: String, _ build: (App) throws -> Void) throws {
    let app = try App(outdir: directory, environment: [:])
    try build(app)
    _ = try app.synth()
}

/// Runs `program` in `directory` as a user's shell would, with its output (standard output and
/// error together) and exit status; `adding` and `removing` change the environment.
func spawn(_ program: String, _ arguments: [String], in directory: String,
           adding: [String: String] = [:], removing: [String] = []) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    // SwiftPM keeps lock files in the temporary folder: give it one beside the project, inside
    // the test's folder, so that they are removed with it.
    let temporary = URL(fileURLWithPath: directory).deletingLastPathComponent().appendingPathComponent("tmp").path
    try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
    var environment = ProcessInfo.processInfo.environment
    environment["TMPDIR"] = temporary
    for key in removing { environment[key] = nil }
    for (key, value) in adding { environment[key] = value }
    process.environment = environment
    let log = temporary + "/spawn-\(UUID().uuidString).log"
    _ = FileManager.default.createFile(atPath: log, contents: nil)
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
    process.standardOutput = handle
    process.standardError = handle
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    defer { try? FileManager.default.removeItem(atPath: log) }
    return (process.terminationStatus, try String(contentsOfFile: log, encoding: .utf8))
}

/// A local moto server (CloudFormation, S3, IAM, ...) on a free port of 127.0.0.1, as
/// ../shared/tools/cdk-e2e runs it; stopped by ``stop()``.
final class MotoServer {
    let process = Process()
    let port: Int

    init(venv: String) throws {
        let free = try spawn(venv + "/python", ["-c", "import socket;s=socket.socket();s.bind(('127.0.0.1',0));print(s.getsockname()[1])"], in: NSTemporaryDirectory())
        guard let port = Int(free.output.trimmingCharacters(in: .whitespacesAndNewlines)) else { throw CLIError("no free port: \(free.output)") }
        self.port = port
        process.executableURL = URL(fileURLWithPath: venv + "/moto_server")
        process.arguments = ["-H", "127.0.0.1", "-p", "\(port)"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        for _ in 0..<100 {
            if (try? spawn("/usr/bin/env", ["curl", "-sf", "http://127.0.0.1:\(port)/moto-api/"], in: NSTemporaryDirectory()))?.status == 0 { return }
            Thread.sleep(forTimeInterval: 0.2)
        }
        stop()
        throw CLIError("moto_server did not start on port \(port)")
    }

    /// What the AWS SDKs and the CDK CLI need to talk to it (moto maps template URLs to its own
    /// S3 only for the host name localhost).
    var environment: [String: String] {
        [
            "AWS_ENDPOINT_URL": "http://localhost:\(port)", "AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
            "AWS_REGION": "us-east-1", "AWS_DEFAULT_REGION": "us-east-1", "AWS_EC2_METADATA_DISABLED": "true",
            "CDK_DISABLE_CLI_TELEMETRY": "true", "NODE_NO_WARNINGS": "1",
        ]
    }

    /// Stops the server: SIGINT (moto_server ignores SIGTERM), then SIGKILL after 5 seconds.
    func stop() {
        guard process.isRunning else { return }
        process.interrupt()
        for _ in 0..<50 where process.isRunning { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }
}
