/// Writes UTF-8 into a new string's storage, for strings made of a few parts whose length is
/// known: one allocation, none of the growing and copying that appending goes through.
///
/// ```swift
/// let path = String.written(capacity: a.utf8.count + 1 + b.utf8.count) { out in
///     out.append(a)
///     out.append(UInt8(ascii: "/"))
///     out.append(b)
/// }
/// ```
struct UTF8Writer {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    /// How many bytes were written.
    private(set) var count = 0

    fileprivate init(_ buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

    /// Writes the UTF-8 bytes of `s`.
    mutating func append(_ s: String) {
        s.withUTF8Bytes { append($0) }
    }

    /// Writes `bytes`.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        precondition(count + bytes.count <= buffer.count, "UTF8Writer: more bytes than the capacity given")
        guard let source = bytes.baseAddress, let target = buffer.baseAddress else { return }  // nothing to copy
        (target + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Writes `s` as a JSON string, quoted and escaped as `JSONWriter` writes it: at most
    /// ``maximumJSONStringLength(of:)`` bytes.
    mutating func appendJSONString(_ s: String) {
        s.withUTF8Bytes { bytes in
            if bytes.contains(where: JSONWriter.needsEscape) {
                var escaped: [UInt8] = []
                JSONWriter.writeString(s, into: &escaped)
                escaped.withUnsafeBufferPointer { append($0) }
            } else {
                append(UInt8(ascii: "\""))
                append(bytes)
                append(UInt8(ascii: "\""))
            }
        }
    }

    /// The most bytes ``appendJSONString(_:)`` writes for `s`: its quotes, and six for each
    /// byte (a control character is written `\u00XX`).
    static func maximumJSONStringLength(of s: String) -> Int {
        2 + 6 * s.utf8.count
    }

    /// Writes one byte.
    mutating func append(_ byte: UInt8) {
        precondition(count < buffer.count, "UTF8Writer: more bytes than the capacity given")
        buffer[count] = byte
        count += 1
    }

    /// Writes `value` (not negative) in decimal: ``decimalDigits(of:)`` bytes.
    mutating func append(decimal value: Int) {
        precondition(value >= 0, "UTF8Writer: negative decimal")
        let digits = Self.decimalDigits(of: value)
        precondition(count + digits <= buffer.count, "UTF8Writer: more bytes than the capacity given")
        var rest = value
        for position in stride(from: count + digits - 1, through: count, by: -1) {
            buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
        count += digits
    }

    /// How many digits `value` (not negative) has in decimal.
    static func decimalDigits(of value: Int) -> Int {
        var digits = 1, rest = value
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        return digits
    }
}

extension String {
    /// The string `write` writes, in storage of `capacity` bytes (at least what it writes).
    static func written(capacity: Int, _ write: (inout UTF8Writer) -> Void) -> String {
        String(unsafeUninitializedCapacity: capacity) { buffer in
            var writer = UTF8Writer(buffer)
            write(&writer)
            return writer.count
        }
    }
}
