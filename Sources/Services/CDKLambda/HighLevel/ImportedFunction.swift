import CDK
import CDKIAM

extension Lambda {
    /// A function known by ARN (``Function/fromFunctionAttributes(_:_:_:)``).
    final class ImportedFunction: Resource, FunctionRef {
        let functionArn: String
        let functionName: String
        let role: IAM.Role?
        let architecture: Architecture
        let skipPermissions: Bool
        let permissionBookkeeping = PermissionBookkeeping()
        private let sameEnvironment: Bool?
        private let principal: any IAM.Principal

        init(_ scope: Construct, _ id: String, _ attributes: FunctionAttributes) throws {
            functionArn = attributes.functionArn
            role = attributes.role
            architecture = attributes.architecture ?? .x86_64
            skipPermissions = attributes.skipPermissions
            sameEnvironment = attributes.sameEnvironment
            var account: String?
            var region: String?
            if Token.isUnresolved(functionArn) {
                functionName = Fn.select(6, Fn.split(":", functionArn))
            } else {
                let parts = try Arn.split(functionArn, format: .colonResourceName)
                functionName = parts.resourceName ?? ""
                account = parts.account
                region = parts.region
            }
            principal = attributes.role ?? IAM.ArnPrincipal(functionArn)
            try super.init(scope, id, account: account, region: region)
        }

        var grantPrincipal: any IAM.Principal { principal }

        /// As given by `sameEnvironment`; otherwise only when the stack's account is known and
        /// the ARN names it (never in an environment-agnostic stack).
        var canCreatePermissions: Bool {
            if let sameEnvironment { return sameEnvironment }
            if Token.isUnresolved(stack.account) || Token.isUnresolved(functionArn) { return false }
            return environment.account == stack.account
        }

        override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKLambda.Lambda.ImportedFunction") }
    }
}
