@testable import CDKGeneratorCore

/// A schema from JSON text (test schemas are written inline).
func schema(_ text: String) throws -> ResourceSchema {
    try ResourceSchema(text: text)
}

/// The generated file of a schema.
func render(_ text: String) throws -> String {
    Generator.renderResource(try schema(text))
}

/// The lines of `text` with their indentation removed, for line-based assertions.
func trimmedLines(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { String(String($0).trimmingWhitespace()) }
}

extension String {
    /// Whether one of the lines, without indentation, is exactly `line`.
    func hasLine(_ line: String) -> Bool { trimmedLines(self).contains(line) }
}
