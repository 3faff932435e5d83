import CDK

extension IAM.Role {
    /// Throws the AWS CDK's errors for invalid props: name, session duration, description, path.
    static func validate(_ props: IAM.RoleProps, at this: Construct) throws {
        if let roleName = props.roleName, !Token.isUnresolved(roleName), !isValidRoleName(roleName) {
            throw CDKError("InvalidRoleName", "Invalid roleName. The name must be a string of characters consisting of upper and lowercase alphanumeric characters with no spaces. You can also include any of the following characters: _+=,.@-. Length must be between 1 and 64 characters. Got '\(roleName)'.", at: this)
        }
        if let maxSessionDuration = props.maxSessionDuration {
            let seconds = try this.converting("maxSessionDuration") { try maxSessionDuration.toSeconds() }
            if !Token.isUnresolved(seconds) && !(3600...43200).contains(seconds) {
                throw CDKError("InvalidMaxSessionDuration", "maxSessionDuration is set to \(NumberText.display(seconds)), but must be >= 3600sec (1hr) and <= 43200sec (12hrs). Use a Duration between 1 and 12 hours.", at: this)
            }
        }
        if let description = props.description, description.utf16.count > 1000 {
            throw CDKError("RoleDescriptionLongerCharacters", "Role description must be no longer than 1000 characters. Shorten it.", at: this)
        }
        if let path = props.path, !Token.isUnresolved(path) {
            let length = path.utf16.count
            if length == 0 || length > 512 {
                throw CDKError("RolePathCharactersProvidedRole", "Role path must be between 1 and 512 characters. The provided role path is \(length) characters.", at: this)
            }
            if !isValidRolePath(path) {
                throw CDKError("InvalidRolePathCharacters", "Role path must be either a slash or valid characters (alphanumerics and symbols) surrounded by slashes. Valid characters are unicode characters in [\\u0021-\\u007F]. However, \(path) is provided.", at: this)
            }
        }
    }

    /// 1 to 64 of `[A-Za-z0-9_+=,.@-]`.
    static func isValidRoleName(_ name: String) -> Bool {
        let scalars = name.unicodeScalars
        return (1...64).contains(scalars.count) && scalars.allSatisfy {
            $0.isASCIILetterOrDigit || "_+=,.@-".unicodeScalars.contains($0)
        }
    }

    /// `/`, or `/` + characters from U+0021 to U+007F + `/`.
    static func isValidRolePath(_ path: String) -> Bool {
        let scalars = Array(path.unicodeScalars)
        if scalars == ["/"] { return true }
        return scalars.count >= 3 && scalars.first == "/" && scalars.last == "/"
            && scalars.dropFirst().dropLast().allSatisfy { (0x21...0x7F).contains($0.value) }
    }
}
