import ArgumentParser
import CDKJSON
import CDKDiff

/// `swift-cdk synth`: runs the app, then prints the selected stacks' templates.
public struct Synth: ContextCommand {
    public static let configuration = CommandConfiguration(
        abstract: "Synthesize the app into its cloud assembly and print the templates.",
        discussion: """
            Runs the app (cdk.json's "app" or --app) with CDK_OUTDIR and CDK_CONTEXT_JSON set, reads the \
            cloud assembly it writes (cdk.out), reports the constructs' errors, warnings and infos, and prints \
            the selected stacks' templates as YAML (or JSON), separated by --- when there are several. Exits \
            with status 1 when a construct recorded an error. Context values the app looked up and did not find \
            (the manifest's "missing" list) are listed: run the official CLI's cdk synth once to look them up into \
            cdk.context.json, which the next synth passes to the app.
            """)

    @OptionGroup var app: AppOptions

    @Argument(help: "The stacks to print (display names, stack names or patterns; default: all).")
    var stacks: [String] = []

    @Flag(name: .long, help: "Print JSON instead of YAML.")
    var json = false

    @Flag(name: [.short, .long], help: "Print no templates, only the constructs' messages.")
    var quiet = false

    @Flag(name: [.customShort("e"), .long], help: "Only the named stacks, not the stacks they depend on.")
    var exclusively = false

    public init() {}

    public func run(in context: CLIContext) throws {
        let project = try Project(context: context, options: app)
        let assembly = try project.synthesize()
        let selected = try StackSelector.select(stacks, from: assembly, extend: exclusively ? .none : .upstream)
        let errors = MessageReporter.report(selected, in: context)
        let folder: String
        if case .assembly(let path) = try project.source() { folder = path } else { folder = project.outdir }
        let missing = MissingContextReport.read(in: folder)
        if !missing.entries.isEmpty { context.printError(missing.explanation) }
        if !quiet {
            let texts = try selected.map { json ? JSONWriter.string($0.template, indent: 1) + "\n" : try YAMLWriter.string($0.template) }
            context.writeOutput(texts.joined(separator: "---\n"))
        }
        if errors > 0 {
            throw CLIError("The app has \(errors) construct error\(errors == 1 ? "" : "s") (listed above): the AWS CDK CLI will not deploy it.")
        }
    }
}
