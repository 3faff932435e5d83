import CDK
import CDKIAM
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Lambda {
    /// What a function, version or alias remembers of its grants and permissions: the invoke
    /// grants made (a repeated grant returns the first), whether a permission still owes the
    /// warning about qualified invocations, its `$LATEST` version, and how many inline
    /// policies ``FunctionRef/addToRolePolicy(_:)`` made.
    public final class PermissionBookkeeping {
        var invocationGrants: [String: IAM.Grant] = [:]
        var urlInvocationGrants: [String: IAM.Grant] = [:]
        var warnIfCurrentVersionCalled = false
        var inlinePolicyCount = 0
        private var latest: LatestVersion?

        /// Nothing recorded yet.
        public init() {}

        /// The `$LATEST` version of `function`, made once.
        func latestVersion(of function: any FunctionRef) throws -> LatestVersion {
            if let latest { return latest }
            let version = try LatestVersion(function)
            latest = version
            return version
        }
    }
}

extension Lambda.FunctionRef {
    /// The `$LATEST` version of the function (of the function a version or alias qualifies).
    public var latestVersion: any Lambda.VersionRef {
        get throws {
            if qualifier != nil { return try unqualifiedFunction.latestVersion }
            return try permissionBookkeeping.latestVersion(of: self)
        }
    }

    /// Adds an `AWS::Lambda::Permission` named `id` letting `permission.principal` invoke the
    /// function. For a function the stack cannot change (imported from another or an unknown
    /// account, or `$LATEST`), it adds nothing and warns, unless permissions are skipped.
    public func addPermission(_ id: String, _ permission: Lambda.Permission) throws {
        guard canCreatePermissions else {
            if !skipPermissions {
                let environment = (self as? Resource)?.environment ?? ResourceEnvironment(account: stack.account, region: stack.region)
                Annotations.of(self).addWarningV2("UnclearLambdaEnvironment", "addPermission() has no effect on a Lambda Function with region=\(environment.region), account=\(environment.account), in a Stack with region=\(stack.region), account=\(stack.account). Suppress this warning if this is intentional, or pass sameEnvironment=true to fromFunctionAttributes() if you would like to add the permissions.")
            }
            return
        }
        let principal = try Lambda.PermissionPrincipal(permission.principal, at: self)
        let scope = permission.scope ?? self
        considerWarningOnInvokePermission(scope, action: permission.action)
        _ = try Lambda.CfnPermission(scope, id, action: permission.action, eventSourceToken: permission.eventSourceToken,
                                     functionName: functionArn, functionUrlAuthType: permission.functionUrlAuthType,
                                     invokedViaFunctionUrl: permission.invokedViaFunctionUrl, principal: principal.principal,
                                     principalOrgId: permission.organizationId ?? principal.principalOrgID,
                                     sourceAccount: permission.sourceAccount ?? principal.sourceAccount,
                                     sourceArn: permission.sourceArn ?? principal.sourceArn)
    }

    /// Grants invoking the function: in the grantee's policy (on the function and all its
    /// versions and aliases, or on this version or alias), or, for a principal without a
    /// policy of its own or in another account, as an `AWS::Lambda::Permission` named
    /// `Invoke<hash of the principal>`. A second grant to the same principal returns the first.
    @discardableResult
    public func grantInvoke(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        let identifier = Self.invokeIdentifier(grantee.grantPrincipal, version: nil)
        if let grant = permissionBookkeeping.invocationGrants[identifier] { return grant }
        let grant = try grantInvoke(grantee, identifier: identifier, resourceArns: resourceArnsForGrantInvoke)
        permissionBookkeeping.invocationGrants[identifier] = grant
        return grant
    }

    /// Grants invoking `version` of the function (on `<arn>:<version>`; for `$LATEST`, also on
    /// the unqualified ARN).
    @discardableResult
    public func grantInvokeVersion(_ grantee: any IAM.Grantable, _ version: any Lambda.VersionRef) throws -> IAM.Grant {
        let identifier = Self.invokeIdentifier(grantee.grantPrincipal, version: version.version)
        if let grant = permissionBookkeeping.invocationGrants[identifier] { return grant }
        var arns = ["\(functionArn):\(version.version)"]
        if version === (try latestVersion) { arns.append(functionArn) }
        let grant = try grantInvoke(grantee, identifier: identifier, resourceArns: arns)
        permissionBookkeeping.invocationGrants[identifier] = grant
        return grant
    }

    /// Grants invoking the `$LATEST` version (and the unqualified function).
    @discardableResult
    public func grantInvokeLatestVersion(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        try grantInvokeVersion(grantee, try latestVersion)
    }

