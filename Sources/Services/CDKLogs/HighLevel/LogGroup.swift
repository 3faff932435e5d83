import CDK
import CDKIAM
import CDKKMS

extension Logs {
    /// A log group, defined in the app (`Logs.LogGroup`) or imported (the AWS CDK's `ILogGroup`).
    public protocol LogGroupRef: IAM.ResourceWithPolicy, Construct {
        /// The log group's ARN (ending in `:*`).
        var logGroupArn: String { get }
        /// The log group's name.
        var logGroupName: String { get }
    }

    /// A CloudWatch Logs log group (`AWS::Logs::LogGroup`) with the AWS CDK's defaults: events
    /// kept for 2 years, retained when removed from the stack.
    ///
    /// ```swift
    /// let logs = try Logs.LogGroup(stack, "AppLogs") { $0.retention = .oneWeek }
    /// try logs.grantWrite(role)
    /// ```
    public final class LogGroup: Resource, LogGroupRef {
        /// The log group's CloudFormation resource.
        public let cfnLogGroup: CfnLogGroup

        /// A log group.
        public init(_ scope: Construct, _ id: String, _ props: LogGroupProps = LogGroupProps(),
                    configure: (inout LogGroupProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure, for: scope, id)
            let this = try ConstructScope(scope, id)
            if props.logGroupClass == .delivery && props.retention != nil {
                throw CDKError("DeliveryLogClassRetention", "retention is not supported for a log group with logGroupClass DELIVERY; remove retention or use a different LogGroupClass", at: this)
            }
            var retentionDays = props.retention ?? (props.logGroupClass == .delivery ? nil : .twoYears)
            if retentionDays == .infinite { retentionDays = nil }
            cfnLogGroup = try CfnLogGroup(this, "Resource", deletionProtectionEnabled: props.deletionProtectionEnabled,
                                          kmsKeyId: props.encryptionKey?.keyArn, logGroupClass: props.logGroupClass?.rawValue,
                                          logGroupName: props.logGroupName, retentionInDays: retentionDays.map { Double($0.rawValue) })
            cfnLogGroup.applyRemovalPolicy(props.removalPolicy)
            try super.init(this, physicalName: props.logGroupName)
        }

        /// The log group's ARN.
        public var logGroupArn: String { cfnLogGroup.attrArn }
        /// The log group's name.
        public var logGroupName: String { cfnLogGroup.ref }

        /// The resource policy, once a statement was added.
        public private(set) var policy: ResourcePolicy?

        /// Adds `statement` to the log group's resource policy (`Logs.ResourcePolicy` "Policy",
        /// created on first use).
        @discardableResult
        public func addToResourcePolicy(_ statement: IAM.PolicyStatement) throws -> IAM.AddToResourcePolicyResult {
            try Logs.addToResourcePolicy(statement, group: self, policy: &policy)
        }

        /// A log group defined outside the app, by name.
        public static func fromLogGroupName(_ scope: Construct, _ id: String, logGroupName: String) throws -> any LogGroupRef {
            let name = logGroupName.hasSuffix(":*") ? String(logGroupName.dropLast(2)) : logGroupName
            let stack = try Stack.of(scope)
            let arn = stack.formatArn(ArnComponents(service: "logs", resource: "log-group", resourceName: name + ":*", arnFormat: .colonResourceName))
            return try ImportedLogGroup(scope, id, logGroupArn: arn, logGroupName: name)
        }

        /// A log group defined outside the app, by ARN (with or without the trailing `:*`).
        public static func fromLogGroupArn(_ scope: Construct, _ id: String, logGroupArn: String) throws -> any LogGroupRef {
            let base = logGroupArn.hasSuffix(":*") ? String(logGroupArn.dropLast(2)) : logGroupArn
            let name = Token.isUnresolved(base)
                ? Fn.select(6, Fn.split(":", base))
                : (try Arn.split(base, format: .colonResourceName).resourceName ?? "")
            // Like the AWS CDK, the imported group lives in the account and region of its ARN.
            let parts = Token.isUnresolved(base) ? nil : try Arn.split(base, format: .colonResourceName)
            return try ImportedLogGroup(scope, id, logGroupArn: base + ":*", logGroupName: name,
                                        account: parts?.account, region: parts?.region)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKLogs.Logs.LogGroup") }
    }

    /// A log group defined outside the app; statements for its resource policy go to a new
    /// `AWS::Logs::ResourcePolicy`, as in the AWS CDK.
    final class ImportedLogGroup: Resource, LogGroupRef {
        let logGroupArn: String
        let logGroupName: String
        private var policy: ResourcePolicy?

        init(_ scope: Construct, _ id: String, logGroupArn: String, logGroupName: String, account: String? = nil, region: String? = nil) throws {
            self.logGroupArn = logGroupArn
            self.logGroupName = logGroupName
            try super.init(scope, id, account: account, region: region)
        }

        func addToResourcePolicy(_ statement: IAM.PolicyStatement) throws -> IAM.AddToResourcePolicyResult {
            try Logs.addToResourcePolicy(statement, group: self, policy: &policy)
        }
    }
}

extension Logs.LogGroupRef {
    /// Grants `actions` on the log group.
    @discardableResult
    public func grant(_ grantee: any IAM.Grantable, actions: [String]) throws -> IAM.Grant {
        try IAM.Grant.addToPrincipalOrResource(grantee: grantee, actions: actions, resourceArns: [logGroupArn], resource: self)
    }

    /// Grants creating streams and putting events.
    @discardableResult
    public func grantWrite(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        try grant(grantee, actions: ["logs:CreateLogStream", "logs:PutLogEvents"])
    }

    /// Grants reading events, fields, groups and streams.
    @discardableResult
    public func grantRead(_ grantee: any IAM.Grantable) throws -> IAM.Grant {
        try grant(grantee, actions: ["logs:FilterLogEvents", "logs:GetLogEvents", "logs:GetLogGroupFields", "logs:DescribeLogGroups", "logs:DescribeLogStreams"])
    }
}
