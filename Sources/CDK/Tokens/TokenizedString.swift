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
        guard TokenFormat.mayContainToken(s) else {
            fragments = [.literal(s)]
            return
        }
        fragments = s.withUTF8Bytes { bytes in
            var result: [Fragment] = []
            result.reserveCapacity(4)
            var literalStart = 0
            var i = 0
            while i < bytes.count {
                if TokenFormat.mayStartToken(bytes[i], includeListTokens: includeListTokens), let (token, end) = TokenFormat.token(at: i, in: bytes) {
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
        guard TokenFormat.mayContainToken(s) else { return false }
        return s.withUTF8Bytes { bytes in
            bytes.indices.contains { i in
                TokenFormat.mayStartToken(bytes[i], includeListTokens: includeListTokens) && TokenFormat.token(at: i, in: bytes) != nil
            }
        }
    }

    /// `s` with the tokens `replacement` returns text for replaced by it; every other byte,
    /// the text of the other tokens included, copied as it is.
    static func replacingTokens(in s: String, _ replacement: (any Resolvable) throws -> String?) rethrows -> String {
        guard TokenFormat.mayContainToken(s) else { return s }
        return try s.withUTF8Bytes { bytes in
            var result: [UInt8] = []
            var replaced = false
            var i = 0
            while i < bytes.count {
                if TokenFormat.mayStartToken(bytes[i], includeListTokens: false), let (token, end) = TokenFormat.token(at: i, in: bytes) {
                    if let text = try replacement(token) {
                        result.append(contentsOf: text.utf8)
                        replaced = true
                    } else {
                        result.append(contentsOf: bytes[i..<end])
                    }
                    i = end
                } else {
                    result.append(bytes[i])
                    i += 1
                }
            }
            return replaced ? String(decoding: result, as: UTF8.self) : s
        }
    }

    /// The token, when the string is exactly one token.
    var singleToken: (any Resolvable)? {
        if fragments.count == 1, case .token(let t) = fragments[0] { return t }
        return nil
    }

    /// The token `s` is exactly, if it is one: the ``singleToken`` of `s` split, read without
    /// splitting it.
    static func singleToken(in s: String, includeListTokens: Bool) -> (any Resolvable)? {
        s.withUTF8Bytes { bytes in
            guard let first = bytes.first, TokenFormat.mayStartToken(first, includeListTokens: includeListTokens),
                  let (token, end) = TokenFormat.token(at: 0, in: bytes), end == bytes.count
            else { return nil }
            return token
        }
    }

}
