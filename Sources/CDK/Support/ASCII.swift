extension UInt8 {
    /// Whether the byte is an ASCII letter or digit: never true for a byte of a multi-byte UTF-8
    /// character. Names that AWS services accept are checked with it, byte by byte.
    @inlinable package var isASCIILetterOrDigit: Bool {
        switch self {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        default: false
        }
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is an ASCII letter or digit.
    @inlinable package var isASCIILetterOrDigit: Bool {
        isASCII && UInt8(value).isASCIILetterOrDigit
    }
}
