/// Matches a stack of one synth with the same stack of another: the same CloudFormation stack
/// name in the same environment, else the same stack name, else the same artifact id.
enum StackPairing {
    static func counterpart(of stack: AssemblyStack, in others: [AssemblyStack]) -> AssemblyStack? {
        others.first { $0.stackName == stack.stackName && $0.environment == stack.environment }
            ?? others.first { $0.stackName == stack.stackName }
            ?? others.first { $0.id == stack.id }
    }
}
