/// Orders strings as JavaScript's `localeCompare` does in the AWS CDK (ICU root collation),
/// which decides the order of `DependsOn` entries and tags.
///
/// Primary level: whitespace, then punctuation and symbols in ICU's order, then digits (not
/// compared numerically), then letters case-insensitively. Ties are broken at the tertiary level,
/// lowercase before uppercase. Characters outside ASCII sort after letters by code point.
public enum LocaleCompare {
    /// Whether `lhs` sorts before `rhs`.
    public static func isOrderedBefore(_ lhs: String, _ rhs: String) -> Bool {
        compare(lhs, rhs) < 0
    }

    /// A negative number, zero or a positive number, as `lhs.localeCompare(rhs)`.
    public static func compare(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.unicodeScalars), b = Array(rhs.unicodeScalars)
        // Primary level.
        for (x, y) in zip(a, b) {
            let px = primaryWeight(x), py = primaryWeight(y)
            if px != py { return px < py ? -1 : 1 }
        }
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        // Tertiary level: lowercase before uppercase.
        for (x, y) in zip(a, b) where x != y {
            let tx = tertiaryWeight(x), ty = tertiaryWeight(y)
            if tx != ty { return tx < ty ? -1 : 1 }
        }
        return 0
    }

    private static let punctuationOrder: [Unicode.Scalar] = Array(
        "\t\n\u{0B}\u{0C}\r _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$".unicodeScalars)

    private static let punctuationWeights: [UInt32: UInt32] = {
        var weights: [UInt32: UInt32] = [:]
        for (i, scalar) in punctuationOrder.enumerated() { weights[scalar.value] = UInt32(i + 1) }
        return weights
    }()

    private static func primaryWeight(_ scalar: Unicode.Scalar) -> UInt32 {
        let v = scalar.value
        if let w = punctuationWeights[v] { return w }
        if (0x30...0x39).contains(v) { return 100 + (v - 0x30) }
        if (0x61...0x7A).contains(v) { return 200 + (v - 0x61) }
        if (0x41...0x5A).contains(v) { return 200 + (v - 0x41) }
        if v < 0x80 { return 50 }
        return 1000 + v
    }

    private static func tertiaryWeight(_ scalar: Unicode.Scalar) -> UInt32 {
        (0x41...0x5A).contains(scalar.value) ? 1 : 0
    }
}
