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
        // Primary level; a string that ends first (all else equal) sorts first.
        var a = lhs.unicodeScalars.makeIterator(), b = rhs.unicodeScalars.makeIterator()
        while true {
            switch (a.next(), b.next()) {
            case (nil, nil):
                return tertiaryComparison(lhs, rhs)
            case (nil, _?):
                return -1
            case (_?, nil):
                return 1
            case (let x?, let y?):
                let px = primaryWeight(x), py = primaryWeight(y)
                if px != py { return px < py ? -1 : 1 }
            }
        }
    }

    /// The tertiary level of two strings equal at the primary level: lowercase before uppercase.
    private static func tertiaryComparison(_ lhs: String, _ rhs: String) -> Int {
        for (x, y) in zip(lhs.unicodeScalars, rhs.unicodeScalars) where x != y {
            let tx = tertiaryWeight(x), ty = tertiaryWeight(y)
            if tx != ty { return tx < ty ? -1 : 1 }
        }
        return 0
    }

    private static let punctuationOrder: [Unicode.Scalar] = Array(
        "\t\n\u{0B}\u{0C}\r _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$".unicodeScalars)

    /// The primary weights of the ASCII characters, by code.
    private static let asciiWeights: [UInt32] = (0..<128).map { (v: UInt32) -> UInt32 in
        if let i = punctuationOrder.firstIndex(of: Unicode.Scalar(UInt8(v))) { return UInt32(i + 1) }
        if (0x30...0x39).contains(v) { return 100 + (v - 0x30) }
        if (0x61...0x7A).contains(v) { return 200 + (v - 0x61) }
        if (0x41...0x5A).contains(v) { return 200 + (v - 0x41) }
        return 50
    }

    private static func primaryWeight(_ scalar: Unicode.Scalar) -> UInt32 {
        scalar.value < 0x80 ? asciiWeights[Int(scalar.value)] : 1000 + scalar.value
    }

    private static func tertiaryWeight(_ scalar: Unicode.Scalar) -> UInt32 {
        (0x41...0x5A).contains(scalar.value) ? 1 : 0
    }
}
