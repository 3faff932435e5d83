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

    /// The same for the end of a message whose beginning was hashed already: `buffer` is the
    /// rest of it (from a block boundary) and `messageLength` the length of the whole.
    static func forEachBlockRun(
        of buffer: UnsafeBufferPointer<UInt8>, lengthBigEndian: Bool, messageLength: Int? = nil,
        _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        let whole = buffer.count / 64 * 64
        if whole > 0 { body(UnsafeBufferPointer(rebasing: buffer[..<whole])) }
        // The tail (one or two blocks) is padded on the stack.
        let remaining = buffer.count - whole
        let padded = (remaining + 9 + 63) / 64 * 64
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: padded) { tail in
            for i in 0..<remaining { tail[i] = buffer[whole + i] }
            tail[remaining] = 0x80
            for i in (remaining + 1)..<(padded - 8) { tail[i] = 0 }
            let bitLength = UInt64(messageLength ?? buffer.count) &* 8
            for i in 0..<8 {
                let shift = UInt64(lengthBigEndian ? 7 - i : i) * 8
                tail[padded - 8 + i] = UInt8(truncatingIfNeeded: bitLength >> shift)
            }
            body(UnsafeBufferPointer(tail))
        }
    }
}
