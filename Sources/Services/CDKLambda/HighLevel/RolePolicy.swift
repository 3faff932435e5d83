import CDK
import CDKIAM

extension Lambda {
    /// `@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy`: when enabled,
    /// ``FunctionRef/addToRolePolicy(_:)`` puts each statement in a new inline policy of the
    /// execution role instead of its default policy (so the function does not depend on it).
    /// Default: disabled.
    public static let createNewPoliciesWithAddToRolePolicyFlag = "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy"
}

extension Lambda.FunctionRef {
    /// Adds `statement` to the function's role (nothing for a function imported without a
    /// role): to its default policy or, with
    /// ``Lambda/createNewPoliciesWithAddToRolePolicyFlag``, to a new policy
    /// `inlinePolicyAddedToExecutionRole-<n>` under the function attached to the role.
    public func addToRolePolicy(_ statement: IAM.PolicyStatement) throws {
        guard let role else { return }
        try Lambda.addToRolePolicy(statement, role: role, scope: self, bookkeeping: permissionBookkeeping)
    }
}

extension Lambda {
    /// ``FunctionRef/addToRolePolicy(_:)`` for `role`, with inline policies made under `scope`
    /// (usable while a function is being made).
    static func addToRolePolicy(_ statement: IAM.PolicyStatement, role: IAM.Role, scope: Construct,
                                bookkeeping: PermissionBookkeeping) throws {
        if FeatureFlags.of(scope).isEnabled(createNewPoliciesWithAddToRolePolicyFlag) {
            let number = bookkeeping.inlinePolicyCount
            bookkeeping.inlinePolicyCount += 1
            let policy = try IAM.Policy(scope, "inlinePolicyAddedToExecutionRole-\(number)") { $0.statements = [statement] }
            role.attachInlinePolicy(policy)
        } else {
            _ = try role.addToPrincipalPolicy(statement)
        }
    }
}
