import ArgumentParser
import CDKJSON
import CDKDiff

/// `swift-cdk ls`: the app's stacks in deployment order.
public struct List: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "ls",
        abstract: "List the app's stacks, each after the stacks it depends on, with their environments.",
        aliases: ["list"])

    @OptionGroup var app: AppOptions

    @Argument(help: "The stacks to list (display names, stack names or patterns; default: all).")
    var stacks: [String] = []

    @Flag(name: [.short, .long], help: "Show each stack's name, environment and dependencies.")
    var long = false

    public init() {}

    public func run(in context: CLIContext) throws {
        let project = try Project(context: context, options: app)
        let assembly = try project.synthesize()
        let selected = try StackSelector.select(stacks, from: assembly)
        if long {
            context.writeOutput(try YAMLWriter.string(.array(selected.map { details($0, assembly) })))
            return
        }
        let names = selected.map(StackSelector.name(of:))
        let width = names.map(\.count).max() ?? 0
        for (stack, name) in zip(selected, names) {
            context.print(name + String(repeating: " ", count: width - name.count) + "  " + stack.environment)
        }
    }

    private func details(_ stack: AssemblyStack, _ assembly: Assembly) -> JSONValue {
        var environment: JSONObject = [:]
        environment["account"] = .string(stack.account ?? "unknown-account")
        environment["region"] = .string(stack.region ?? "unknown-region")
        environment["name"] = .string(stack.environment)
        let dependencies = stack.dependencies.compactMap { id in assembly.stacks.first { $0.id == id } }.map { JSONValue.string($0.displayName) }
        return [
            "id": .string(StackSelector.name(of: stack)),
            "name": .string(stack.stackName),
            "environment": .object(environment),
            "dependencies": .array(dependencies),
        ]
    }
}
