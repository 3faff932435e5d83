/// A string split into literal text and tokens.
struct TokenizedString {
    enum Fragment {
        case literal(String)
        case token(any Resolvable)
    }

    let fragments: [Fragment]

    /// Splits `s` at every string token (`${Token[...]}`), every number token written into it
    /// by string interpolation, and, if asked, every list token (`#{Token[...]}`).
    init(_ s: String, includeListTokens: Bool = false) {
        guard TokenEncoding.mayContainToken(s) else {
            fragments = [.literal(s)]
            return
        }
        var text = s
        fragments = text.withUTF8 { bytes in
            var result: [Fragment] = []
            result.reserveCapacity(4)
            var literalStart = 0
            var i = 0
            while i < bytes.count {
                if Self.mayStartToken(bytes[i], includeListTokens: includeListTokens), let (token, end) = Self.token(at: i, in: bytes) {
                    if literalStart < i { result.append(.literal(String(decoding: UnsafeBufferPointer(rebasing: bytes[literalStart..<i]), as: UTF8.self))) }
                    result.append(.token(token))
                    i = end
                    literalStart = end
                } else {
                    i += 1
                }
            }
            if literalStart < bytes.count {
                result.append(.literal(literalStart == 0 ? s : String(decoding: UnsafeBufferPointer(rebasing: bytes[literalStart...]), as: UTF8.self)))
            }
            return result
        }
    }

    /// Whether `s` holds a token, found without splitting the string.
    static func containsToken(_ s: String, includeListTokens: Bool) -> Bool {
        guard TokenEncoding.mayContainToken(s) else { return false }
        var text = s  // withUTF8 needs a var
        return text.withUTF8 { bytes in
            bytes.indices.contains { i in
                mayStartToken(bytes[i], includeListTokens: includeListTokens) && token(at: i, in: bytes) != nil
            }
        }
    }

    /// Whether a token can start with `byte`: `$` (string), `-` (number) or `#` (list).
    private static func mayStartToken(_ byte: UInt8, includeListTokens: Bool) -> Bool {
        byte == UInt8(ascii: "$") || byte == UInt8(ascii: "-") || (includeListTokens && byte == UInt8(ascii: "#"))
    }

    /// The token, when the string is exactly one token.
    var singleToken: (any Resolvable)? {
        if fragments.count == 1, case .token(let t) = fragments[0] { return t }
        return nil
    }

    private static let markerTail = Array("{Token[".utf8)

    /// The token that starts at `start`, with the offset just past it.
    private static func token(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> ((any Resolvable), Int)? {
        if bytes[start] == UInt8(ascii: "-") {
            // A number token interpolated into a string: "-1.8...e+289".
            var end = start + 1
            while end < bytes.count, end - start < 32, "0123456789.e+".utf8.contains(bytes[end]) { end += 1 }
            guard end - start >= 6 else { return nil }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            guard text.hasSuffix("e+289"), let value = Double(text), let token = TokenEncoding.token(inDouble: value) else { return nil }
            return (token, end)
        }
        // "${Token[" or "#{Token[", then the hint, a dot, the index and "]}".
        guard start + 1 + markerTail.count < bytes.count else { return nil }
        for (offset, expected) in markerTail.enumerated() where bytes[start + 1 + offset] != expected { return nil }
        var i = start + 1 + markerTail.count
        var lastDot = -1
        while i + 1 < bytes.count, !(bytes[i] == UInt8(ascii: "]") && bytes[i + 1] == UInt8(ascii: "}")) {
            if bytes[i] == UInt8(ascii: ".") { lastDot = i }
            i += 1
        }
        guard i + 1 < bytes.count, lastDot > 0 else { return nil }
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
