import CDK

/// An error caught by ``expectError(path:message:_:)`` or ``expectSynthesisError(_:path:message:)``,
/// reduced to its construct paths and messages.
public struct CaughtError: CustomStringConvertible {
    /// The error as thrown.
    public let error: any Error
    /// Each problem it reports: one for a `CDKError`, one per construct for a
    /// `ValidationError`, the description for any other error. Paths have no leading `/`.
    public let entries: [(path: String?, message: String)]

    /// Reduces `error` to its entries.
    public init(_ error: any Error) {
        self.error = error
        switch error {
        case let error as CDKError:
            entries = [(error.path, error.message)]
        case let error as ValidationError:
            entries = error.errors.map { ($0.path, $0.message) }
        default:
            entries = [(nil, String(describing: error))]
        }
    }

    /// The error's own description.
    public var description: String { String(describing: error) }

    /// Whether an entry is at `path` (if given, with or without a leading `/`) and has a
    /// message as expected (if given).
    func contains(path: String?, message: TextExpectation?) throws -> Bool {
        for entry in entries {
            if let path, Self.normalized(entry.path ?? "") != Self.normalized(path) { continue }
            if let message, !(try message.matches(entry.message)) { continue }
            return true
        }
        return false
    }

    static func normalized(_ path: String) -> String {
        path.hasPrefix("/") ? String(path.dropFirst()) : path
    }
}
