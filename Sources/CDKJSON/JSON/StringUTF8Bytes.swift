extension String {
    /// Calls `body` with the string's UTF-8 bytes, like `withUTF8`, but without a `var`: copying
    /// a string into a `var` for `withUTF8` costs a retain and a release of its storage, on paths
    /// that look at every string of a template (measured: 1.8% of the main thread's
    /// instructions at 10x40 for the token test alone, see docs/performance.md).
    @inlinable @inline(__always)
    package func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        // Native strings (all on Linux, and all but bridged ones on Darwin) have contiguous UTF-8.
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}
