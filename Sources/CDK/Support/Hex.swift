/// Hexadecimal text of bytes.
enum Hex {
    private static let lowercaseDigits = Array("0123456789abcdef".utf8)
    private static let uppercaseDigits = Array("0123456789ABCDEF".utf8)

    static func string<C: Collection>(_ bytes: C, uppercase: Bool = false) -> String where C.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        append(bytes, uppercase: uppercase, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The uppercase hex digit of `value` (below 16).
    static func uppercaseDigit(_ value: UInt8) -> UInt8 {
        uppercaseDigits[Int(value)]
    }

    /// Appends two hex digits per byte of `bytes` to `out`.
    static func append<C: Collection>(_ bytes: C, uppercase: Bool = false, to out: inout [UInt8]) where C.Element == UInt8 {
        let digits = uppercase ? uppercaseDigits : lowercaseDigits
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
    }
}
