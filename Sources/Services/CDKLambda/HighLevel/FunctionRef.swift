import CDK
import CDKIAM
import CDKCloudWatch
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Lambda {
    /// A Lambda function, defined in the app or imported, or a version or alias of one (the AWS
    /// CDK's `IFunction`). It can be granted permissions (through its role) and invoked by
    /// principals it grants access to.
    public protocol FunctionRef: IAM.Grantable, Construct {
        /// The function's ARN.
        var functionArn: String { get }
        /// The function's name.
        var functionName: String { get }
        /// The function's execution role, if known.
        var role: IAM.Role? { get }
        /// The stack the function is in.
        var stack: Stack { get }
        /// Whether `addPermission` may create `AWS::Lambda::Permission` resources.
        var canCreatePermissions: Bool { get }
        /// The function a version or alias qualifies; the function itself otherwise.
        var unqualifiedFunction: any FunctionRef { get }
        /// The version or alias name of a qualified function; `nil` for the function itself.
        var qualifier: String? { get }
        /// The dimensions of the function's metrics.
        var metricDimensions: KeyValuePairs<String, String> { get }
    }

    /// Who may invoke a function, for ``FunctionRef/addPermission(_:_:)`` (the AWS CDK's `Permission`).
    public struct Permission {
        /// Who is allowed (a service, account or ARN principal).
        public var principal: any IAM.Principal
        /// The action (default `lambda:InvokeFunction`).
        public var action: String
        /// The ARN of the resource that invokes the function (a rule, a bucket, a topic).
        public var sourceArn: String?
        /// The account of the invoking resource.
        public var sourceAccount: String?
        /// Where the permission resource goes (default: under the function).
        public var scope: Construct?
        /// The event source token (Alexa).
        public var eventSourceToken: String?

        /// A permission.
        public init(principal: any IAM.Principal, action: String = "lambda:InvokeFunction", sourceArn: String? = nil,
                    sourceAccount: String? = nil, scope: Construct? = nil, eventSourceToken: String? = nil) {
            self.principal = principal
            self.action = action
            self.sourceArn = sourceArn
            self.sourceAccount = sourceAccount
            self.scope = scope
            self.eventSourceToken = eventSourceToken
        }
    }

    /// Something that triggers a function (a queue, a topic, a stream); see `CDKLambdaEventSources`.
    public protocol EventSource: AnyObject {
        /// Connects the source to `target`.
        func bind(_ target: any FunctionRef) throws
    }
}

extension Lambda.FunctionRef {
    /// The function itself.
    public var unqualifiedFunction: any Lambda.FunctionRef { self }
    /// No qualifier: the function itself.
    public var qualifier: String? { nil }
    /// `FunctionName`.
    public var metricDimensions: KeyValuePairs<String, String> { ["FunctionName": functionName] }

    /// The ARNs `grantInvoke` allows: the function and all its versions and aliases, or only
    /// this version or alias.
    public var resourceArnsForGrantInvoke: [String] {
        qualifier == nil ? [functionArn, "\(functionArn):*"] : [functionArn]
    }

    /// Configures how Lambda retries asynchronous invocations (child `EventInvokeConfig`);
    /// throws when it is already configured.
    public func configureAsyncInvoke(_ options: Lambda.EventInvokeConfigOptions) throws {
        if node.tryFindChild("EventInvokeConfig") != nil {
            throw CDKError("EventInvokeConfigExists", "An EventInvokeConfig has already been configured for the function at \(node.path). Configure asynchronous invocation once.", at: self)
        }
        _ = try Lambda.EventInvokeConfig(self, "EventInvokeConfig", function: self, options: options)
    }

    /// Adds an `AWS::Lambda::Permission` named `id` letting `permission.principal` invoke the function.
    public func addPermission(_ id: String, _ permission: Lambda.Permission) throws {
        guard canCreatePermissions else { return }
        let principal = try Self.permissionPrincipal(permission.principal, at: self)
        _ = try Lambda.CfnPermission(permission.scope ?? self, id, action: permission.action,
                                     eventSourceToken: permission.eventSourceToken, functionName: functionArn,
                                     principal: principal, sourceAccount: permission.sourceAccount, sourceArn: permission.sourceArn)
    }

