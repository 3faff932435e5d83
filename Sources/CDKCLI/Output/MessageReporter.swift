import CDKDiff

/// Prints the errors, warnings and infos that constructs recorded in the assembly, as the AWS
/// CDK CLI does after synthesis.
enum MessageReporter {
    /// Prints the messages of `stacks` to standard error; returns the number of errors.
    @discardableResult
    static func report(_ stacks: [AssemblyStack], in context: CLIContext) -> Int {
        let messages = stacks.flatMap(\.messages)
        for message in messages {
            context.printError(message.description)
        }
        let errors = messages.filter { $0.level == .error }.count
        let warnings = messages.filter { $0.level == .warning }.count
        if errors + warnings > 0 {
            context.printError("Found \(errors) error\(errors == 1 ? "" : "s") and \(warnings) warning\(warnings == 1 ? "" : "s").")
        }
        return errors
    }
}
