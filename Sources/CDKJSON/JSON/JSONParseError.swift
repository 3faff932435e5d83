/// Why ``JSONParser`` could not read a text: where it stopped and what it expected there.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The byte offset (in UTF-8) where reading stopped.
    public let offset: Int
    /// What is wrong there, for example `expected ',' or '}'`.
    public let reason: String

    /// An error at `offset` for `reason`.
    public init(offset: Int, reason: String) {
        self.offset = offset
        self.reason = reason
    }

    /// `Invalid JSON at offset 12: expected ',' or '}'`.
    public var message: String { "Invalid JSON at offset \(offset): \(reason)" }

    public var description: String { message }
}
