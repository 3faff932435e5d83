import CDK

extension Logs {
    /// The options of a stream made by ``LogGroupRef/addStream(_:_:configure:)`` (the AWS
    /// CDK's `StreamOptions`).
    public struct StreamOptions: ConstructProps {
        /// The stream's name, unique in its log group.
        ///
        /// Default: a name CloudFormation generates.
        public var logStreamName: String?

        /// Options with every member at its default.
        public init() {}
    }

    /// The props of a ``LogStream``; they extend ``StreamOptions``.
    public struct LogStreamProps: ConstructProps, ExtendingOptions {
        /// The log group the stream belongs to.
        public var logGroup: any LogGroupRef
        /// The stream's name.
        public var options = StreamOptions()
        /// What happens to the stream when it leaves the stack.
        ///
        /// Default: `.retain`, as the AWS CDK keeps log streams.
        public var removalPolicy: RemovalPolicy = .retain

        /// Props for a stream of `logGroup`.
        public init(logGroup: any LogGroupRef) { self.logGroup = logGroup }
    }

    /// A stream of a log group (`AWS::Logs::LogStream`), retained when removed from the stack.
    public final class LogStream: Resource {
        /// The stream's CloudFormation resource.
        public let cfnLogStream: CfnLogStream

        /// A stream of `props.logGroup`.
        public init(_ scope: Construct, _ id: String, _ props: LogStreamProps, configure: (inout LogStreamProps) throws -> Void = { _ in }) throws {
            let props = try props.with(configure, for: scope, id)
            let this = try ConstructScope(scope, id)
            cfnLogStream = try CfnLogStream(this, "Resource", logGroupName: props.logGroup.logGroupName, logStreamName: props.logStreamName)
            cfnLogStream.applyRemovalPolicy(props.removalPolicy)
            try super.init(this, physicalName: props.logStreamName)
        }

        /// The stream's name.
        public var logStreamName: String { cfnLogStream.ref }

        public override var constructInfo: ConstructInfo { ConstructInfo(fqn: "CDKLogs.Logs.LogStream") }
    }
}
