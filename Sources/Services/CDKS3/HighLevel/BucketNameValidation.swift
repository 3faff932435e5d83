import CDK

extension S3.Bucket {
    /// What is wrong with a literal bucket name, in the AWS CDK's words (empty when it is valid).
    /// Imported buckets allow the legacy rules (uppercase letters and underscores).
    public static func bucketNameErrors(_ name: String, allowLegacyBucketNaming: Bool = false) -> [String] {
        if name.isEmpty || Token.isUnresolved(name) { return [] }
        let chars = Array(name.unicodeScalars)
        func isLower(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("0"..."9").contains(c) }
        func isEdge(_ c: Unicode.Scalar) -> Bool { isLower(c) || (allowLegacyBucketNaming && ("A"..."Z").contains(c)) }
        func isAllowed(_ c: Unicode.Scalar) -> Bool { isEdge(c) || c == "." || c == "-" || (allowLegacyBucketNaming && c == "_") }
        var errors: [String] = []
        if chars.count < 3 || chars.count > 63 {
            errors.append("Bucket name must be at least 3 and no more than 63 characters")
        }
        if let offset = chars.firstIndex(where: { !isAllowed($0) }) {
            errors.append(allowLegacyBucketNaming
                ? "Bucket name must only contain uppercase or lowercase characters and the symbols, period (.), underscore (_), and dash (-)"
                : "Bucket name must only contain lowercase characters and the symbols, period (.) and dash (-) (offset: \(offset))")
        }
        if !isEdge(chars[0]) {
            errors.append(allowLegacyBucketNaming
                ? "Bucket name must start with an uppercase, lowercase character or number"
                : "Bucket name must start with a lowercase character or number (offset: 0)")
        }
        if !isEdge(chars[chars.count - 1]) {
            errors.append(allowLegacyBucketNaming
                ? "Bucket name must end with an uppercase, lowercase character or number"
                : "Bucket name must end with a lowercase character or number (offset: \(chars.count - 1))")
        }
        for i in 0..<(chars.count - 1) {
            let pair = String(chars[i]) + String(chars[i + 1])
            if pair == ".-" || pair == "-." || pair == ".." {
                errors.append("Bucket name must not have dash next to period, or period next to dash, or consecutive periods (offset: \(i))")
                break
            }
        }
        let octets = name.split(separator: ".", omittingEmptySubsequences: false)
        if octets.count == 4 && octets.allSatisfy({ (1...3).contains($0.count) && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) {
            errors.append("Bucket name must not resemble an IP address")
        }
        return errors
    }
}
