@testable import CDK

/// An app that reads nothing from the process environment.
func makeApp(context: [String: JSONValue] = [:]) throws -> App {
    try App(context: context, environment: [:])
}

/// The synthesized template of `stack`.
func template(of stack: Stack) throws -> JSONValue {
    guard let stage = Stage.of(stack), let artifact = try stage.synth().stack(stack.artifactId) else {
        throw CDKError(code: "Test", message: "no artifact for \(stack.node.path)")
    }
    return artifact.template
}

/// The template of `stack` as the text written to disk.
func templateText(of stack: Stack) throws -> String {
    guard let stage = Stage.of(stack) else { throw CDKError(code: "Test", message: "no stage") }
    let assembly = try stage.synth()
    guard let file = assembly.files.first(where: { $0.name == stack.templateFile }) else {
        throw CDKError(code: "Test", message: "no template file")
    }
    return file.contents
}

/// A stack whose templates hold only what the test defines.
func bareStack(_ app: App, _ id: String, env: Environment? = nil) throws -> Stack {
    try Stack(app, id, env: env, synthesizer: BootstraplessSynthesizer())
}

/// The message of the error thrown by `body`, or nil.
func errorText(_ body: () throws -> Void) -> String? {
    do {
        try body()
        return nil
    } catch {
        return "\(error)"
    }
}
