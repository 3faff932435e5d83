import CDK

extension Lambda.VersionRef {
    /// An alias `aliasName` of this version (child `Alias<aliasName>` of the version).
    @discardableResult
    public func addAlias(_ aliasName: String, _ options: Lambda.AliasOptions = Lambda.AliasOptions(),
                         configure: (inout Lambda.AliasOptions) throws -> Void = { _ in }) throws -> Lambda.Alias {
        try Lambda.Alias(self, "Alias" + aliasName, .init(aliasName: aliasName, version: self, options: try options.with(configure)))
    }
}
