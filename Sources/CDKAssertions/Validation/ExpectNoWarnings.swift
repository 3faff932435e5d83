import CDK

/// Synthesizes `stage` (an app, usually) and asserts that it succeeds and that no construct
/// has an error or warning annotation (infos too, with `includingInfo`). Returns the assembly.
@discardableResult
public func expectNoWarnings(_ stage: Stage, includingInfo: Bool = false) throws -> CloudAssembly {
    let assembly = try stage.synth()
    try checkMessages(assembly.messages, includingInfo: includingInfo, of: "app")
    return assembly
}

/// Synthesizes `stack`'s app and asserts that no construct of the stack has an error or
/// warning annotation (infos too, with `includingInfo`).
public func expectNoWarnings(_ stack: Stack, includingInfo: Bool = false) throws {
    try checkMessages(try Template.synthesizedArtifact(of: stack).messages, includingInfo: includingInfo,
                      of: "stack \(stack.node.path)")
}

private func checkMessages(_ messages: [AssemblyMessage], includingInfo: Bool, of subject: String) throws {
    let reported = messages.filter { includingInfo || $0.level != .info }
    guard !reported.isEmpty else { return }
    let kinds = includingInfo ? "errors, warnings or infos" : "errors or warnings"
    throw AssertionFailure("Expected no \(kinds), but the \(subject) has \(reported.count):\n"
        + reported.map { "  \($0)" }.joined(separator: "\n"))
}
