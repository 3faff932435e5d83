/// ANSI colours and emphasis for terminal output, or plain text when disabled.
public struct TextStyle: Sendable {
    /// Whether escape codes are written.
    public var enabled: Bool

    /// A style that colours when `enabled`.
    public init(enabled: Bool) { self.enabled = enabled }

    /// No colours.
    public static let plain = TextStyle(enabled: false)

    private func wrap(_ text: String, _ open: Int, _ close: Int) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(open)m\(text)\u{1B}[\(close)m" : text
    }

    /// Red text.
    public func red(_ text: String) -> String { wrap(text, 31, 39) }
    /// Green text.
    public func green(_ text: String) -> String { wrap(text, 32, 39) }
    /// Yellow text.
    public func yellow(_ text: String) -> String { wrap(text, 33, 39) }
    /// Blue text.
    public func blue(_ text: String) -> String { wrap(text, 34, 39) }
    /// Magenta text.
    public func magenta(_ text: String) -> String { wrap(text, 35, 39) }
    /// Cyan text.
    public func cyan(_ text: String) -> String { wrap(text, 36, 39) }
    /// Gray text.
    public func gray(_ text: String) -> String { wrap(text, 90, 39) }
    /// Bold text.
    public func bold(_ text: String) -> String { wrap(text, 1, 22) }
    /// Italic text.
    public func italic(_ text: String) -> String { wrap(text, 3, 23) }
    /// Underlined text.
    public func underline(_ text: String) -> String { wrap(text, 4, 24) }

    /// `text` without escape codes.
    public static func strip(_ text: String) -> String {
        var result = ""
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if scalar == "m" { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
