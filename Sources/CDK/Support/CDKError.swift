/// An error raised by the library for bad input: it names the construct path (when there is
/// one), what is wrong and how to fix it.
public struct CDKError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A stable name of the kind of error, like the AWS CDK's error codes (for example
    /// `DuplicateConstructId`).
    public var code: String
    /// The message, without the path.
    public var message: String
    /// The path of the construct the error is about, if any.
    public var path: String?

    /// An error of kind `code` about the construct at `path`.
    public init(code: String, message: String, path: String? = nil) {
        self.code = code
        self.message = message
        self.path = path
    }

    /// `[path] message`, or the message alone when there is no path.
    public var description: String {
        guard let path, !path.isEmpty else { return message }
        return "[\(path)] \(message)"
    }
}

extension CDKError {
    /// An error of kind `code` about `construct`.
    public init(_ code: String, _ message: String, at construct: Construct) {
        self.init(code: code, message: message, path: construct.node.path)
    }
}
