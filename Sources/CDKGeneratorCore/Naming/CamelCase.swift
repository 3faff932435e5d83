/// Turns CloudFormation names into Swift member names the way the AWS CDK names its props
/// (the `camelcase` package its code generator uses): `BucketName` → `bucketName`,
/// `DBClusterIdentifier` → `dbClusterIdentifier`, `KMSMasterKeyID` → `kmsMasterKeyId`,
/// `Ipv6Address` → `ipv6Address`, `Endpoint.Address` → `endpointAddress`.
public enum CamelCase {
    /// The lower camel case form of `name`.
    public static func lower(_ name: String) -> String {
        var chars = Array(name.trimmingWhitespace())
        if chars.isEmpty { return "" }
        if chars.count == 1 { return String(chars).lowercased() }
        if chars.contains(where: \.isUppercaseASCII) { chars = separateWords(chars) }
        while let first = chars.first, isSeparator(first) { chars.removeFirst() }
        return postProcess(Array(String(chars).lowercased()))
    }

    /// The upper camel case form of `name`: `endpoint.address` → `EndpointAddress`.
    public static func upper(_ name: String) -> String {
        let lowered = lower(name)
        guard let first = lowered.first else { return lowered }
        return first.uppercased() + lowered.dropFirst()
    }

    /// Inserts `-` where a word starts: before an upper-case letter that follows a lower-case
    /// one, and before the last letter of an upper-case run that a lower-case letter follows.
    private static func separateWords(_ input: [Character]) -> [Character] {
        var s = input
        var lastLower = false, lastUpper = false, lastLastUpper = false
        var i = 0
        while i < s.count {
            let c = s[i]
            if lastLower && c.isUppercaseASCII {
                s.insert("-", at: i)
                lastLower = false
                lastLastUpper = lastUpper
                lastUpper = true
                i += 1
            } else if lastUpper && lastLastUpper && c.isLowercaseASCII {
                s.insert("-", at: i - 1)
                lastLastUpper = lastUpper
                lastUpper = false
                lastLower = true
            } else {
                lastLower = c.isLowercaseASCII
                lastLastUpper = lastUpper
                lastUpper = c.isUppercaseASCII
            }
            i += 1
        }
        return s
    }

    /// Drops separators, upper-casing the character after each, and upper-cases the character
    /// after a run of digits.
    private static func postProcess(_ s: [Character]) -> String {
        var out: [Character] = []
        var i = 0
        while i < s.count {
            if isSeparator(s[i]) {
                var j = i
                while j < s.count, isSeparator(s[j]) { j += 1 }
                if j < s.count {
                    if isIdentifierCharacter(s[j]) { out.append(contentsOf: s[j].uppercased()); i = j + 1 } else { out.append(contentsOf: s[i..<j]); i = j }
                } else {
                    i = j
                }
                continue
            }
            out.append(s[i])
            i += 1
        }
        var result: [Character] = []
        i = 0
        while i < out.count {
            result.append(out[i])
            if out[i].isNumber, i + 1 < out.count, !out[i + 1].isNumber, isIdentifierCharacter(out[i + 1]) {
                result.append(contentsOf: out[i + 1].uppercased())
                i += 2
                continue
            }
            i += 1
        }
        return String(result)
    }

    private static func isSeparator(_ c: Character) -> Bool { c == "_" || c == "." || c == "-" || c == " " }

    private static func isIdentifierCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }
}

extension Character {
    var isUppercaseASCII: Bool { isASCII && isUppercase }
    var isLowercaseASCII: Bool { isASCII && isLowercase }
}

extension String {
    func trimmingWhitespace() -> Substring {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return s
    }
}
