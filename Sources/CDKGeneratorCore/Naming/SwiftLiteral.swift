/// Writing Swift string literals.
public enum SwiftLiteral {
    /// `s` as a double-quoted Swift string literal.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A Swift array literal of string literals on one line.
    public static func stringArray(_ values: [String]) -> String {
        "[" + values.map(quoted).joined(separator: ", ") + "]"
    }

    /// `s` (one line) as a raw Swift string literal (`#"..."#`), with as many `#` as it needs
    /// so that nothing in it ends the literal or starts an escape.
    public static func raw(_ s: String) -> String {
        var delimiter = "#"
        while s.contains("\"" + delimiter) || s.contains("\\" + delimiter) { delimiter += "#" }
        return delimiter + "\"" + s + "\"" + delimiter
    }
}
