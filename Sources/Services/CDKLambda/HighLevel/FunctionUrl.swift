import CDK
import CDKIAM

extension Lambda {
    /// An HTTPS endpoint of a function or alias (`AWS::Lambda::Url`). With `authType` `.noAuth`
    /// anyone may call it: the AWS CDK's two permissions for `*` are added to the function (or
    /// alias), `invoke-function-url` and `invoke-function` (invoked via the URL).
    ///
    /// ```swift
    /// let url = try fn.addFunctionUrl { $0.authType = .noAuth }
    /// _ = try CfnOutput(stack, "Url", value: url.url)
    /// ```
    public final class FunctionUrl: Resource {
        /// The URL (`https://<id>.lambda-url.<region>.on.aws/`).
        public let url: String
        /// The ARN of the function the URL invokes.
        public let functionArn: String
        /// Who may call the URL.
        public let authType: FunctionUrlAuthType
        /// The function or alias the URL invokes.
        public let function: any FunctionRef
        /// The URL's CloudFormation resource.
        public let cfnUrl: CfnUrl

        /// A URL of `props.function`; throws for a version, and for a CORS `maxAge` over a day.
        public init(_ scope: Construct, _ id: String, _ props: FunctionUrlProps,
                    configure: (inout FunctionUrlProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            let alias = props.function as? Alias
            if alias == nil, props.function is any VersionRef {
                throw CDKError("FunctionUrlCannotVersion", "FunctionUrl cannot be used with a Version. Give the function or an alias of the version.", at: this)
            }
            let authType = props.authType ?? .awsIam
            // An alias is addressed through its function's ARN and its name as the qualifier.
            cfnUrl = try CfnUrl(this, "Resource", authType: authType.rawValue,
                                cors: try props.cors.map { try Self.renderCors($0, at: this) },
                                invokeMode: props.invokeMode?.rawValue,
                                qualifier: alias?.aliasName,
                                targetFunctionArn: (alias?.lambda ?? props.function).functionArn)
            // The alias name is a literal: using it implies no dependency, so add it.
            if let alias { cfnUrl.node.addDependency(alias.cfnAlias) }
            self.authType = authType
            self.function = props.function
            url = cfnUrl.attrFunctionUrl
            functionArn = cfnUrl.attrFunctionArn
            try super.init(this)
            if props.authType == FunctionUrlAuthType.noAuth {
                try props.function.addPermission("invoke-function-url", Permission(
                    principal: IAM.AnyPrincipal(), action: "lambda:InvokeFunctionUrl", functionUrlAuthType: authType.rawValue))
                try props.function.addPermission("invoke-function", Permission(
                    principal: IAM.AnyPrincipal(), action: "lambda:InvokeFunction", invokedViaFunctionUrl: true))
            }
        }

        /// The `Cors` property, as the AWS CDK renders it: every method unless some are given.
        private static func renderCors(_ cors: FunctionUrlCorsOptions, at this: ConstructScope) throws -> CfnUrl.CorsProperty {
            let maxAge = try cors.maxAge.map { maxAge in try this.converting("cors.maxAge") { try maxAge.toSeconds() } }
            if let maxAge, !Token.isUnresolved(maxAge), maxAge > 86_400 {
                throw CDKError("FunctionUrlMaxAgeLess", "FunctionUrl CORS maxAge should be less than or equal to 86400 secs (got \(JSONWriter.formatNumber(maxAge))). Give a maxAge of at most one day.", at: this)
            }
            return CfnUrl.CorsProperty(allowCredentials: cors.allowCredentials, allowHeaders: cors.allowedHeaders,
                                       allowMethods: (cors.allowedMethods ?? [.all]).map(\.rawValue),
                                       allowOrigins: cors.allowedOrigins, exposeHeaders: cors.exposedHeaders, maxAge: maxAge)
        }

        /// Grants `grantee` calling the URL (see ``FunctionRef/grantInvokeUrl(_:)``).
        @discardableResult
        public func grantInvokeUrl(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
            try function.grantInvokeUrl(grantee)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKLambda.Lambda.FunctionUrl") }
    }
}

extension Lambda.FunctionRef {
    /// A URL of the function or alias (child `FunctionUrl`).
    @discardableResult
    public func addFunctionUrl(_ options: Lambda.FunctionUrlOptions = Lambda.FunctionUrlOptions(),
                               configure: (inout Lambda.FunctionUrlOptions) throws -> Void = { _ in }) throws -> Lambda.FunctionUrl {
        try Lambda.FunctionUrl(self, "FunctionUrl", .init(function: self, options: try options.with(configure)))
    }

    /// Grants `grantee` calling the function's URLs with IAM authentication, as the AWS CDK
    /// does: `lambda:InvokeFunctionUrl` (for `AWS_IAM` URLs) and `lambda:InvokeFunction` (when
    /// invoked via a URL), in the grantee's policy with those conditions, or, for a principal
    /// without a policy or in another account, as permissions `InvokeFunctionUrl<principal>`
    /// and `InvokeFunctionUrl<principal>-DualAuth`. A second grant to the same principal
    /// returns the first.
    @discardableResult
    public func grantInvokeUrl(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        let principal = grantee.grantPrincipal
        let identifier = "InvokeFunctionUrl" + Lambda.PermissionPrincipal.description(principal)
        if let grant = permissionBookkeeping.urlInvocationGrants[identifier] { return grant }
        let authType = Lambda.FunctionUrlAuthType.awsIam.rawValue
        _ = try IAM.Grant.addToPrincipalOrResource(
            grantee: grantee, actions: ["lambda:InvokeFunctionUrl"], resourceArns: [functionArn],
            resource: Lambda.PermissionTarget(function: self, identifier: identifier, principal: principal,
                                              action: "lambda:InvokeFunctionUrl", functionUrlAuthType: authType),
            conditions: ["StringEquals": ["lambda:FunctionUrlAuthType": .string(authType)]])
        let grant = try IAM.Grant.addToPrincipalOrResource(
            grantee: grantee, actions: ["lambda:InvokeFunction"], resourceArns: [functionArn],
            resource: Lambda.PermissionTarget(function: self, identifier: identifier + "-DualAuth", principal: principal,
                                              action: "lambda:InvokeFunction", invokedViaFunctionUrl: true),
            conditions: ["Bool": ["lambda:InvokedViaFunctionUrl": true]])
        permissionBookkeeping.urlInvocationGrants[identifier] = grant
        return grant
    }
}
