import CDK
import CDKIAM

extension Lambda {
    /// A function known by ARN.
    final class ImportedFunction: Resource, FunctionRef {
        let functionArn: String
        let functionName: String
        let role: IAM.Role?
        private let principal: any IAM.Principal

        init(_ scope: Construct, _ id: String, functionArn: String, role: IAM.Role?) throws {
            self.functionArn = functionArn
            self.role = role
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
            principal = role ?? IAM.ArnPrincipal(functionArn)
            try super.init(scope, id, account: account, region: region)
        }

        var grantPrincipal: any IAM.Principal { principal }

        /// Permissions can be added when the function is in the stack's account (or unknown).
        var canCreatePermissions: Bool {
            Token.isUnresolved(environment.account) || Token.isUnresolved(stack.account) || environment.account == stack.account
        }
    }
}
