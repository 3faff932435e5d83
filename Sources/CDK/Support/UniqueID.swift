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
        // First the checks and the length of the path the components that are not hidden
        // ("Default") make; then the path (hashed) and the id, in buffers on the stack.
        var keptCount = 0, pathLength = 0, firstKept = ""
        for component in components where component != hiddenID {
            if Token.isUnresolved(component) {
                let all = components.filter { $0 != hiddenID }.joined(separator: "/")
                throw CDKError(code: "InvalidUniqueId", message: "ID components may not include unresolved tokens: \(all)")
            }
            if keptCount == 0 { firstKept = component }
            keptCount += 1
            pathLength += component.utf8.count
        }
        if keptCount == 0 {
            throw CDKError(code: "InvalidUniqueId", message: "Unable to calculate a unique id for an empty set of components")
        }
        if keptCount == 1 {
            let candidate = removeNonAlphanumeric(firstKept)
            if candidate.count <= maxIDLength { return candidate }
        }
        pathLength += keptCount - 1
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: pathLength) { path in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maxHumanLength + hashLength) { id in
                var pathCount = 0, idCount = 0, index = 0
                var lastInHumanPart: String?
                for component in components where component != hiddenID {
                    if index > 0 {
                        path[pathCount] = UInt8(ascii: "/")
                        pathCount += 1
                    }
                    index += 1
                    component.withUTF8Bytes { bytes in
                        let end = pathCount + bytes.count
                        _ = UnsafeMutableBufferPointer(rebasing: path[pathCount..<end]).initialize(fromContentsOf: bytes)
                        pathCount = end
                    }
                    // The human part: only ASCII letters and digits, from the components that
                    // do not repeat the end of the one before (`MyBucket/Bucket`) and are not
                    // "Resource".
                    if let last = lastInHumanPart, ByteSearch.hasSuffix(last, component) { continue }
                    lastInHumanPart = component
                    guard component != hiddenFromHumanID else { continue }
                    component.withUTF8Bytes { bytes in
                        for byte in bytes where byte.isASCIILetterOrDigit && idCount < maxHumanLength {
                            id[idCount] = byte
                            idCount += 1
                        }
                    }
                }
                // The first 4 bytes of the digest are those of its first word, lowest first.
                let hash = MD5.words(of: UnsafeBufferPointer(rebasing: path[..<pathCount])).0
                for shift in stride(from: 0, to: 32, by: 8) {
                    let byte = UInt8(truncatingIfNeeded: hash >> shift)
                    id[idCount] = Hex.uppercaseDigit(byte >> 4)
                    id[idCount + 1] = Hex.uppercaseDigit(byte & 0x0F)
                    idCount += 2
                }
                return String(decoding: UnsafeBufferPointer(rebasing: id[..<idCount]), as: UTF8.self)
            }
        }
    }

    /// The hex digits of the hash part: 4 bytes of the MD5 digest.
    private static let hashLength = 8

    static func removeNonAlphanumeric(_ s: String) -> String {
        if ByteSearch.allBytes(of: s, satisfy: \.isASCIILetterOrDigit) { return s }
        return String(decoding: s.utf8.filter(\.isASCIILetterOrDigit), as: UTF8.self)
    }
}
