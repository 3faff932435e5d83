import CDK
import CDKIAM

extension Logs {
    /// Where a subscription filter sends log events (the AWS CDK's
    /// `ILogSubscriptionDestination`); see `CDKLogsDestinations`.
    public protocol SubscriptionDestination: AnyObject {
        /// Adds what the destination needs to receive the events of `logGroup` (under `scope`,
        /// the subscription filter) and returns where they go.
        func bind(_ scope: Construct, logGroup: any LogGroupRef) throws -> SubscriptionDestinationConfig
    }

    /// A bound subscription destination.
    public struct SubscriptionDestinationConfig {
        /// The destination's ARN.
        public var arn: String
        /// The role CloudWatch Logs assumes to deliver the events.
        ///
        /// Default: none.
        public var role: (any IAM.RoleRef)?

        /// A destination at `arn`.
        public init(arn: String, role: (any IAM.RoleRef)? = nil) {
            self.arn = arn
            self.role = role
        }
    }

    /// What a subscription filter sends where (the AWS CDK's `SubscriptionFilterOptions`),
    /// shared by ``SubscriptionFilterProps`` and ``LogGroupRef/addSubscriptionFilter(_:_:configure:)``.
    public struct SubscriptionFilterOptions: ConstructProps {
        /// Where the matching events go.
        public var destination: any SubscriptionDestination
        /// The events sent.
        public var filterPattern: any FilterPatternExpression
        /// The filter's name.
        ///
        /// Default: a name CloudFormation generates.
        public var filterName: String?

        /// Options sending the events matching `filterPattern` to `destination`.
        public init(destination: any SubscriptionDestination, filterPattern: any FilterPatternExpression) {
            self.destination = destination
            self.filterPattern = filterPattern
        }
    }

    /// The props of a ``SubscriptionFilter``; they extend ``SubscriptionFilterOptions``.
    public struct SubscriptionFilterProps: ConstructProps, ExtendingOptions {
        /// The log group whose events are sent.
        public var logGroup: any LogGroupRef
        /// Destination, pattern and name.
        public var options: SubscriptionFilterOptions

        /// Props for a filter on `logGroup`.
        public init(logGroup: any LogGroupRef, options: SubscriptionFilterOptions) {
            self.logGroup = logGroup
            self.options = options
        }
    }

    /// A filter that sends matching log events to a function or a stream
    /// (`AWS::Logs::SubscriptionFilter`).
    public final class SubscriptionFilter: Resource {
        /// The filter's CloudFormation resource.
        public let cfnSubscriptionFilter: CfnSubscriptionFilter

        /// A filter on `props.logGroup`.
        public init(_ scope: Construct, _ id: String, _ props: SubscriptionFilterProps,
                    configure: (inout SubscriptionFilterProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure, for: scope, id)
            let this = try ConstructScope(scope, id)
            if let problem = props.filterPattern.problem { throw CDKError("InvalidFilterPattern", "filterPattern: \(problem)", at: this) }
            let destination = try props.destination.bind(this, logGroup: props.logGroup)
            cfnSubscriptionFilter = try CfnSubscriptionFilter(
                this, "Resource", destinationArn: destination.arn, filterName: props.filterName,
                filterPattern: props.filterPattern.logPatternString, logGroupName: props.logGroup.logGroupName, roleArn: destination.role?.roleArn)
            try super.init(this, physicalName: props.filterName)
        }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKLogs.Logs.SubscriptionFilter") }
    }
}
