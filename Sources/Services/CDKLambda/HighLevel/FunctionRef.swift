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
        /// Whether the app leaves the function's permissions to be managed elsewhere: then
        /// `addPermission` adds nothing, without a warning, and grants do not fail.
        var skipPermissions: Bool { get }
        /// The `$LATEST` version of the function (child `$LATEST`): whatever its code is at
        /// invocation time; prefer ``Function/currentVersion``.
        var latestVersion: any VersionRef { get throws }
        /// What the function remembers of its grants and permissions.
        var permissionBookkeeping: PermissionBookkeeping { get }
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
    /// Permissions are managed by the app.
    public var skipPermissions: Bool { false }
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

    /// Connects an event source (a queue, a topic, ...); a function with tenant isolation takes
    /// API Gateway sources only.
    public func addEventSource(_ source: any Lambda.EventSource) throws {
        // As the AWS CDK, by the source's type name: only API Gateway sources reach a function with tenant isolation.
        let sourceType = String(describing: type(of: source))
        if let function = self as? Lambda.Function, function.tenancyConfig != nil, sourceType != "ApiEventSource" {
            throw CDKError("EventSourceNotSupportedForTenantIsolation",
                           "Event source \(sourceType) is not supported for functions with tenant isolation mode", at: function)
        }
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
}
