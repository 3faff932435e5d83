/// Where a byte offset of JSON text is, as a JSON path (`$.Resources.Bucket.Properties[2]`),
/// found by scanning the text up to the offset with an explicit stack (no recursion, so that
/// deeply nested text cannot overflow the call stack). Deep paths are shortened.
enum JSONLocation {
    /// The path of the innermost value that contains `offset` of `text`.
    static func path(in text: String, at offset: Int) -> String {
        enum Level { case object(key: String?), array(index: Int) }
        let bytes = Array(text.utf8.prefix(max(0, offset)))
        var levels: [Level] = []
        var index = 0
        var lastString: String?
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                var end = index + 1
                while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1 }
                lastString = String(decoding: bytes[(index + 1)..<min(end, bytes.count)], as: UTF8.self)
                index = end + 1
                continue
            case UInt8(ascii: "{"): levels.append(.object(key: nil))
            case UInt8(ascii: "["): levels.append(.array(index: 0))
            case UInt8(ascii: "}"), UInt8(ascii: "]"): _ = levels.popLast()
            case UInt8(ascii: ":"):
                if case .object = levels.last { levels[levels.count - 1] = .object(key: lastString) }
            case UInt8(ascii: ","):
                switch levels.last {
                case .array(let i)?: levels[levels.count - 1] = .array(index: i + 1)
                case .object?: levels[levels.count - 1] = .object(key: nil)
                case nil: break
                }
            default: break
            }
            index += 1
        }
        let parts = levels.compactMap { level -> String? in
            switch level {
            case .object(let key): return key.map { $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } ? ".\($0)" : "[\"\($0.prefix(60))\"]" }
            case .array(let i): return "[\(i)]"
            }
        }
        guard parts.count > 12 else { return "$" + parts.joined() }
        return "$" + parts.prefix(6).joined() + "…(\(parts.count) levels)…" + parts.suffix(3).joined()
    }
}