    /// Grants invoking the function: in the grantee's policy (on `[arn, arn:*]`), or, for a
    /// service or account principal, as an `AWS::Lambda::Permission` named `Invoke<hash>`.
    @discardableResult
    public func grantInvoke(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        let principal = grantee.grantPrincipal
        let conditions = JSONWriter.compact(.object(principal.policyFragment.conditions))
        let key = "{\"principal\":\(JSONWriter.compact(.string(Self.principalDescription(principal)))),\"conditions\":\(conditions)}"
        let identifier = "Invoke" + Data(SHA256.digest(Array(key.utf8))).base64EncodedString()
        let target = Lambda.PermissionTarget(function: self, identifier: identifier, principal: principal)
        return try IAM.Grant.addToPrincipalOrResource(grantee: grantee, actions: ["lambda:InvokeFunction"],
                                                     resourceArns: resourceArnsForGrantInvoke, resource: target)
    }

    /// Adds `statement` to the function's role policy (nothing for imported functions without a role).
    public func addToRolePolicy(_ statement: IAM.PolicyStatement) throws {
        _ = try role?.addToPrincipalPolicy(statement)
    }

    /// Connects an event source (a queue, a topic, ...).
    public func addEventSource(_ source: any Lambda.EventSource) throws {
        try source.bind(self)
    }

    /// A metric of the function (`AWS/Lambda`, its ``metricDimensions``), by default its average
    /// over 5 minutes.
    public func metric(_ metricName: String, _ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
        CloudWatch.Metric(namespace: "AWS/Lambda", metricName: metricName, dimensionsMap: metricDimensions).with(options)
    }

    /// Invocations that failed (sum over 5 minutes).
    public func metricErrors(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
        metric("Errors", .init(statistic: "Sum")).with(options)
    }

    /// Invocations (sum over 5 minutes).
    public func metricInvocations(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
        metric("Invocations", .init(statistic: "Sum")).with(options)
    }

    /// Throttled invocations (sum over 5 minutes).
    public func metricThrottles(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
        metric("Throttles", .init(statistic: "Sum")).with(options)
    }

    /// Run time in milliseconds (average over 5 minutes).
    public func metricDuration(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
        metric("Duration", .init(statistic: "Average")).with(options)
    }

    /// How `Permission.Principal` names `principal`, as the AWS CDK parses it.
    static func permissionPrincipal(_ principal: any IAM.Principal, at construct: Construct) throws -> String {
        if let account = principal as? IAM.AccountPrincipal { return account.accountId }
        if let service = principal as? IAM.ServicePrincipal { return service.service }
        if let arn = principal as? IAM.ArnPrincipal { return arn.arn }
        let fragment = principal.policyFragment
        if fragment.conditions.isEmpty, let aws = fragment.principalJSON.first(where: { $0.key == "AWS" }), aws.values.count == 1 {
            return aws.values[0]
        }
        throw CDKError(code: "InvalidPermissionPrincipal", message: "Invalid principal type for Lambda permission statement: \(principal). Supported: AccountPrincipal, ArnPrincipal, ServicePrincipal, OrganizationPrincipal", path: construct.node.path)
    }

    /// The AWS CDK's `principal.toString()`, which names the grant's permission.
    static func principalDescription(_ principal: any IAM.Principal) -> String {
        if let account = principal as? IAM.AccountPrincipal { return "AccountPrincipal(\(account.accountId))" }
        if let service = principal as? IAM.ServicePrincipal { return "ServicePrincipal(\(service.service))" }
        if let arn = principal as? IAM.ArnPrincipal { return "ArnPrincipal(\(arn.arn))" }
        return String(describing: type(of: principal))
    }
}

extension Lambda {
    /// The "resource policy" of a function: grants to principals without a policy become permissions.
    final class PermissionTarget: IAM.ResourceWithPolicy {
        let function: any FunctionRef
        let identifier: String
        let principal: any IAM.Principal

        init(function: any FunctionRef, identifier: String, principal: any IAM.Principal) {
            self.function = function
            self.identifier = identifier
            self.principal = principal
        }

        var stack: Stack { function.stack }
        var environment: ResourceEnvironment {
            (function as? Resource)?.environment ?? ResourceEnvironment(account: function.stack.account, region: function.stack.region)
        }

        func addToResourcePolicy(_ statement: IAM.PolicyStatement) throws -> IAM.AddToResourcePolicyResult {
            if function.node.tryFindChild(identifier) == nil {
                try function.addPermission(identifier, Permission(principal: principal))
            }
            let node = function.node.tryFindChild(identifier)
            return IAM.AddToResourcePolicyResult(statementAdded: node != nil, policyDependable: node)
        }
    }
}
