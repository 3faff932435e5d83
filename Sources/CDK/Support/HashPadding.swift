/// The message padding MD5 and SHA-256 share: the bytes, `0x80`, zeros up to 56 bytes mod 64,
/// then the length in bits as 8 bytes (little-endian for MD5, big-endian for SHA-256).
enum HashPadding {
    static func padded<C: Collection>(_ bytes: C, lengthBigEndian: Bool) -> [UInt8] where C.Element == UInt8 {
        var message = Array(bytes)
        let length = message.count
        let padded = (length + 9 + 63) / 64 * 64
        message.reserveCapacity(padded)
        message.append(0x80)
        message.append(contentsOf: repeatElement(0, count: padded - length - 9))
        let bitLength = UInt64(length) &* 8
        for i in 0..<8 {
            let shift = UInt64(lengthBigEndian ? 7 - i : i) * 8
            message.append(UInt8(truncatingIfNeeded: bitLength >> shift))
        }
        return message
    }
}
