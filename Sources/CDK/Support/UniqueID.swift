/// Builds logical ids and other unique names from construct paths, with the AWS CDK's
/// `makeUniqueId` algorithm: a human-readable part plus the first 8 hex digits of the MD5 of
/// the path.
enum UniqueID {
    static let hiddenID = "Default"
    static let hiddenFromHumanID = "Resource"
    static let maxHumanLength = 240
    static let maxIDLength = 255

    /// The unique id for these path components (the ids below the stack, for a logical id).
    static func make(_ components: [String]) throws -> String {
        let kept = components.contains(hiddenID) ? components.filter { $0 != hiddenID } : components
        if kept.isEmpty {
            throw CDKError(code: "InvalidUniqueId", message: "Unable to calculate a unique id for an empty set of components")
        }
        for component in kept where Token.isUnresolved(component) {
            throw CDKError(code: "InvalidUniqueId", message: "ID components may not include unresolved tokens: \(kept.joined(separator: "/"))")
        }
        if kept.count == 1 {
            let candidate = removeNonAlphanumeric(kept[0])
            if candidate.count <= maxIDLength { return candidate }
        }
        // Only ASCII letters and digits are kept, so the id is built byte by byte: the human
        // part, then the hash.
        var id: [UInt8] = []
        id.reserveCapacity(64)
        for component in removeDuplicates(kept) where component != hiddenFromHumanID {
            for byte in component.utf8 where isAlphanumeric(byte) && id.count < maxHumanLength {
                id.append(byte)
            }
        }
        appendPathHash(of: kept, to: &id)
        return String(decoding: id, as: UTF8.self)
    }

    /// Appends the first 8 hex digits, uppercased, of the MD5 of the components joined by `/`.
    private static func appendPathHash(of components: [String], to out: inout [UInt8]) {
        var path: [UInt8] = []
        path.reserveCapacity(128)
        for (i, component) in components.enumerated() {
            if i > 0 { path.append(UInt8(ascii: "/")) }
            var component = component
            component.withUTF8 { path.append(contentsOf: $0) }
        }
        let digest = MD5.digest(path)
        for byte in digest[..<4] {
            out.append(Hex.uppercaseDigit(byte >> 4))
            out.append(Hex.uppercaseDigit(byte & 0x0F))
        }
    }

    static func removeNonAlphanumeric(_ s: String) -> String {
        if s.utf8.allSatisfy(isAlphanumeric) { return s }
        return String(decoding: s.utf8.filter(isAlphanumeric), as: UTF8.self)
    }

    static func isAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        c.isASCII && isAlphanumeric(UInt8(c.value))
    }

    /// Whether `byte` is an ASCII letter or digit (never true for a byte of a multi-byte character).
    static func isAlphanumeric(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        default: false
        }
    }

    /// Drops a component when the previously kept one ends with it (`MyBucket/Bucket`),
    /// compared by code points as JavaScript's `endsWith` does.
    private static func removeDuplicates(_ path: [String]) -> [String] {
        var result: [String] = []
        result.reserveCapacity(path.count)
        for component in path {
            if let last = result.last, hasSuffix(last, component) { continue }
            result.append(component)
        }
        return result
    }

    /// Whether the UTF-8 bytes of `s` end with those of `suffix` (a valid UTF-8 suffix starts
    /// at a character boundary, so this is the code-point comparison).
    private static func hasSuffix(_ s: String, _ suffix: String) -> Bool {
        var s = s, suffix = suffix
        return s.withUTF8 { bytes in
            suffix.withUTF8 { end in
                end.count <= bytes.count && UnsafeBufferPointer(rebasing: bytes[(bytes.count - end.count)...]).elementsEqual(end)
            }
        }
    }
}
