import ArgumentParser
import CDKDiff

/// What `deploy` and `destroy` share: synthesize the app as `synth` does (stopping on construct
/// errors), then run the official AWS CDK CLI on the assembly this tool wrote, with the
/// user's stack names and flags passed through.
enum Delegation {
    static func run(_ command: String, arguments: [String], app: AppOptions, in context: CLIContext) throws {
        let cli = try OfficialCLI.require(context, for: command)
        let project = try Project(context: context, options: app)
        let assembly = try project.synthesize()
        let errors = MessageReporter.report(assembly.stacks, in: context)
        guard errors == 0 else {
            throw CLIError("The app has \(errors) construct error\(errors == 1 ? "" : "s") (listed above): fix them, then run swift-cdk \(command) again.")
        }
        let folder: String
        if case .assembly(let path) = try project.source() { folder = path } else { folder = project.outdir }
        // The official CLI would look the values up but deploy the placeholders of this assembly.
        let missing = MissingContextReport.read(in: folder)
        if command == "deploy" && !missing.entries.isEmpty {
            throw CLIError(missing.explanation + "\nNothing was deployed: the stacks would have the placeholders.")
        }
        let forwarded = [command, "--app", folder] + arguments
        context.printError("Running \(cli.path) \(forwarded.joined(separator: " "))")
        let status = try cli.run(forwarded, in: context)
        guard status == 0 else {
            throw CLIError("cdk \(command) failed (exit status \(status)); its messages are above.")
        }
    }
}

/// `swift-cdk deploy`: synthesizes the app, then deploys it with the official AWS CDK CLI.
public struct Deploy: ContextCommand {
    public static let configuration = CommandConfiguration(
        abstract: "Synthesize the app, then deploy its stacks with the official AWS CDK CLI.",
        discussion: """
            Runs the app as synth does, then cdk deploy --app <the assembly folder> with every other argument \
            passed through: stack names, --all, --exclusively (-e), --require-approval never, --parameters, \
            --method, --hotswap, ... (see cdk deploy --help). The official CLI (npm install -g aws-cdk) selects the \
            stacks, with the stacks they depend on unless --exclusively, and deploys them with your AWS credentials.
            """)

    @OptionGroup var app: AppOptions

    @Argument(parsing: .allUnrecognized, help: "Stacks and flags for cdk deploy.")
    var arguments: [String] = []

    public init() {}

    public func run(in context: CLIContext) throws {
        try Delegation.run("deploy", arguments: arguments, app: app, in: context)
    }
}

/// `swift-cdk destroy`: synthesizes the app, then destroys its stacks with the official AWS CDK CLI.
public struct Destroy: ContextCommand {
    public static let configuration = CommandConfiguration(
        abstract: "Synthesize the app, then destroy its stacks with the official AWS CDK CLI.",
        discussion: """
            Runs the app as synth does, then cdk destroy --app <the assembly folder> with every other argument \
            passed through: stack names, --all, --exclusively (-e), --force (-f: no confirmation). Without \
            --exclusively, the stacks that depend on the named ones are destroyed too.
            """)

    @OptionGroup var app: AppOptions

    @Argument(parsing: .allUnrecognized, help: "Stacks and flags for cdk destroy.")
    var arguments: [String] = []

    public init() {}

    public func run(in context: CLIContext) throws {
        try Delegation.run("destroy", arguments: arguments, app: app, in: context)
    }
}
