import Foundation

/// Where a command runs: its working directory, environment and output streams, and whether
/// its output is a terminal (for colours).
public struct CLIContext: Sendable {
    /// The folder that relative paths and `cdk.json` are resolved in.
    public var workingDirectory: String
    /// The environment (passed on to the app, with `CDK_OUTDIR` and `CDK_CONTEXT_JSON` added).
    public var environment: [String: String]
    /// Writes to standard output.
    public var writeOutput: @Sendable (String) -> Void
    /// Writes to standard error.
    public var writeError: @Sendable (String) -> Void
    /// Whether standard output is a terminal.
    public var outputIsTerminal: Bool
    /// Whether standard error is a terminal (then a build shows its own progress there).
    public var errorIsTerminal: Bool
    /// Whether the output functions write to the process's own standard output and error (then
    /// `deploy` lets the AWS CDK CLI use the terminal directly, for its prompts).
    public var inheritsStandardStreams: Bool

    /// A context with these parts.
    public init(
        workingDirectory: String, environment: [String: String],
        writeOutput: @escaping @Sendable (String) -> Void, writeError: @escaping @Sendable (String) -> Void,
        outputIsTerminal: Bool = false, errorIsTerminal: Bool = false, inheritsStandardStreams: Bool = false
    ) {
        self.workingDirectory = workingDirectory
        self.environment = environment
        self.writeOutput = writeOutput
        self.writeError = writeError
        self.outputIsTerminal = outputIsTerminal
        self.errorIsTerminal = errorIsTerminal
        self.inheritsStandardStreams = inheritsStandardStreams
    }

    /// The process's own directory, environment, standard output and standard error.
    public static func standard() -> CLIContext {
        CLIContext(
            workingDirectory: FileManager.default.currentDirectoryPath,
            environment: ProcessInfo.processInfo.environment,
            writeOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
            writeError: { FileHandle.standardError.write(Data($0.utf8)) },
            outputIsTerminal: isatty(STDOUT_FILENO) != 0, errorIsTerminal: isatty(STDERR_FILENO) != 0, inheritsStandardStreams: true)
    }

    /// Whether to colour standard output: a terminal, and `NO_COLOR` unset or empty.
    public var colors: Bool {
        outputIsTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }

    /// Prints a line (or lines) to standard output.
    public func print(_ text: String) { writeOutput(text.hasSuffix("\n") ? text : text + "\n") }

    /// Prints a line (or lines) to standard error.
    public func printError(_ text: String) { writeError(text.hasSuffix("\n") ? text : text + "\n") }

    /// `path` made absolute against the working directory, `~` expanded.
    public func absolute(_ path: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        let full = expanded.hasPrefix("/") ? expanded : workingDirectory + "/" + expanded
        return URL(fileURLWithPath: full).standardizedFileURL.path
    }
}
