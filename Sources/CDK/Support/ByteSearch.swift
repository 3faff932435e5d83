#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search over UTF-8 bytes, for the hot paths of resolution (Foundation's
/// `contains` goes through NSString and is far slower).
enum ByteSearch {
    /// Whether `haystack` contains `needle` (both compared as UTF-8 bytes).
    static func contains(_ haystack: String, _ needle: StaticString) -> Bool {
        firstIndex(of: needle, in: haystack) != nil
    }

    /// The byte offset of the first occurrence of `needle` in `haystack`.
    static func firstIndex(of needle: StaticString, in haystack: String, from start: Int = 0) -> Int? {
        haystack.withUTF8Bytes { bytes in
            needle.withUTF8Buffer { pattern in
                let n = pattern.count, count = bytes.count
                guard n > 0, start >= 0, count - start >= n, let base = bytes.baseAddress else { return nil }
                // Candidates are found with memchr (many bytes at a time), then compared.
                var i = start
                while i <= count - n, let found = memchr(base + i, Int32(pattern[0]), count - n + 1 - i) {
                    let candidate = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    var j = 1
                    while j < n && bytes[candidate + j] == pattern[j] { j += 1 }
                    if j == n { return candidate }
                    i = candidate + 1
                }
                return nil
            }
        }
    }

    /// Whether some occurrence of `byte` in `bytes` passes `test` (given its offset). The
    /// occurrences are found with `memchr`, which skips the bytes between them many at a time.
    static func anyOccurrence(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, where test: (Int) -> Bool) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var start = 0
        while start < bytes.count, let found = memchr(base + start, Int32(byte), bytes.count - start) {
            let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if test(offset) { return true }
            start = offset + 1
        }
        return false
    }

    /// The offset of the first `byte` in `bytes` at or after `start` (found with `memchr`).
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, start < bytes.count,
              let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Whether every UTF-8 byte of `s` passes `test`.
    static func allBytes(of s: String, satisfy test: (UInt8) -> Bool) -> Bool {
        s.withUTF8Bytes { $0.allSatisfy(test) }
    }

    /// Whether `bytes` starts with `prefix`.
    static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: UnsafeBufferPointer<UInt8>) -> Bool {
        guard prefix.count <= bytes.count else { return false }
        guard let start = bytes.baseAddress, let prefixStart = prefix.baseAddress else { return prefix.isEmpty }
        return memcmp(start, prefixStart, prefix.count) == 0
    }

    /// Whether the UTF-8 bytes of `s` end with those of `suffix`: compared by code points, as
    /// JavaScript's `endsWith` does (a valid UTF-8 suffix starts at a character boundary),
    /// not by characters as `String.hasSuffix`.
    static func hasSuffix(_ s: String, _ suffix: String) -> Bool {
        s.withUTF8Bytes { bytes in
            suffix.withUTF8Bytes { end in
                end.count <= bytes.count && hasPrefix(UnsafeBufferPointer(rebasing: bytes[(bytes.count - end.count)...]), end)
            }
        }
    }
}
