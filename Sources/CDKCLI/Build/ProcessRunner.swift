import Foundation

/// Runs a program and collects what it prints, or lets it print to the terminal.
struct ProcessRunner {
    let context: CLIContext

    /// How a run ended.
    struct Result {
        /// The exit status (or the signal's number, when `crashed`).
        var status: Int32
        /// Whether a signal ended it (a crash).
        var crashed: Bool
        /// Standard output (with standard error when they were merged); empty when passed through.
        var output: String
        /// Standard error, when it was kept apart.
        var errorOutput: String
    }

    /// Runs `program` with `arguments` in `directory`. With `passThrough`, its output goes to this
    /// process's standard error (a build's progress on a terminal); otherwise standard output
    /// and standard error are collected, merged unless `separateErrors`.
    func run(
        _ program: String, _ arguments: [String], in directory: String, environment: [String: String],
        passThrough: Bool, separateErrors: Bool = false
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        let logs = FileManager.default.temporaryDirectory.appendingPathComponent("swift-cdk-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: logs) }
        let out = logs.appendingPathComponent("stdout"), err = logs.appendingPathComponent("stderr")
        if passThrough {
            process.standardOutput = FileHandle.standardError
            process.standardError = FileHandle.standardError
        } else {
            try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: out.path, contents: nil)
            let outHandle = try FileHandle(forWritingTo: out)
            process.standardOutput = outHandle
            if separateErrors {
                _ = FileManager.default.createFile(atPath: err.path, contents: nil)
                process.standardError = try FileHandle(forWritingTo: err)
            } else {
                process.standardError = outHandle
            }
        }
        do {
            try process.run()
        } catch {
            throw CLIError("Cannot run \(program) \(arguments.joined(separator: " ")): \(error.localizedDescription)")
        }
        process.waitUntilExit()
        let read = { (url: URL) in passThrough ? "" : ((try? String(contentsOf: url, encoding: .utf8)) ?? "") }
        return Result(
            status: process.terminationStatus, crashed: process.terminationReason == .uncaughtSignal,
            output: read(out), errorOutput: separateErrors ? read(err) : "")
    }
}
