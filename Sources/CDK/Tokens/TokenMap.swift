/// The process-wide table from token text back to the ``Resolvable`` it stands for.
///
/// Tokens are encoded into ordinary Swift values (strings, numbers, string lists) so that they
/// flow through any code that handles plain values, string interpolation included, as in the
/// AWS CDK. The encoded text carries the table index; only this table turns it back into the
/// resolvable. Access is serialized with a lock, so apps can be built on several threads.
final class TokenMap: @unchecked Sendable {
    static let shared = TokenMap()

    private let lock = Lock()
    private var tokens: [any Resolvable] = []
    private var indexByObject: [ObjectIdentifier: Int] = [:]
    private var stringByObject: [ObjectIdentifier: String] = [:]

    /// The index of `token`, registering it the first time.
    func index(of token: any Resolvable) -> Int {
        lock.lock()
        defer { lock.unlock() }
        return register(token)
    }

    /// The string encoding of `token` (made by `encode` from its index), registering it the
    /// first time. A token is encoded once, however often it is used.
    func string(for token: any Resolvable, encode: (Int) -> String) -> String {
        lock.lock()
        defer { lock.unlock() }
        let key = ObjectIdentifier(token)
        if let string = stringByObject[key] { return string }
        let string = encode(register(token))
        stringByObject[key] = string
        return string
    }

    /// The string encoding of `token`, if it was encoded before.
    func encodedString(of token: any Resolvable) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return stringByObject[ObjectIdentifier(token)]
    }

    /// Registers `token` (the lock is held).
    private func register(_ token: any Resolvable) -> Int {
        let key = ObjectIdentifier(token)
        if let index = indexByObject[key] { return index }
        tokens.append(token)
        indexByObject[key] = tokens.count - 1
        return tokens.count - 1
    }

    /// The token registered at `index`.
    func token(at index: Int) -> (any Resolvable)? {
        lock.lock()
        defer { lock.unlock() }
        return tokens.indices.contains(index) ? tokens[index] : nil
    }
}

/// The encodings of tokens in plain values.
enum TokenEncoding {
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
        let digits = String(index)  // a small string: no allocation
        return String.written(capacity: prefix.utf8.count + hint.utf8.count + 1 + digits.utf8.count + suffix.utf8.count) { out in
            out.append(prefix)
            out.append(hint)
            out.append(UInt8(ascii: "."))
            out.append(digits)
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
            UniqueID.isAlphanumeric(byte) || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
        }
        if !display.isEmpty && ByteSearch.allBytes(of: display, satisfy: isAllowed) { return display }
        let allowed = display.utf8.filter(isAllowed)
        return allowed.isEmpty ? "TOKEN" : String(decoding: allowed, as: UTF8.self)
    }

    /// Whether `s` may contain a token (a cheap test before splitting).
    static func mayContainToken(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { bytes in
            let count = bytes.count
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
}
