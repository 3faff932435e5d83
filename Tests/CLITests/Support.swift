import CDK
@testable import CDKCLI
import Foundation
import Testing

/// Paths of the repository and of `../shared`.
enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
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
