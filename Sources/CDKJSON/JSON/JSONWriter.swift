/// Writes JSON text exactly as JavaScript's `JSON.stringify` does, which is what the AWS CDK
/// uses for templates and cloud assembly files.
///
/// That means: numbers in JavaScript's shortest form (`1`, `0.0025`, `1e-7`, `1e+21`), `/` and
/// non-ASCII characters unescaped, control characters as `\n` or `\u0001`, integer-like object
/// keys first in ascending order, and `indent` spaces per level (no trailing newline).
public enum JSONWriter {
    /// JSON text with `indent` spaces per level; `0` gives compact text.
    public static func string(_ value: JSONValue, indent: Int) -> String {
        string(value, indent: indent, expectedBytes: 4096)
    }

    /// JSON text, written into a buffer with room for `expectedBytes` from the start (memory
    /// that is reserved but not written costs nothing, growing the buffer costs copies).
    package static func string(_ value: JSONValue, indent: Int, expectedBytes: Int) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(expectedBytes)
        write(value, indent: indent, level: 0, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Compact JSON text, as `JSON.stringify(value)` writes it.
    public static func compact(_ value: JSONValue) -> String {
        string(value, indent: 0)
    }

    /// Appends the text of `value` at nesting `level` to `out`.
    package static func write(_ value: JSONValue, indent: Int, level: Int, into out: inout [UInt8]) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let n): out.append(contentsOf: formatNumber(n).utf8)
        case .string(let s): writeString(s, into: &out)
        case .array(let elements):
            if elements.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "["))
            // By index rather than `enumerated()`, which copies (retains) every element.
            for position in elements.indices {
                if position > 0 { out.append(UInt8(ascii: ",")) }
                newline(indent: indent, level: level + 1, into: &out)
                write(elements[position], indent: indent, level: level + 1, into: &out)
            }
            newline(indent: indent, level: level, into: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let object):
            write(object, indent: indent, level: level, prewritten: [:], into: &out)
        }
    }

    /// Writes `object`, taking the text of the members named in `prewritten` from there: each
    /// one the text `write` gives its value at `level + 1`, written earlier.
    package static func write(
        _ object: JSONObject, indent: Int, level: Int, prewritten: [String: ArraySlice<UInt8>], into out: inout [UInt8]
    ) {
        if object.isEmpty { out.append(contentsOf: "{}".utf8); return }
        out.append(UInt8(ascii: "{"))
        let members = javaScriptOrder(object.members)
        // By index rather than `enumerated()`, which copies (retains) every key and value.
        for position in members.indices {
            if position > 0 { out.append(UInt8(ascii: ",")) }
            newline(indent: indent, level: level + 1, into: &out)
            writeString(members[position].key, into: &out)
            out.append(UInt8(ascii: ":"))
            if indent > 0 { out.append(UInt8(ascii: " ")) }
            if !prewritten.isEmpty, let text = prewritten[members[position].key] {
                out.append(contentsOf: text)
            } else {
                write(members[position].value, indent: indent, level: level + 1, into: &out)
            }
        }
        newline(indent: indent, level: level, into: &out)
        out.append(UInt8(ascii: "}"))
    }

    private static func newline(indent: Int, level: Int, into out: inout [UInt8]) {
        guard indent > 0 else { return }
        var remaining = indent * level + 1
        var start = 0  // the line break, then the spaces, copied in runs
        while remaining > 0 {
            let run = min(remaining, lineBreakAndSpaces.count - start)
            out.append(contentsOf: lineBreakAndSpaces[start..<(start + run)])
            remaining -= run
            start = 1
        }
    }

    private static let lineBreakAndSpaces: [UInt8] = [UInt8(ascii: "\n")] + Array(repeating: UInt8(ascii: " "), count: 64)

    /// JavaScript orders "array index" keys (0 ... 2^32 - 2) first, ascending, then the rest
    /// in insertion order.
    package static func javaScriptOrder(_ members: [(key: String, value: JSONValue)]) -> [(key: String, value: JSONValue)] {
        guard hasArrayIndexKey(members) else { return members }
        var indexed: [(UInt32, (key: String, value: JSONValue))] = []
        var others: [(key: String, value: JSONValue)] = []
        for member in members {
            if let index = arrayIndex(member.key) { indexed.append((index, member)) } else { others.append(member) }
        }
        return indexed.sorted { $0.0 < $1.0 }.map { $0.1 } + others
    }

    /// The keys of `object` in the order JavaScript's `Object.keys` gives them.
    public static func javaScriptKeys(of object: JSONObject) -> [String] {
        javaScriptOrder(object.members).map { $0.key }
    }

    /// Whether a key of `members` is an "array index", which JavaScript orders first.
    private static func hasArrayIndexKey(_ members: [(key: String, value: JSONValue)]) -> Bool {
        // By index, reading only the keys: the closure of `contains(where:)` takes (retains)
        // each member's value too.
        for position in members.indices where arrayIndex(members[position].key) != nil { return true }
        return false
    }

    private static func arrayIndex(_ key: String) -> UInt32? {
        let utf8 = key.utf8
        guard let first = utf8.first, first >= 0x30, first <= 0x39, utf8.count <= 10 else { return nil }
        if first == 0x30 && utf8.count > 1 { return nil }
        guard let value = UInt64(key), value <= 4_294_967_294 else { return nil }
        return UInt32(value)
    }

    /// Appends `s` as a JSON string (quoted and escaped) to `out`.
    package static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        s.withUTF8Bytes { bytes in
            if !bytes.contains(where: needsEscape) {
                out.append(contentsOf: bytes)
                return
            }
            var runStart = 0
            for (i, byte) in bytes.enumerated() where needsEscape(byte) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                runStart = i + 1
                switch byte {
                case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
                case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
                case 0x0A: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                case 0x0D: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
                case 0x09: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
                case 0x08: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
                case 0x0C: out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
                default:
                    out.append(contentsOf: "\\u00".utf8)
                    out.append(hexDigits[Int(byte >> 4)])
                    out.append(hexDigits[Int(byte & 0x0F)])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The digits of `\u00XX` escapes, lowercase as `JSON.stringify` writes them.
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Whether JSON text must escape `byte`: control characters, `"` and `\`.
    @inlinable package static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// JavaScript's `Number.prototype.toString()` for finite numbers; `null` otherwise, as
    /// `JSON.stringify` writes non-finite numbers.
    public static func formatNumber(_ n: Double) -> String {
        guard n.isFinite else { return "null" }
        if n == 0 { return "0" }
        if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        // Swift's description gives the shortest round-tripping digits, like JavaScript;
        // only the layout differs.
        var text = abs(n).description
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            exponent = Int(text[text.index(after: e)...]) ?? 0
            text = String(text[..<e])
        }
        var digits: String
        var pointPosition: Int
        if let dot = text.firstIndex(of: ".") {
            digits = String(text[..<dot]) + String(text[text.index(after: dot)...])
            pointPosition = text.distance(from: text.startIndex, to: dot)
        } else {
            digits = text
            pointPosition = text.count
        }
        // Normalize to digits d1...dk with value 0.d1...dk x 10^point.
        let leadingZeros = digits.prefix { $0 == "0" }.count
        digits.removeFirst(leadingZeros)
        pointPosition -= leadingZeros
        while digits.hasSuffix("0") { digits.removeLast() }
        let k = digits.count
        let point = pointPosition + exponent
        var result: String
        if k <= point && point <= 21 {
            result = digits + String(repeating: "0", count: point - k)
        } else if 0 < point && point <= 21 {
            let index = digits.index(digits.startIndex, offsetBy: point)
            result = digits[..<index] + "." + digits[index...]
        } else if -6 < point && point <= 0 {
            result = "0." + String(repeating: "0", count: -point) + digits
        } else {
            let e = point - 1
            let mantissa = k == 1 ? digits : String(digits.prefix(1)) + "." + digits.dropFirst()
            result = mantissa + "e" + (e < 0 ? "-" : "+") + String(abs(e))
        }
        return n < 0 ? "-" + result : result
    }
}
