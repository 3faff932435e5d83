import CDK

/// Runs `body` and asserts that it throws an error at construct `path` (with or without the
/// leading `/`) whose message is as expected; returns the error.
///
/// Handles `CDKError` (one path and message) and `ValidationError` (several; one of them
/// must match); any other error is compared by its description.
///
/// ```swift
/// try expectError(path: "/S/B", message: "type") { try CfnResource(stack, "B", type: "") }
/// ```
@discardableResult
public func expectError<T>(path: String? = nil, message: TextExpectation? = nil, _ body: () throws -> T) throws -> CaughtError {
    var thrown: (any Error)?
    do {
        _ = try body()
    } catch {
        thrown = error
    }
    guard let thrown else {
        throw AssertionFailure("Expected an error\(describe(path, message)), but none was thrown.")
    }
    let caught = CaughtError(thrown)
    guard try caught.contains(path: path, message: message) else {
        let found = caught.entries.map { entry in
            "  " + (entry.path.map { "[/\(CaughtError.normalized($0))] " } ?? "") + entry.message
        }.joined(separator: "\n")
        throw AssertionFailure("Expected an error\(describe(path, message)), but got \(type(of: caught.error)):\n\(found)")
    }
    return caught
}

/// Synthesizes `stage` (an app, usually) and asserts that synthesis fails with an error at
/// `path` whose message is as expected, such as a validation error; returns the error.
@discardableResult
public func expectSynthesisError(_ stage: Stage, path: String? = nil, message: TextExpectation? = nil) throws -> CaughtError {
    try expectError(path: path, message: message) { try stage.synth() }
}

/// ` at /path with a message containing "x"`.
private func describe(_ path: String?, _ message: TextExpectation?) -> String {
    var text = ""
    if let path { text += " at /" + CaughtError.normalized(path) }
    if let message { text += " with " + message.description }
    return text
}
