import CDK

extension IAM.Role {
    /// A role defined outside the app, by ARN. The role's name is the ARN's last path part
    /// (for a token ARN with a path, CloudFormation cannot compute it: pass the ARN without
    /// the path). Statements added to a mutable import go to a ``IAM/Policy`` in this stack,
    /// attached by name. A role of another account than the stack's (both known), or one
    /// imported with `mutable` off, is immutable: its policies are not changed.
    ///
    /// ```swift
    /// let role = try IAM.Role.fromRoleArn(stack, "Deployer", "arn:aws:iam::123456789012:role/deployer") { $0.mutable = false }
    /// ```
    public static func fromRoleArn(_ scope: Construct, _ id: String, _ roleArn: String,
                                   _ options: IAM.FromRoleArnOptions = IAM.FromRoleArnOptions(),
                                   configure: (inout IAM.FromRoleArnOptions) throws -> Void = { _ in }) throws -> any IAM.RoleRef {
        let options = try options.with(configure)
        let stack = try Stack.of(scope)
        let parts = try IAM.ArnParts(roleArn, at: scope)
        let roleName = parts.lastNamePart
        if IAM.CustomizeRolesConfig.of(scope).enabled {
            let imported = try IAM.ImportedRole(scope, "Import" + id, roleArn: roleArn, roleName: roleName, account: parts.account,
                                                defaultPolicyName: options.defaultPolicyName)
            return try IAM.PrecreatedRole(scope, id, rolePath: scope.node.path + "/" + id, role: imported)
        }
        if options.addGrantsToResources != nil && options.mutable {
            throw CDKError("AddGrantsResourcesPassedMutable", "'addGrantsToResources' can only be passed if 'mutable: false'. Set mutable to false, or leave addGrantsToResources unset.", at: scope)
        }
        let sameAccount = !IAM.ArnParts.areDifferentAccounts(parts.account, stack.account)
        let mutable = options.mutable && sameAccount
        let imported = try IAM.ImportedRole(scope, mutable ? id : "MutableRole" + id, roleArn: roleArn, roleName: roleName,
                                            account: parts.account, defaultPolicyName: options.defaultPolicyName)
        if mutable { return imported }
        return try IAM.ImmutableRole(scope, id, role: imported, addGrantsToResources: options.addGrantsToResources ?? false)
    }

    /// A role of the stack's account, by name: `arn:<partition>:iam::<account>:role/<name>`
    /// (see ``fromRoleArn(_:_:_:_:configure:)``).
    public static func fromRoleName(_ scope: Construct, _ id: String, _ roleName: String,
                                    _ options: IAM.FromRoleArnOptions = IAM.FromRoleArnOptions(),
                                    configure: (inout IAM.FromRoleArnOptions) throws -> Void = { _ in }) throws -> any IAM.RoleRef {
        let stack = try Stack.of(scope)
        let arn = stack.formatArn(ArnComponents(service: "iam", resource: "role", resourceName: roleName, region: ""))
        return try fromRoleArn(scope, id, arn, options, configure: configure)
    }
}
