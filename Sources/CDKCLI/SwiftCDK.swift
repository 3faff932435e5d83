import ArgumentParser

/// The `swift-cdk` command: synthesizes, lists, diffs, draws, deploys and destroys the stacks of
/// a Swift CDK app, and creates new apps.
public struct SwiftCDK: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "swift-cdk",
        abstract: "Synthesize, list, diff, draw and deploy the stacks of a Swift CDK app, or create a new one.",
        discussion: """
            The app is the command in cdk.json's "app" (as the AWS CDK CLI reads it), or --app: a \
            command, or a cloud assembly folder. An app that cdk.json runs with swift run PRODUCT is built only \
            when its sources changed, then run directly. deploy and destroy hand the assembly to the official AWS \
            CDK CLI (cdk deploy --app cdk.out).
            """,
        version: ToolVersion.description,
        subcommands: [Synth.self, List.self, Diff.self, Graph.self, Deploy.self, Destroy.self, Context.self, Acknowledge.self, Doctor.self, Init.self])

    public init() {}

    /// Parses and runs `arguments` (without the program name) in `context`, printing errors and
    /// help as the executable does; returns the exit code.
    public static func run(_ arguments: [String], context: CLIContext) -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            if let command = command as? any ContextCommand {
                try command.run(in: context)
            } else {
                try command.run()
            }
            return 0
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if code == .success { context.print(message) } else { context.printError(message) }
            }
            return code.rawValue
        }
    }
}

/// A command that runs against a ``CLIContext`` (working directory, environment, output), so
/// that tests can run it in-process.
public protocol ContextCommand: ParsableCommand {
    /// Runs the command.
    func run(in context: CLIContext) throws
}

extension ContextCommand {
    /// Runs the command in the process's own context.
    public func run() throws { try run(in: .standard()) }
}
