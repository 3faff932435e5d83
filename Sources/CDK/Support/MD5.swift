/// MD5, as the AWS CDK uses it for the hash part of logical ids. Not for security.
enum MD5 {
    /// The digest of `bytes` as lowercase hexadecimal.
    static func hex<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        Hex.string(digest(bytes))
    }

    /// The 16-byte digest of `bytes`.
    static func digest<C: Collection>(_ bytes: C) -> [UInt8] where C.Element == UInt8 {
        let words = words(of: bytes)
        var out: [UInt8] = []
        out.reserveCapacity(16)
        for word in [words.0, words.1, words.2, words.3] {
            for i in 0..<4 { out.append(UInt8(truncatingIfNeeded: word >> (8 * UInt32(i)))) }
        }
        return out
    }

    /// The digest of `bytes` as its four words: the digest is their bytes, each word's
    /// least significant byte first.
    static func words<C: Collection>(of bytes: C) -> (UInt32, UInt32, UInt32, UInt32) where C.Element == UInt8 {
        var a0: UInt32 = 0x67452301, b0: UInt32 = 0xefcdab89, c0: UInt32 = 0x98badcfe, d0: UInt32 = 0x10325476
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 16) { m in
            k.withUnsafeBufferPointer { k in
                HashPadding.forEachBlockRun(of: bytes, lengthBigEndian: false) { blocks in
                    var chunk = 0
                    while chunk < blocks.count {
                        for i in 0..<16 {
                            let j = chunk + i * 4
                            m[i] = UInt32(blocks[j]) | UInt32(blocks[j + 1]) << 8 | UInt32(blocks[j + 2]) << 16 | UInt32(blocks[j + 3]) << 24
                        }
                        var a = a0, b = b0, c = c0, d = d0
                        // Four steps per pass, with the roles of a, b, c, d rotated in the
                        // arguments (RFC 1321's own layout), one stage of sixteen at a time.
                        for i in stride(from: 0, to: 16, by: 4) {
                            step(&a, b, d ^ (b & (c ^ d)), m[i], k[i], 7)
                            step(&d, a, c ^ (a & (b ^ c)), m[i + 1], k[i + 1], 12)
                            step(&c, d, b ^ (d & (a ^ b)), m[i + 2], k[i + 2], 17)
                            step(&b, c, a ^ (c & (d ^ a)), m[i + 3], k[i + 3], 22)
                        }
                        for i in stride(from: 16, to: 32, by: 4) {
                            step(&a, b, c ^ (d & (b ^ c)), m[(5 &* i &+ 1) & 15], k[i], 5)
                            step(&d, a, b ^ (c & (a ^ b)), m[(5 &* i &+ 6) & 15], k[i + 1], 9)
                            step(&c, d, a ^ (b & (d ^ a)), m[(5 &* i &+ 11) & 15], k[i + 2], 14)
                            step(&b, c, d ^ (a & (c ^ d)), m[(5 &* i &+ 16) & 15], k[i + 3], 20)
                        }
                        for i in stride(from: 32, to: 48, by: 4) {
                            step(&a, b, b ^ c ^ d, m[(3 &* i &+ 5) & 15], k[i], 4)
                            step(&d, a, a ^ b ^ c, m[(3 &* i &+ 8) & 15], k[i + 1], 11)
                            step(&c, d, d ^ a ^ b, m[(3 &* i &+ 11) & 15], k[i + 2], 16)
                            step(&b, c, c ^ d ^ a, m[(3 &* i &+ 14) & 15], k[i + 3], 23)
                        }
                        for i in stride(from: 48, to: 64, by: 4) {
                            step(&a, b, c ^ (b | ~d), m[(7 &* i) & 15], k[i], 6)
                            step(&d, a, b ^ (a | ~c), m[(7 &* i &+ 7) & 15], k[i + 1], 10)
                            step(&c, d, a ^ (d | ~b), m[(7 &* i &+ 14) & 15], k[i + 2], 15)
                            step(&b, c, d ^ (c | ~a), m[(7 &* i &+ 21) & 15], k[i + 3], 21)
                        }
                        a0 = a0 &+ a; b0 = b0 &+ b; c0 = c0 &+ c; d0 = d0 &+ d
                        chunk += 64
                    }
                }
            }
        }
        return (a0, b0, c0, d0)
    }

    /// One step: `a` becomes `b + ((a + f + m + k) <<< shift)`.
    @inline(__always)
    private static func step(_ a: inout UInt32, _ b: UInt32, _ f: UInt32, _ m: UInt32, _ k: UInt32, _ shift: UInt32) {
        let sum = a &+ f &+ m &+ k
        a = b &+ ((sum << shift) | (sum >> (32 &- shift)))
    }

    /// `floor(abs(sin(i + 1)) * 2^32)` for i in 0..<64 (RFC 1321).
    private static let k: [UInt32] = [
        0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
        0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
        0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
        0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
        0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
        0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
        0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
        0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
    ]
}
