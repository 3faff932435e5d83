import ArgumentParser
import CDKDiff
import Foundation

/// `swift-cdk graph`: draws the app's stacks, resources and references.
public struct Graph: ContextCommand {
    public static let configuration = CommandConfiguration(
        abstract: "Draw the app: stacks, their resources by construct, references and dependencies.",
        discussion: """
            Prints Graphviz DOT (default) or a Mermaid flowchart (--format mermaid, which GitHub shows in Markdown); \
            --format svg or png renders the DOT with Graphviz's dot into --file. Stacks are boxes with their \
            environment; inside, each construct below the stack is a box of its resources. Solid edges are Ref and \
            Fn::GetAtt, dotted DependsOn, dashed red cross-stack references (labelled with the export), bold the \
            stacks' deployment dependencies. The output is the same on every run.
            """)

    /// What to write.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case dot, mermaid, svg, png
    }

    @OptionGroup var app: AppOptions

    @Argument(help: "The stacks to draw (display names, stack names or patterns; default: all).")
    var stacks: [String] = []

    @Option(help: "dot, mermaid, svg or png.")
    var format: Format = .dot

    @Option(name: .customLong("file"), help: ArgumentHelp("Write to this file instead of standard output (needed for png).", valueName: "path"))
    var file: String?

    public init() {}

    public func run(in context: CLIContext) throws {
        let project = try Project(context: context, options: app)
        let assembly = try project.synthesize()
        let selected = try StackSelector.select(stacks, from: assembly)
        let graph = AppGraph(stacks: selected, all: assembly.stacks)
        switch format {
        case .dot, .mermaid:
            let text = format == .dot ? DotRenderer.render(graph) : MermaidRenderer.render(graph)
            if let file {
                try text.write(toFile: context.absolute(file), atomically: true, encoding: .utf8)
                context.printError("Wrote \(file)")
            } else {
                context.writeOutput(text)
            }
        case .svg, .png:
            guard let file else {
                throw CLIError("--format \(format.rawValue) writes a file: add --file app.\(format.rawValue).")
            }
            try GraphRenderer.render(DotRenderer.render(graph), format: format.rawValue, to: context.absolute(file), context: context)
            context.printError("Wrote \(file)")
        }
    }
}
