import CDK
import CDKIAM

extension Lambda {
    /// The `$LATEST` version of a function (child `$LATEST`, no resource), from
    /// ``FunctionRef/latestVersion``: useful for aliases and grants; it cannot have
    /// permissions of its own.
    public final class LatestVersion: Resource, VersionRef {
        /// The function.
        public let lambda: any FunctionRef
        /// What the version remembers of its grants.
        public let permissionBookkeeping = PermissionBookkeeping()

        init(_ lambda: any FunctionRef) throws {
            self.lambda = lambda
            try super.init(lambda, "$LATEST")
        }

        /// `$LATEST`.
        public var version: String { "$LATEST" }
        /// `<function ARN>:$LATEST`.
        public var functionArn: String { "\(lambda.functionArn):\(version)" }
        /// `<function name>:$LATEST`.
        public var functionName: String { "\(lambda.functionName):\(version)" }
        /// The function's role.
        public var role: IAM.Role? { lambda.role }
        /// The function's principal.
        public var grantPrincipal: any IAM.Principal { lambda.grantPrincipal }
        /// `$LATEST` cannot have permissions of its own.
        public var canCreatePermissions: Bool { false }
        /// The function.
        public var unqualifiedFunction: any FunctionRef { lambda }
        /// `$LATEST`.
        public var qualifier: String? { version }
        /// Itself.
        public var latestVersion: any VersionRef { self }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKLambda.Lambda.LatestVersion") }
    }
}
