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
        // One pass over the components that are not hidden ("Default"): the path they make
        // (hashed), and the human part (only ASCII letters and digits, so built byte by byte)
        // from those that do not repeat the end of the one before and are not "Resource".
        var path: [UInt8] = []
        path.reserveCapacity(128)
        var id: [UInt8] = []
        id.reserveCapacity(64)
        var keptCount = 0, firstKept = ""
        var lastInHumanPart: String?
        for component in components where component != hiddenID {
            if Token.isUnresolved(component) {
                let all = components.filter { $0 != hiddenID }.joined(separator: "/")
                throw CDKError(code: "InvalidUniqueId", message: "ID components may not include unresolved tokens: \(all)")
            }
            if keptCount == 0 { firstKept = component } else { path.append(UInt8(ascii: "/")) }
            keptCount += 1
            component.withUTF8Bytes { path.append(contentsOf: $0) }
            // Left out when the one before ends with it (`MyBucket/Bucket`).
            if let last = lastInHumanPart, ByteSearch.hasSuffix(last, component) { continue }
            lastInHumanPart = component
            guard component != hiddenFromHumanID else { continue }
            component.withUTF8Bytes { componentBytes in
                for byte in componentBytes where isAlphanumeric(byte) && id.count < maxHumanLength { id.append(byte) }
            }
        }
        if keptCount == 0 {
            throw CDKError(code: "InvalidUniqueId", message: "Unable to calculate a unique id for an empty set of components")
        }
        if keptCount == 1 {
            let candidate = removeNonAlphanumeric(firstKept)
            if candidate.count <= maxIDLength { return candidate }
        }
        Hex.append(MD5.digest(path)[..<4], uppercase: true, to: &id)
        return String(decoding: id, as: UTF8.self)
    }

    static func removeNonAlphanumeric(_ s: String) -> String {
        if ByteSearch.allBytes(of: s, satisfy: isAlphanumeric) { return s }
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
}
