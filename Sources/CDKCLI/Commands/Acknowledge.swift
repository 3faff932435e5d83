import ArgumentParser
import CDKJSON

/// `swift-cdk acknowledge ID`: stops the AWS CDK CLI from showing a notice again.
public struct Acknowledge: ContextCommand {
    public static let configuration = CommandConfiguration(
        commandName: "acknowledge",
        abstract: "Acknowledge a notice of the AWS CDK CLI, so that it is not shown again.",
        discussion: """
            Adds the notice's number to "acknowledged-issue-numbers" in cdk.context.json, where the AWS CDK \
            CLI (which swift-cdk deploy runs) reads it.
            """,
        aliases: ["ack"])

    @Argument(help: "The notice's number, as the AWS CDK CLI shows it (for example 16603).")
    var id: String

    public init() {}

    public func run(in context: CLIContext) throws {
        guard let number = Int(id), number > 0 else {
            throw CLIError("Invalid notice ID '\(id)': notices have numeric IDs, such as 16603 (swift-cdk acknowledge 16603).")
        }
        var file = try ContextFile.load(in: context.workingDirectory)
        let key = "acknowledged-issue-numbers"
        guard let existing = file.values[key]?.arrayValue ?? (file.values[key] == nil ? [] : nil) else {
            throw CLIError("\"\(key)\" in \(file.path) is not an array of numbers: fix or remove it (swift-cdk context --reset \(key)).")
        }
        if existing.contains(.number(Double(number))) {
            context.print("Notice \(number) is already acknowledged.")
            return
        }
        file.values[key] = .array(existing + [.number(Double(number))])
        try file.save()
        context.print("Acknowledged notice \(number) (in \(file.path)).")
    }
}
