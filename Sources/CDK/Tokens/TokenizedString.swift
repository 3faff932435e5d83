import Foundation

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
        var result: [Fragment] = []
        var literalStart = s.startIndex
        var i = s.startIndex
        let utf8 = s.utf8
        while i < s.endIndex {
            let byte = utf8[i]
            let isCandidate = byte == UInt8(ascii: "$") || byte == UInt8(ascii: "-")
                || (includeListTokens && byte == UInt8(ascii: "#"))
            if isCandidate, let (token, end) = Self.token(at: i, in: s, includeListTokens: includeListTokens) {
                if literalStart < i { result.append(.literal(String(s[literalStart..<i]))) }
                result.append(.token(token))
                i = end
                literalStart = end
            } else {
                i = utf8.index(after: i)
            }
        }
        if literalStart < s.endIndex { result.append(.literal(String(s[literalStart...]))) }
        fragments = result
    }

    /// The token, when the string is exactly one token.
    var singleToken: (any Resolvable)? {
        if fragments.count == 1, case .token(let t) = fragments[0] { return t }
        return nil
    }

    /// Whether any fragment is a token.
    var hasTokens: Bool {
        fragments.contains { if case .token = $0 { true } else { false } }
    }

    private static func token(at start: String.Index, in s: String, includeListTokens: Bool) -> ((any Resolvable), String.Index)? {
        let rest = s[start...]
        let first = s.utf8[start]
        if first == UInt8(ascii: "-") {
            // A number token interpolated into a string: "-1.8...e+289".
            let candidate = rest.utf8.prefix(32)
            guard let text = String(candidate), let e = text.range(of: "e+289") else { return nil }
            let number = text[..<e.upperBound]
            guard let value = Double(number), let token = TokenEncoding.token(inDouble: value) else { return nil }
            return (token, s.utf8.index(start, offsetBy: number.utf8.count))
        }
        let prefix = first == UInt8(ascii: "$") ? TokenEncoding.stringPrefix : TokenEncoding.listPrefix
        guard rest.hasPrefix(prefix), let end = rest.range(of: TokenEncoding.suffix) else { return nil }
        let inner = s[s.utf8.index(start, offsetBy: prefix.utf8.count)..<end.lowerBound]
        guard let dot = inner.lastIndex(of: "."), let index = Int(inner[inner.index(after: dot)...]),
              let token = TokenMap.shared.token(at: index) else { return nil }
        return (token, end.upperBound)
    }
}