    /// Grants invoking the function to each principal of `composite`, one grant each.
    @discardableResult
    public func grantInvokeCompositePrincipal(_ composite: IAM.CompositePrincipal) throws -> [IAM.Grant] {
        try composite.principals.map { try grantInvoke($0) }
    }

    /// The grant itself; throws when it needs a permission the function cannot have.
    private func grantInvoke(_ grantee: any IAM.Grantable, identifier: String, resourceArns: [String]) throws -> IAM.Grant {
        let target = Lambda.PermissionTarget(function: self, identifier: identifier, principal: grantee.grantPrincipal)
        return try IAM.Grant.addToPrincipalOrResource(grantee: grantee, actions: ["lambda:InvokeFunction"],
                                                     resourceArns: resourceArns, resource: target)
    }

    /// `Invoke` and the base64 SHA-256 of the principal's description and conditions (and the
    /// version), as the AWS CDK names the permission of a grant.
    static func invokeIdentifier(_ principal: any IAM.Principal, version: String?) -> String {
        var members: [(String, JSONValue)] = [
            ("principal", .string(Lambda.PermissionPrincipal.description(principal))),
            ("conditions", .object(principal.policyFragment.conditions)),
        ]
        if let version { members.append(("version", .string(version))) }
        let key = JSONWriter.compact(.object(JSONObject(members)))
        return "Invoke" + Data(SHA256.digest(Array(key.utf8))).base64EncodedString()
    }

    /// As the AWS CDK: an invoke permission on the unqualified function does not cover its
    /// versions and aliases; warn at once when `currentVersion` exists, or when it is made.
    private func considerWarningOnInvokePermission(_ scope: Construct, action: String) {
        guard qualifier == nil, ["lambda:InvokeFunction", "lambda:*", "lambda:Invoke*"].contains(action) else { return }
        if scope.node.tryFindChild("CurrentVersion") != nil {
            Lambda.warnInvokePermissionOnFunction(scope)
        } else {
            permissionBookkeeping.warnIfCurrentVersionCalled = true
        }
    }
}

extension Lambda {
    /// The AWS CDK's warning for invoke permissions on a function that has versions.
    static func warnInvokePermissionOnFunction(_ scope: Construct) {
        Annotations.of(scope).addWarningV2("@aws-cdk/aws-lambda:addPermissionsToVersionOrAlias", [
            "AWS Lambda has changed their authorization strategy, which may cause client invocations using the 'Qualifier' parameter of the lambda function to fail with Access Denied errors.",
            "If you are using a lambda Version or Alias, make sure to call 'grantInvoke' or 'addPermission' on the Version or Alias, not the underlying Function",
            "See: https://github.com/aws/aws-cdk/issues/19273",
        ].joined(separator: "\n"))
    }

    /// The "resource policy" of a function: a grant to a principal without a policy of its own
    /// becomes a permission.
    final class PermissionTarget: IAM.ResourceWithPolicy {
        let function: any FunctionRef
        let identifier: String
        let principal: any IAM.Principal
        let action: String
        let functionUrlAuthType: String?
        let invokedViaFunctionUrl: Bool?

        init(function: any FunctionRef, identifier: String, principal: any IAM.Principal, action: String = "lambda:InvokeFunction",
             functionUrlAuthType: String? = nil, invokedViaFunctionUrl: Bool? = nil) {
            self.function = function
            self.identifier = identifier
            self.principal = principal
            self.action = action
            self.functionUrlAuthType = functionUrlAuthType
            self.invokedViaFunctionUrl = invokedViaFunctionUrl
        }

        var stack: Stack { function.stack }
        var environment: ResourceEnvironment {
            (function as? Resource)?.environment ?? ResourceEnvironment(account: function.stack.account, region: function.stack.region)
        }

        func addToResourcePolicy(_ statement: IAM.PolicyStatement) throws -> IAM.AddToResourcePolicyResult {
            try function.addPermission(identifier, Permission(principal: principal, action: action, functionUrlAuthType: functionUrlAuthType,
                                                              invokedViaFunctionUrl: invokedViaFunctionUrl))
            // The hash may hold `/`: the lookup finds it as the `--` the tree stores.
            let node = function.node.tryFindChild(identifier)
            if node == nil && !function.skipPermissions {
                throw CDKError("CannotModifyLambdaPermission", """
                    Cannot modify permission to lambda function. Function is either imported or $LATEST version.
                    If the function is imported from the same account use `fromFunctionAttributes()` API with the `sameEnvironment` flag.
                    If the function is imported from a different account and already has the correct permissions use `fromFunctionAttributes()` API with the `skipPermissions` flag.
                    """, at: function)
            }
            return IAM.AddToResourcePolicyResult(statementAdded: true, policyDependable: node)
        }
    }
}
