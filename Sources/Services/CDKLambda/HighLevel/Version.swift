import CDK
import CDKIAM

extension Lambda {
    /// A published version of a function (the AWS CDK's `IVersion`): a function itself, whose
    /// ARN and name carry the version number.
    public protocol VersionRef: FunctionRef {
        /// The version number (`1`, or `$LATEST`).
        var version: String { get }
        /// The function the version belongs to.
        var lambda: any FunctionRef { get }
    }

    /// The options of a ``Version`` (the AWS CDK's `VersionOptions`). It extends
    /// ``EventInvokeConfigOptions``.
    public struct VersionOptions: ConstructProps, ExtendingOptions {
        /// How Lambda retries asynchronous invocations of this version.
        public var options = EventInvokeConfigOptions()
        /// The SHA-256 of the code the version must have.
        ///
        /// Default: not checked.
        public var codeSha256: String?
        /// A description of the version.
        ///
        /// Default: the function's description.
        public var description: String?
        /// How many execution environments are kept initialized for the version.
        ///
        /// Default: none.
        public var provisionedConcurrentExecutions: Int?
        /// What happens to the version when it is replaced or leaves the stack.
        ///
        /// Default: no policy (CloudFormation deletes it).
        public var removalPolicy: RemovalPolicy?

        /// Options with every member at its default.
        public init() {}
    }

    /// The props of a ``Version``.
    public struct VersionProps: ConstructProps, ExtendingOptions {
        /// The function to publish a version of.
        public var lambda: any FunctionRef
        /// Everything else about the version.
        public var options: VersionOptions

        /// Props of a version of `lambda`.
        public init(lambda: any FunctionRef, options: VersionOptions = VersionOptions()) {
            self.lambda = lambda
            self.options = options
        }
    }

    /// A published version of a function (`AWS::Lambda::Version`). It is a function: grants,
    /// permissions, metrics and event sources work on it as on the function, for this version.
    ///
    /// Prefer ``Function/currentVersion``, which is replaced whenever the function changes.
    public final class Version: Resource, VersionRef {
        /// The function the version belongs to.
        public let lambda: any FunctionRef
        /// The version's CloudFormation resource.
        public let cfnVersion: CfnVersion

        /// A version of `props.lambda`.
        public init(_ scope: Construct, _ id: String, _ props: VersionProps,
                    configure: (inout VersionProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure)
            let this = try ConstructScope(scope, id)
            lambda = props.lambda
            cfnVersion = try CfnVersion(this, "Resource", codeSha256: props.codeSha256, description: props.description,
                                        functionName: props.lambda.functionName,
                                        provisionedConcurrencyConfig: try provisionedConcurrency(props.provisionedConcurrentExecutions, at: this).map {
                                            CfnVersion.ProvisionedConcurrencyConfigurationProperty(provisionedConcurrentExecutions: $0)
                                        })
            if let removalPolicy = props.removalPolicy { cfnVersion.applyRemovalPolicy(removalPolicy) }
            // As in the AWS CDK: versions are never moved by `cdk refactor`.
            cfnVersion.cfnOptions.metadata["aws:cdk:do-not-refactor"] = true
            try super.init(this)
            if props.options.options.isSet { try configureAsyncInvoke(props.options.options) }
        }

        /// The version number.
        public var version: String { cfnVersion.attrVersion }
        /// The ARN of the version.
        public var functionArn: String { cfnVersion.ref }
        /// `<function name>:<version>`.
        public var functionName: String { "\(lambda.functionName):\(version)" }
        /// The function's role.
        public var role: IAM.Role? { lambda.role }
        /// The function's principal.
        public var grantPrincipal: any IAM.Principal { lambda.grantPrincipal }
        /// Versions in the app can always have permissions.
        public var canCreatePermissions: Bool { true }
        /// What it remembers of its grants and permissions.
        public let permissionBookkeeping = PermissionBookkeeping()
        /// The function the version qualifies.
        public var unqualifiedFunction: any FunctionRef { lambda }
        /// The version number.
        public var qualifier: String? { version }
        /// `FunctionName` `<function name>:<version>`: the AWS CDK's version metrics name the
        /// version this way (its `Resource` dimension is overridden by the function name's map).
        public var metricDimensions: KeyValuePairs<String, String> { ["FunctionName": functionName] }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKLambda.Lambda.Version") }
    }
}

/// `count` as a provisioned concurrency: `nil` for none (or 0, as the AWS CDK treats it);
/// throws for a negative count.
func provisionedConcurrency(_ count: Int?, at construct: Construct) throws -> Double? {
    guard let count, count != 0 else { return nil }
    if count < 0 {
        throw CDKError("InvalidProvisionedConcurrency", "provisionedConcurrentExecutions must have value greater than or equal to 1, got \(count).", at: construct)
    }
    return Double(count)
}
