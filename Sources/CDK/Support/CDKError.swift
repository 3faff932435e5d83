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

extension CDKError {
    /// The error about `construct`: one without a path (a ``Duration`` or ``Size`` conversion,
    /// a value checked before any construct existed) gets the construct's path, and the name of
    /// the prop that held the value in front of its message.
    public func attributed(to construct: Construct, prop: String? = nil) -> CDKError {
        guard path == nil else { return self }
        var copy = self
        copy.path = construct.node.path
        if let prop { copy.message = "\(prop): \(message)" }
        return copy
    }

    /// Runs `body`, which converts or checks a prop of `construct` (`maxSessionDuration`), and
    /// attributes an error without a path that it throws to that construct and prop:
    ///
    /// ```swift
    /// let seconds = try CDKError.attributing(to: this, prop: "maxSessionDuration") { try duration.toSeconds() }
    /// // [Stack/Role] maxSessionDuration: '1500 milliseconds' cannot be converted into a whole number of seconds.
    /// ```
    public static func attributing<T>(to construct: Construct, prop: String? = nil, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as CDKError {
            throw error.attributed(to: construct, prop: prop)
        }
    }
}

extension Construct {
    /// Runs `body`, which converts or checks the prop `prop` of this construct, and attributes
    /// an error without a path that it throws to this construct (see
    /// ``CDKError/attributing(to:prop:_:)``).
    public func converting<T>(_ prop: String, _ body: () throws -> T) throws -> T {
        try CDKError.attributing(to: self, prop: prop, body)
    }
}
