import CDKJSON

/// A cloud assembly read from `cdk.out` (or taken from an in-memory synthesis): every stack of
/// the app, stages' nested assemblies included, in manifest order.
public struct Assembly: Sendable {
    /// The folder it was read from, if any.
    public var directory: String?
    /// The stacks, nested assemblies' stacks included, in manifest order.
    public var stacks: [AssemblyStack]

    /// An assembly of these stacks.
    public init(directory: String? = nil, stacks: [AssemblyStack]) {
        self.directory = directory
        self.stacks = stacks
    }

    /// The assembly that `CDK` synthesized in memory (`Assembly(try app.synth())`).
    public init(_ assembly: some InMemoryCloudAssembly) {
        self.directory = assembly.directory
        self.stacks = assembly.stacksRecursively.map { stack in
            AssemblyStack(
                id: stack.id, stackName: stack.stackName, displayName: stack.displayName,
                environment: stack.environmentName, template: stack.template,
                dependencies: stack.dependencies, metadata: stack.metadata, tags: stack.tags)
        }
    }

    /// The stack with this artifact id, display name or stack name.
    public func stack(named name: String) -> AssemblyStack? {
        stacks.first { $0.id == name } ?? stacks.first { $0.displayName == name } ?? stacks.first { $0.stackName == name }
    }

    /// The stacks ordered so that every stack comes after the stacks it depends on; otherwise
    /// in manifest order.
    public var stacksInDependencyOrder: [AssemblyStack] {
        StackOrder.sorted(stacks)
    }

    /// Every error, warning and info of every stack.
    public var messages: [StackMessage] { stacks.flatMap(\.messages) }
}
