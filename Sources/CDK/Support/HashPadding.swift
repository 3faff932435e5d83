/// The message padding MD5 and SHA-256 share: the bytes, `0x80`, zeros up to 56 bytes mod 64,
/// then the length in bits as 8 bytes (little-endian for MD5, big-endian for SHA-256).
enum HashPadding {
    /// Calls `body` with the padded message in runs of whole 64-byte blocks: the message's own
    /// whole blocks first (read in place, not copied), then the padded tail.
    static func forEachBlockRun<C: Collection>(
        of bytes: C, lengthBigEndian: Bool, _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) where C.Element == UInt8 {
        let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            forEachBlockRun(of: buffer, lengthBigEndian: lengthBigEndian, body)
        }
        if done == nil {
            Array(bytes).withUnsafeBufferPointer { forEachBlockRun(of: $0, lengthBigEndian: lengthBigEndian, body) }
        }
    }

    private static func forEachBlockRun(
        of buffer: UnsafeBufferPointer<UInt8>, lengthBigEndian: Bool, _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        let whole = buffer.count / 64 * 64
        if whole > 0 { body(UnsafeBufferPointer(rebasing: buffer[..<whole])) }
        var tail = Array(buffer[whole...])
        let padded = (tail.count + 9 + 63) / 64 * 64
        tail.reserveCapacity(padded)
        tail.append(0x80)
        tail.append(contentsOf: repeatElement(0, count: padded - tail.count - 8))
        let bitLength = UInt64(buffer.count) &* 8
        for i in 0..<8 {
            let shift = UInt64(lengthBigEndian ? 7 - i : i) * 8
            tail.append(UInt8(truncatingIfNeeded: bitLength >> shift))
        }
        tail.withUnsafeBufferPointer(body)
    }
}
