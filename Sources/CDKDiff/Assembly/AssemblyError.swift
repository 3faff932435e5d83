/// Why a cloud assembly or template could not be read. The message says what to do.
public struct AssemblyError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, and how to fix it.
    public let message: String

    /// An error with this message.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
