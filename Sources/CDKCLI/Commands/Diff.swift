import ArgumentParser
import CDKJSON
import CDKDiff
import Foundation

/// `swift-cdk diff`: what deploying the app's current synth would change, compared with the
/// previous synth (or a baseline assembly or template).
public struct Diff: ContextCommand {
    public static let configuration = CommandConfiguration(
        abstract: "Compare the app's stacks with the previous synth, or two assemblies or templates.",
        discussion: """
            Without --current, synthesizes the app and compares it with the assembly already in the output \
            folder (read before the new synth replaces it), or with --baseline. With --baseline OLD --current NEW \
            (or two paths: swift-cdk diff OLD NEW), compares two cloud assembly folders or template files without \
            running the app. Shows, per stack, what is added, removed and changed, with the impact of each \
            change (update, replace, may be replaced, destroy, orphan), IAM and security group changes, probable \
            renames and exports still in use.
            """)

    @OptionGroup var app: AppOptions

    @Argument(help: "The stacks to compare (display names, stack names or patterns; default: all).")
    var stacks: [String] = []

    @Option(help: ArgumentHelp("Compare with this cloud assembly folder or template file instead of the previous synth.", valueName: "path"))
    var baseline: String?

    @Option(help: ArgumentHelp("Compare this assembly folder or template file (needs --baseline) instead of synthesizing the app.", valueName: "path"))
    var current: String?

    @Flag(help: "Exit with status 1 when there are differences.")
    var fail = false

    @Flag(help: "Print a machine-readable JSON report.")
    var json = false

    @Option(name: .customLong("refactor-file"), help: ArgumentHelp(
        "Write the probable renames to this file, for cdk refactor --override-file (moves resources to their new logical ids instead of replacing them).",
        valueName: "path"))
    var refactorFile: String?

    @Option(name: .customLong("context-lines"), help: "Lines of context around changes inside objects and arrays.")
    var contextLines = 3

    @Option(name: .customLong("resource-types"), help: ArgumentHelp(
        "A resource-types.json to read create-only properties from (default: built in; also SWIFT_CDK_RESOURCE_TYPES).", valueName: "path"))
    var resourceTypes: String?

    @Flag(name: [.customShort("e"), .long], help: "Only the named stacks, not the stacks they depend on.")
    var exclusively = false

    public init() {}

    public func validate() throws {
        if current != nil && baseline == nil { throw ValidationError("--current needs --baseline: name the two assemblies or templates to compare.") }
    }

    public func run(in context: CLIContext) throws {
        var patterns = stacks
        var baselinePath = baseline, currentPath = current
        if baselinePath == nil, currentPath == nil, patterns.count == 2,
           patterns.allSatisfy({ FileManager.default.fileExists(atPath: context.absolute($0)) }) {
            (baselinePath, currentPath, patterns) = (patterns[0], patterns[1], [])
        } else if baselinePath == nil, currentPath == nil, patterns.count == 2,
                  let existing = patterns.first(where: { FileManager.default.fileExists(atPath: context.absolute($0)) }),
                  let missing = patterns.first(where: { !FileManager.default.fileExists(atPath: context.absolute($0)) }) {
            throw CLIError("""
                \(context.absolute(missing)) does not exist, while \(existing) does: to compare two synths, name two cloud assembly \
                folders or template files (swift-cdk diff OLD NEW); to compare stacks of the app with its previous synth, name \
                stacks only (swift-cdk ls lists them).
                """)
        }
        let previous: DiffInput?
        let new: Assembly
        if let currentPath {
            previous = try DiffInput.load(context.absolute(baselinePath!))
            new = try DiffInput.load(context.absolute(currentPath)).assembly(matching: nil)
        } else {
            let project = try Project(context: context, options: app)
            previous = try baselinePath.map { try DiffInput.load(context.absolute($0)) } ?? project.previousAssembly().map(DiffInput.assembly)
            new = try project.synthesize()
        }
        let selection = patterns.isEmpty ? nil : try StackSelector.select(patterns, from: new, extend: exclusively ? .none : .upstream)
        let target = try Self.templateTarget(selection ?? new.stacks, previous: previous)
        let old = previous?.assembly(matching: target)
        let diff = AssemblyDiffer(registry: try registry(context)).diff(old: old, new: new, selection: selection)
        if json {
            context.print(JSONWriter.string(DiffReport.json(diff), indent: 2))
        } else {
            context.writeOutput(DiffFormatter(style: TextStyle(enabled: context.colors), context: contextLines).format(diff))
        }
        if let refactorFile { try writeRefactorFile(refactorFile, diff, context) }
        if fail && diff.hasDifferences { throw ExitCode(1) }
    }

    private func writeRefactorFile(_ path: String, _ diff: AssemblyDiff, _ context: CLIContext) throws {
        guard let mapping = RefactorMapping.json(diff) else {
            context.printError("No probable renames: \(path) not written.")
            return
        }
        let full = context.absolute(path)
        try (JSONWriter.string(mapping.json, indent: 2) + "\n").write(toFile: full, atomically: true, encoding: .utf8)
        var note = "Wrote the probable renames to \(path). Apply them before deploying: cdk refactor --app cdk.out --override-file \(path) (check with --dry-run first)."
        if mapping.unknownEnvironment {
            note += " Some stacks have no account or region: replace unknown-account and unknown-region in the file with the account and region they are deployed to."
        }
        context.printError(note)
    }

    /// The one stack a template baseline stands for.
    private static func templateTarget(_ stacks: [AssemblyStack], previous: DiffInput?) throws -> AssemblyStack? {
        guard case .template? = previous else { return nil }
        guard stacks.count == 1 else {
            let names = stacks.map(StackSelector.name(of:)).joined(separator: ", ")
            throw CLIError("A template baseline stands for one stack: name the stack to compare it with (the app's stacks: \(names)).")
        }
        return stacks[0]
    }

    private func registry(_ context: CLIContext) throws -> ResourceTypeRegistry {
        guard let path = resourceTypes ?? context.environment["SWIFT_CDK_RESOURCE_TYPES"].flatMap({ $0.isEmpty ? nil : $0 }) else {
            return .builtIn
        }
        return ResourceTypeRegistry.builtIn.merging(try ResourceTypesFile.load(contentsOf: context.absolute(path)))
    }
}
