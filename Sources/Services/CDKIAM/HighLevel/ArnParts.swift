import CDK

extension IAM {
    /// The account and resource name of an IAM ARN (`arn:<partition>:iam::<account>:<type>/<name>`),
    /// literal, with tokens in some parts, or a token (see ``CDK/Arn/parse(_:format:)``).
    struct ArnParts {
        /// The account.
        let account: String
        /// Everything after the type's slash (the path and the name).
        let resourceName: String

        init(_ arn: String, at scope: Construct) throws {
            let parts: ArnComponents
            do {
                parts = try Arn.parse(arn, format: .slashResourceName)
            } catch let error as CDKError {
                throw CDKError(error.code, error.message + ". Pass an ARN such as arn:aws:iam::123456789012:role/name.", at: scope)
            }
            account = parts.account ?? ""
            resourceName = parts.resourceName ?? ""
        }

        /// The last part of the resource name (the name without its path). A token has no `/`,
        /// so it is kept whole.
        var lastNamePart: String {
            guard let slash = resourceName.utf8.lastIndex(of: UInt8(ascii: "/")) else { return resourceName }
            return String(resourceName[resourceName.utf8.index(after: slash)...])
        }

        /// How two accounts compare, as the AWS CDK's `Token.compareStrings`: only two
        /// different literals are different.
        static func areDifferentAccounts(_ a: String, _ b: String) -> Bool {
            a != b && !Token.isUnresolved(a) && !Token.isUnresolved(b)
        }
    }
}
