/// A failure of a command, with a message that says what to do. The executable prints
/// `Error: <message>` and exits with status 1.
public struct CLIError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, and how to fix it.
    public let message: String

    /// An error with this message.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
