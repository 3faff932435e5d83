import CDKJSON
import Foundation

/// Runs an app as the AWS CDK CLI does: in the project folder, with `CDK_OUTDIR` and
/// `CDK_CONTEXT_JSON` set; its output is kept, and shown when it fails.
struct AppRunner {
    let context: CLIContext
    let verbose: Bool

    /// What to run.
    enum Invocation {
        /// A command, through `/bin/sh -c`.
        case shell(String)
        /// A built executable and its arguments.
        case executable(String, arguments: [String])
    }

    /// Runs the app so that it writes its assembly to `outdir`; `command` names it in errors.
    func run(_ invocation: Invocation, command: String, outdir: String, appContext: JSONObject) throws {
        var environment = context.environment
        environment["CDK_OUTDIR"] = outdir
        environment["CDK_CONTEXT_JSON"] = JSONWriter.compact(.object(appContext))
        environment["CDK_CLI_ASM_VERSION"] = CloudAssemblySchema.version
        let (program, arguments): (String, [String])
        switch invocation {
        case .shell(let text): (program, arguments) = ("/bin/sh", ["-c", text])
        case .executable(let path, let rest): (program, arguments) = (path, rest)
        }
        let result: ProcessRunner.Result
        do {
            result = try ProcessRunner(context: context).run(
                program, arguments, in: context.workingDirectory, environment: environment, passThrough: false, separateErrors: true)
        } catch let error as CLIError {
            throw CLIError("Cannot run the app '\(command)': \(error.message)")
        }
        if verbose {
            if !result.output.isEmpty { context.writeError(result.output) }
            if !result.errorOutput.isEmpty { context.writeError(result.errorOutput) }
        }
        guard result.status != 0 || result.crashed else { return }
        throw Self.failure(result, command: command)
    }

    /// The error for a failed run: the app's own `error:` lines (``App/main(outdir:_:)``), a
    /// crash's message without its backtrace, or the end of what it printed.
    static func failure(_ result: ProcessRunner.Result, command: String) -> CLIError {
        let text = result.errorOutput.isEmpty ? result.output : result.errorOutput
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        // App.main exits with status 1 after its `error: ...` lines; compiler diagnostics
        // (`main.swift:3:5: error: ...`) mean a failed build instead.
        let reported = lines.filter { $0.hasPrefix("error: ") }
        if !result.crashed, result.status == 1, lines.last?.hasPrefix("error: ") == true, !lines.contains(where: { $0.contains(": error: ") }) {
            return CLIError("""
                The app reported \(reported.count) error\(reported.count == 1 ? "" : "s"):
                \(reported.map { "  " + $0 }.joined(separator: "\n"))
                Fix \(reported.count == 1 ? "it" : "them") in the app's code, then run the command again.
                """)
        }
        if result.crashed || lines.contains(where: { $0.contains("Fatal error") }) {
            let fatal = lines.filter { $0.contains("Fatal error") || $0.contains("error:") }.prefix(5)
            let shown = fatal.isEmpty ? tail(text, lines: 5) : fatal.map { "  " + $0 }.joined(separator: "\n")
            return CLIError("""
                The app crashed\(result.crashed ? " (signal \(result.status))" : ""): \(command)
                \(shown)
                Errors thrown in main.swift crash the app: wrap it in App.main { app in ... }, which prints them as \
                `error: [path] message` instead (swift-cdk synth --verbose shows all of its output).
                """)
        }
        let shown = tail(text, lines: 25)
        return CLIError("""
            The app failed to build or run (exit status \(result.status)): \(command)
            \(shown.isEmpty ? "(it printed nothing)" : shown)
            Fix the error above, then run the command again (swift-cdk synth --verbose shows all of its output).
            """)
    }

    /// The last `lines` lines of `text`, indented.
    static func tail(_ text: String, lines: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).suffix(lines + 1)
            .drop { $0.isEmpty }.map { "  " + $0 }.joined(separator: "\n").trimmingCharacters(in: .newlines)
    }
}
