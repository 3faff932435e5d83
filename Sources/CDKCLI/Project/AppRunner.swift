import CDKJSON
import Foundation

/// Runs an app command as the AWS CDK CLI does: through the shell, in the project folder, with
/// `CDK_OUTDIR` and `CDK_CONTEXT_JSON` set; its output is kept and shown when it fails.
struct AppRunner {
    let context: CLIContext
    let verbose: Bool

    /// Runs `command` so that it writes its assembly to `outdir`.
    func run(_ command: String, outdir: String, appContext: JSONObject) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = URL(fileURLWithPath: context.workingDirectory)
        var environment = context.environment
        environment["CDK_OUTDIR"] = outdir
        environment["CDK_CONTEXT_JSON"] = JSONWriter.compact(.object(appContext))
        environment["CDK_CLI_ASM_VERSION"] = CloudAssemblySchema.version
        process.environment = environment
        let logs = FileManager.default.temporaryDirectory.appendingPathComponent("swift-cdk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: logs) }
        let out = logs.appendingPathComponent("stdout"), err = logs.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw CLIError("Cannot run the app '\(command)': \(error.localizedDescription)")
        }
        process.waitUntilExit()
        let stdout = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
        if verbose {
            if !stdout.isEmpty { context.writeError(stdout) }
            if !stderr.isEmpty { context.writeError(stderr) }
        }
        guard process.terminationStatus == 0 else {
            let tail = Self.tail(stderr.isEmpty ? stdout : stderr, lines: 25)
            throw CLIError("""
                The app failed to build or run (exit status \(process.terminationStatus)): \(command)
                \(tail.isEmpty ? "(it printed nothing)" : tail)
                Fix the error above, then run the command again (swift-cdk synth --verbose shows all of its output).
                """)
        }
    }

    /// The last `lines` lines of `text`, indented.
    static func tail(_ text: String, lines: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).suffix(lines + 1)
            .drop { $0.isEmpty }.map { "  " + $0 }.joined(separator: "\n").trimmingCharacters(in: .newlines)
    }
}
