import Foundation

/// Doc comments from schema descriptions: one line, whitespace collapsed, at most
/// ``maximumLength`` characters (cut at a word, with `...`).
public enum DocText {
    /// The longest doc line kept, in characters.
    public static let maximumLength = 400

    /// `text` as the body of a one-line `///` comment, or `fallback` when there is no text.
    public static func line(_ text: String?, fallback: String) -> String {
        var words: [Substring] = []
        for word in (text ?? "").split(whereSeparator: { $0.isWhitespace || $0.isNewline }) {
            words.append(word)
        }
        var line = words.joined(separator: " ")
        // Keep the text inert in any comment style and free of control characters.
        line = line.replacingOccurrences(of: "*/", with: "* /").replacingOccurrences(of: "/*", with: "/ *")
        line = String(line.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value) && $0 != "\u{2028}" && $0 != "\u{2029}" })
        if line.isEmpty { return fallback }
        if line.count > maximumLength {
            var cut = String(line.prefix(maximumLength))
            if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
            line = cut + " ..."
        }
        return line
    }
}
