/// A 64-bit FNV-1a hash, in hex: enough to tell whether a list of file stamps or a file's
/// contents changed (it is no protection against someone forging a collision, which a build
/// fingerprint does not need).
enum ContentHash {
    static func hex<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
