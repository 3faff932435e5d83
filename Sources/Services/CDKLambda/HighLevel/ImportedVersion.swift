import CDK
import CDKIAM

extension Lambda {
    /// A version known by ARN or by function and number (``Version/fromVersionArn(_:_:versionArn:)``).
    final class ImportedVersion: Resource, VersionRef {
        let version: String
        let lambda: any FunctionRef
        let functionArn: String
        let permissionBookkeeping = PermissionBookkeeping()

        init(_ scope: Construct, _ id: String, version: String, lambda: any FunctionRef, functionArn: String) throws {
            self.version = version
            self.lambda = lambda
            self.functionArn = functionArn
            try super.init(scope, id)
        }

        var functionName: String { "\(lambda.functionName):\(version)" }
        var role: IAM.Role? { lambda.role }
        var grantPrincipal: any IAM.Principal { lambda.grantPrincipal }
        var unqualifiedFunction: any FunctionRef { lambda }
        var qualifier: String? { version }

        /// Only when the stack's account is known and the ARN names it.
        var canCreatePermissions: Bool {
            if Token.isUnresolved(stack.account) || Token.isUnresolved(functionArn) { return false }
            return (try? Arn.split(functionArn, format: .slashResourceName).account) == stack.account
        }

        override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKLambda.Lambda.ImportedVersion") }
    }
}

extension Lambda.Version {
    /// A version known by its ARN (`arn:…:function:<name>:<version>`); its function is
    /// imported too, as `<id>Function` beside it.
    public static func fromVersionArn(_ scope: Construct, _ id: String, versionArn: String) throws -> any Lambda.VersionRef {
        let version = Fn.select(7, Fn.split(":", versionArn))
        let functionArn: String
        if Token.isUnresolved(versionArn) {
            functionArn = Fn.join(":", (0..<7).map { Fn.select($0, Fn.split(":", versionArn)) })
        } else {
            functionArn = versionArn.split(separator: ":", omittingEmptySubsequences: false).prefix(7).joined(separator: ":")
        }
        let lambda = try Lambda.Function.fromFunctionArn(scope, "\(id)Function", functionArn: functionArn)
        return try Lambda.ImportedVersion(scope, id, version: version, lambda: lambda, functionArn: versionArn)
    }

    /// Version `version` of `lambda`.
    public static func fromVersionAttributes(_ scope: Construct, _ id: String, version: String,
                                             lambda: any Lambda.FunctionRef) throws -> any Lambda.VersionRef {
        try Lambda.ImportedVersion(scope, id, version: version, lambda: lambda, functionArn: "\(lambda.functionArn):\(version)")
    }
}
