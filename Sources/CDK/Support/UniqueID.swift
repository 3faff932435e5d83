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
        // Only ASCII letters and digits are kept, so the human part is built byte by byte.
        var human: [UInt8] = []
        human.reserveCapacity(64)
        for component in removeDuplicates(kept) where component != hiddenFromHumanID {
            for byte in component.utf8 where isAlphanumeric(byte) && human.count < maxHumanLength {
                human.append(byte)
            }
        }
        return String(decoding: human, as: UTF8.self) + pathHash(kept)
    }

    /// The first 8 hex digits, uppercased, of the MD5 of the components joined by `/`.
    static func pathHash(_ components: [String]) -> String {
        var path: [UInt8] = []
        for (i, component) in components.enumerated() {
            if i > 0 { path.append(UInt8(ascii: "/")) }
            path.append(contentsOf: component.utf8)
        }
        return Hex.string(MD5.digest(path).prefix(4), uppercase: true)
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

    /// Drops a component when the previously kept one ends with it (`MyBucket/Bucket`).
    private static func removeDuplicates(_ path: [String]) -> [String] {
        var result: [String] = []
        result.reserveCapacity(path.count)
        for component in path {
            if let last = result.last, last.hasSuffix(component) { continue }
            result.append(component)
        }
        return result
    }
}
