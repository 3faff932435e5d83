import Foundation

/// MD5, as the AWS CDK uses it for the hash part of logical ids. Not for security.
enum MD5 {
    /// The digest of `bytes` as lowercase hexadecimal.
    static func hex<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        Hex.string(digest(bytes))
    }

    /// The 16-byte digest of `bytes`.
    static func digest<C: Collection>(_ bytes: C) -> [UInt8] where C.Element == UInt8 {
        var a0: UInt32 = 0x67452301, b0: UInt32 = 0xefcdab89, c0: UInt32 = 0x98badcfe, d0: UInt32 = 0x10325476
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 16) { m in
            k.withUnsafeBufferPointer { k in
                s.withUnsafeBufferPointer { s in
                    HashPadding.forEachBlockRun(of: bytes, lengthBigEndian: false) { blocks in
                        var chunk = 0
                        while chunk < blocks.count {
                            for i in 0..<16 {
                                let j = chunk + i * 4
                                m[i] = UInt32(blocks[j]) | UInt32(blocks[j + 1]) << 8 | UInt32(blocks[j + 2]) << 16 | UInt32(blocks[j + 3]) << 24
                            }
                            var a = a0, b = b0, c = c0, d = d0
                            for i in 0..<64 {
                                var f: UInt32
                                var g: Int
                                switch i {
                                case 0..<16: f = (b & c) | (~b & d); g = i
                                case 16..<32: f = (d & b) | (~d & c); g = (5 &* i &+ 1) & 15
                                case 32..<48: f = b ^ c ^ d; g = (3 &* i &+ 5) & 15
                                default: f = c ^ (b | ~d); g = (7 &* i) & 15
                                }
                                f = f &+ a &+ k[i] &+ m[g]
                                a = d; d = c; c = b
                                b = b &+ ((f << s[i]) | (f >> (32 &- s[i])))
                            }
                            a0 = a0 &+ a; b0 = b0 &+ b; c0 = c0 &+ c; d0 = d0 &+ d
                            chunk += 64
                        }
                    }
                }
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(16)
        for word in [a0, b0, c0, d0] {
            for i in 0..<4 { out.append(UInt8(truncatingIfNeeded: word >> (8 * UInt32(i)))) }
        }
        return out
    }

    private static let s: [UInt32] = [
        7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
        5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
        4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
        6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21,
    ]

    private static let k: [UInt32] = (0..<64).map { i in
        UInt32(truncatingIfNeeded: Int64((abs(sin(Double(i + 1))) * 4_294_967_296).rounded(.down)))
    }
}
