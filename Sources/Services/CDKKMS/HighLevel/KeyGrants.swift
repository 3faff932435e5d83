import CDK
import CDKIAM

extension IAM.ResourceWithPolicy {
    /// Grants `actions` on the key `keyArn` (this resource holds its key policy), as the AWS
    /// CDK's `KeyGrants.actions` does; see ``KMS/KeyRef/grant(_:actions:)`` for the rules.
    /// `flagScope` is the construct whose feature flags apply: the key construct, or the `CfnKey`.
    func grantOnKey(_ grantee: any IAM.Grantable, actions: [String], keyArn: String, trustAccountIdentities: Bool,
                    flagScope: Construct) throws -> IAM.Grant {
        let granteeStack = (grantee.grantPrincipal as? Construct).flatMap { try? Stack.of($0) }
        let crossEnvironment = granteeStack.map { isInAnotherEnvironment($0, flagScope: flagScope) } ?? false
        if trustAccountIdentities && !crossEnvironment {
            return try IAM.Grant.addToPrincipalOrResource(grantee: grantee, actions: actions, resourceArns: [keyArn],
                                                          resourceSelfArns: ["*"], resource: self)
        }
        var resourcePolicyPrincipal: any IAM.Principal = grantee.grantPrincipal
        if let granteeStack, granteeStack !== stack, granteeStack.dependencies.contains(where: { $0 === stack }) {
            resourcePolicyPrincipal = IAM.AccountPrincipal(granteeStack.account)
        }
        return try IAM.Grant.addToPrincipalAndResource(
            grantee: grantee, actions: actions, resourceArns: crossEnvironment ? ["*"] : [keyArn],
            resourceSelfArns: crossEnvironment ? nil : ["*"], resource: self, resourcePolicyPrincipal: resourcePolicyPrincipal)
    }

    /// Whether `granteeStack` is in another account or region than the key (compared as
    /// written, as the AWS CDK compares them).
    private func isInAnotherEnvironment(_ granteeStack: Stack, flagScope: Construct) -> Bool {
        let reduced = FeatureFlags.of(flagScope).isEnabled(KMS.ContextKey.reduceCrossAccountRegionPolicyScope)
        let otherAccount = stack.account != granteeStack.account && (!reduced || environment.account != granteeStack.account)
        let otherRegion = stack.region != granteeStack.region && (!reduced || environment.region != granteeStack.region)
        return otherAccount || otherRegion
    }
}
