/// Collects lines of code with indentation (four spaces a level).
struct CodeWriter {
    private(set) var text = ""
    private var level = 0

    /// Adds a line at the current indentation (an empty line has no indentation).
    mutating func line(_ content: String = "") {
        if !content.isEmpty { text += String(repeating: "    ", count: level) + content }
        text += "\n"
    }

    /// Adds `/// text`.
    mutating func doc(_ text: String) { line("/// " + text) }

    /// Adds the body one level deeper.
    mutating func indented(_ body: (inout CodeWriter) -> Void) {
        level += 1
        body(&self)
        level -= 1
    }

    /// Adds `opening`, the body one level deeper, and `closing`.
    mutating func block(_ opening: String, closing: String = "}", _ body: (inout CodeWriter) -> Void) {
        line(opening)
        level += 1
        body(&self)
        level -= 1
        line(closing)
    }
}
