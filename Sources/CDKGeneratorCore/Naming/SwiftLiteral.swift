/// Writing Swift (and JSON) string literals.
public enum SwiftLiteral {
    /// `s` as a double-quoted Swift string literal.
    public static func quoted(_ s: String) -> String {
        escapedLiteral(s) { "\\u{" + String($0, radix: 16) + "}" }
    }

    /// `s` as a double-quoted JSON string.
    public static func jsonQuoted(_ s: String) -> String {
        escapedLiteral(s) {
            let hex = String($0, radix: 16)
            return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
    }

    private static func escapedLiteral(_ s: String, control: (UInt32) -> String) -> String {
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
                    out += control(scalar.value)
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
}
