import CDK

extension S3 {
    /// Where a bucket's name is unique (`BucketNamespace`).
    public enum BucketNamespace: String, Sendable {
        /// Unique across all of AWS (S3's classic namespace).
        case global = "global"
        /// Unique within the account and region; the name is ``BucketProps/bucketNamePrefix``
        /// followed by a suffix S3 adds.
        case accountRegional = "account-regional"
    }
}

extension S3.Bucket {
    /// The longest ``BucketProps/bucketNamePrefix`` (the account-regional suffix takes the rest).
    public static let maxBucketNamePrefixLength = 37

    /// Throws when `name` is not a valid bucket name (the AWS CDK's `Bucket.validateBucketName`);
    /// `allowLegacyBucketNaming` allows uppercase letters and underscores, as old buckets may have.
    /// Tokens are not checked.
    public static func validateBucketName(_ name: String, allowLegacyBucketNaming: Bool = false) throws {
        let errors = bucketNameErrors(name, allowLegacyBucketNaming: allowLegacyBucketNaming)
        if !errors.isEmpty {
            throw CDKError(code: "InvalidBucketNameValue", message: (["Invalid S3 bucket name (value: \(name))"] + errors).joined(separator: "\n"))
        }
    }

    /// What is wrong with a literal bucket name, in the AWS CDK's words (empty when it is valid
    /// or a token). Offsets count UTF-16 code units, as JavaScript does.
    public static func bucketNameErrors(_ name: String, allowLegacyBucketNaming: Bool = false) -> [String] {
        if name.isEmpty || Token.isUnresolved(name) { return [] }
        let units = Array(name.utf16)
        func isDigitOrLower(_ c: UInt16) -> Bool { (0x30...0x39).contains(c) || (0x61...0x7A).contains(c) }
        func isEdge(_ c: UInt16) -> Bool { isDigitOrLower(c) || (allowLegacyBucketNaming && (0x41...0x5A).contains(c)) }
        func isAllowed(_ c: UInt16) -> Bool { isEdge(c) || c == 0x2E || c == 0x2D || (allowLegacyBucketNaming && c == 0x5F) }
        var errors: [String] = []
        if units.count < 3 || units.count > 63 {
            errors.append("Bucket name must be at least 3 and no more than 63 characters")
        }
        if let offset = units.firstIndex(where: { !isAllowed($0) }) {
            errors.append(allowLegacyBucketNaming
                ? "Bucket name must only contain uppercase or lowercase characters and the symbols, period (.), underscore (_), and dash (-)"
                : "Bucket name must only contain lowercase characters and the symbols, period (.) and dash (-) (offset: \(offset))")
        }
        if !isEdge(units[0]) {
            errors.append(allowLegacyBucketNaming
                ? "Bucket name must start with an uppercase, lowercase character or number"
                : "Bucket name must start with a lowercase character or number (offset: 0)")
        }
        if !isEdge(units[units.count - 1]) {
            errors.append(allowLegacyBucketNaming
                ? "Bucket name must end with an uppercase, lowercase character or number"
                : "Bucket name must end with a lowercase character or number (offset: \(units.count - 1))")
        }
        for i in 0..<(units.count - 1) where units[i] == 0x2E && (units[i + 1] == 0x2D || units[i + 1] == 0x2E) || units[i] == 0x2D && units[i + 1] == 0x2E {
            errors.append("Bucket name must not have dash next to period, or period next to dash, or consecutive periods (offset: \(i))")
            break
        }
        let octets = name.split(separator: ".", omittingEmptySubsequences: false)
        if octets.count == 4 && octets.allSatisfy({ (1...3).contains($0.utf8.count) && $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }) {
            errors.append("Bucket name must not resemble an IP address")
        }
        return errors
    }

    /// What is wrong with a literal ``BucketProps/bucketNamePrefix`` (empty when valid or a token).
    static func bucketNamePrefixErrors(_ prefix: String) -> [String] {
        if prefix.isEmpty || Token.isUnresolved(prefix) { return [] }
        let units = Array(prefix.utf16)
        func isDigitOrLower(_ c: UInt16) -> Bool { (0x30...0x39).contains(c) || (0x61...0x7A).contains(c) }
        var errors: [String] = []
        if units.count > maxBucketNamePrefixLength {
            errors.append("Bucket name prefix must be \(maxBucketNamePrefixLength) characters or fewer")
        }
        if !isDigitOrLower(units[0]) { errors.append("Bucket name prefix must start with a lowercase letter or number") }
        if !isDigitOrLower(units[units.count - 1]) { errors.append("Bucket name prefix must end with a lowercase letter or number") }
        if units.contains(where: { !isDigitOrLower($0) && $0 != 0x2D }) {
            errors.append("Bucket name prefix must only contain lowercase letters, numbers, and hyphens")
        }
        return errors
    }

    /// Checks the bucket's name, its name prefix and how they go with its namespace, as the AWS
    /// CDK does when a bucket is created.
    static func validateNaming(_ props: S3.BucketProps, at this: Construct) throws {
        let namespace = props.bucketNamespace
        if props.bucketName != nil && props.bucketNamePrefix != nil {
            throw CDKError("BucketNameConflictsWithPrefix",
                           "'bucketName' and 'bucketNamePrefix' cannot be used together: keep one of them.", at: this)
        }
        if props.bucketName != nil, let namespace, namespace != .global {
            throw CDKError("BucketNameConflictsWithNamespace",
                           "'bucketName' cannot be used with 'bucketNamespace' (except GLOBAL). Use 'bucketNamePrefix' with 'bucketNamespace' instead", at: this)
        }
        if props.bucketNamePrefix != nil && namespace != .accountRegional {
            throw CDKError("BucketNamePrefixRequiresAccountRegional",
                           "'bucketNamePrefix' requires 'bucketNamespace' to be set to ACCOUNT_REGIONAL", at: this)
        }
        if namespace == .accountRegional && props.bucketNamePrefix == nil {
            throw CDKError("AccountRegionalNamespaceRequiresPrefix",
                           "'bucketNamespace' ACCOUNT_REGIONAL requires 'bucketNamePrefix' to be specified", at: this)
        }
        if let name = props.bucketName {
            let errors = bucketNameErrors(name)
            if !errors.isEmpty {
                throw CDKError("InvalidBucketNameValue", (["Invalid S3 bucket name (value: \(name))"] + errors).joined(separator: "\n"), at: this)
            }
        }
        if let prefix = props.bucketNamePrefix {
            let errors = bucketNamePrefixErrors(prefix)
            if !errors.isEmpty {
                throw CDKError("InvalidBucketNamePrefixValue", (["Invalid S3 bucket name prefix (value: \(prefix))"] + errors).joined(separator: "\n"), at: this)
            }
        }
    }
}
