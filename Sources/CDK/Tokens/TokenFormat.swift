/// The token format: how a ``Resolvable`` is written into a plain string, number or string
/// list, and how such text is recognized and read back. Everything that knows the format is
/// here; ``TokenMap`` holds the table the encoded indexes point into, ``TokenizedString``
/// splits strings with ``token(at:in:)``.
///
/// - String token: `${Token[<hint>.<index>]}` (the hint is the display hint, ASCII-only).
/// - List token: a one-element list holding `#{Token[<hint>.<index>]}`.
/// - Number token: a Double whose high 16 bits are ``doubleMarker`` and whose low 48 bits are
///   the index; interpolated into a string it reads `-1.8...e+289`.
enum TokenFormat {
    static let stringPrefix = "${Token["
    static let listPrefix = "#{Token["
    static let suffix = "]}"

    /// High 16 bits of a Double that stands for a token: a negative number near -1.9e289,
    /// which no real template value uses (the AWS CDK uses the same range).
    static let doubleMarker: UInt64 = 0xFBFF

    static func string(for token: any Resolvable) -> String {
        if let encoded = TokenMap.shared.encodedString(of: token) { return encoded }
        let hint = hint(token)
        return TokenMap.shared.string(for: token) { index in encode(stringPrefix, hint, index) }
    }

    static func listElement(for token: any Resolvable) -> String {
        encode(listPrefix, hint(token), TokenMap.shared.index(of: token))
    }

    /// `prefix`, the hint, a dot, the index and the suffix (`${Token[Bucket.Arn.12]}`),
    /// written into the new string's storage in one go.
    private static func encode(_ prefix: String, _ hint: String, _ index: Int) -> String {
        let capacity = prefix.utf8.count + hint.utf8.count + 1 + UTF8Writer.decimalDigits(of: index) + suffix.utf8.count
        return String.written(capacity: capacity) { out in
            out.append(prefix)
            out.append(hint)
            out.append(UInt8(ascii: "."))
            out.append(decimal: index)
            out.append(suffix)
        }
    }

    static func double(for token: any Resolvable) -> Double {
        Double(bitPattern: doubleMarker << 48 | UInt64(TokenMap.shared.index(of: token)))
    }

    /// The token a number stands for, if it is an encoded token.
    static func token(inDouble value: Double) -> (any Resolvable)? {
        let bits = value.bitPattern
        guard bits >> 48 == doubleMarker else { return nil }
        return TokenMap.shared.token(at: Int(bits & 0xFFFF_FFFF_FFFF))
    }

    /// The display hint with only ASCII letters, digits and `:-_.` kept (`TOKEN` if none is left).
    private static func hint(_ token: any Resolvable) -> String {
        let display = token.displayHint
        let isAllowed = { (byte: UInt8) in
            byte.isASCIILetterOrDigit || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
        }
        if !display.isEmpty && ByteSearch.allBytes(of: display, satisfy: isAllowed) { return display }
        let allowed = display.utf8.filter(isAllowed)
        return allowed.isEmpty ? "TOKEN" : String(decoding: allowed, as: UTF8.self)
    }

    /// Whether `s` may contain a token (a cheap test before splitting).
    static func mayContainToken(_ s: String) -> Bool {
        s.withUTF8Bytes { bytes in
            let count = bytes.count
            // Shorter than "e+289" (the shortest mark below): no token. Many keys and values are.
            if count < 5 { return false }
            // "{Token[" of string and list tokens, or "e+289" of an interpolated number token.
            return ByteSearch.anyOccurrence(of: UInt8(ascii: "{"), in: bytes) { i in
                i + 6 < count && bytes[i + 1] == UInt8(ascii: "T") && bytes[i + 6] == UInt8(ascii: "[")
            } || ByteSearch.anyOccurrence(of: UInt8(ascii: "+"), in: bytes) { i in
                i > 0 && i + 3 < count && bytes[i - 1] == UInt8(ascii: "e")
                    && bytes[i + 1] == UInt8(ascii: "2") && bytes[i + 2] == UInt8(ascii: "8") && bytes[i + 3] == UInt8(ascii: "9")
            }
        }
    }

    /// Whether `s` contains a list token.
    static func containsListToken(_ s: String) -> Bool {
        ByteSearch.contains(s, "#{Token[")
    }

    // MARK: Reading tokens back

    /// Whether a token can start with `byte`: `$` (string), `-` (number) or `#` (list).
    static func mayStartToken(_ byte: UInt8, includeListTokens: Bool) -> Bool {
        byte == UInt8(ascii: "$") || byte == UInt8(ascii: "-") || (includeListTokens && byte == UInt8(ascii: "#"))
    }

    private static let markerTail = Array("{Token[".utf8)

    /// The token that starts at `start`, with the offset just past it.
    static func token(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> ((any Resolvable), Int)? {
        if bytes[start] == UInt8(ascii: "-") {
            // A number token interpolated into a string: "-1.8...e+289".
            var end = start + 1
            while end < bytes.count, end - start < 32, "0123456789.e+".utf8.contains(bytes[end]) { end += 1 }
            guard end - start >= 6 else { return nil }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            guard text.hasSuffix("e+289"), let value = Double(text), let token = token(inDouble: value) else { return nil }
            return (token, end)
        }
        // "${Token[" or "#{Token[", then the hint, a dot, the index and "]}".
        guard start + 1 + markerTail.count < bytes.count else { return nil }
        for (offset, expected) in markerTail.enumerated() where bytes[start + 1 + offset] != expected { return nil }
        // Hints and indexes have no "]": the first "]" ends the token (memchr skips to it).
        let hintStart = start + 1 + markerTail.count
        guard let i = ByteSearch.firstIndex(of: UInt8(ascii: "]"), in: bytes, from: hintStart),
              i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "}") else { return nil }
        var lastDot = i - 1
        while lastDot >= hintStart, bytes[lastDot] != UInt8(ascii: ".") { lastDot -= 1 }
        guard lastDot >= hintStart else { return nil }
        var index = 0
        for digit in bytes[(lastDot + 1)..<i] {
            // More digits than any registered index has: not a token (and no overflow).
            guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9"), index < Int.max / 100 else { return nil }
            index = index * 10 + Int(digit - UInt8(ascii: "0"))
        }
        guard let token = TokenMap.shared.token(at: index) else { return nil }
        return (token, i + 2)
    }
}
