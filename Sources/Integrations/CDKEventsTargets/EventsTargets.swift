import CDK
import CDKEvents
import CDKIAM
import CDKLambda
import CDKSNS
import CDKSQS

/// Targets of EventBridge rules (the AWS CDK's `aws-events-targets`).
///
/// ```swift
/// try rule.addTarget(EventsTargets.LambdaFunction(fn))
/// ```
public enum EventsTargets {
    /// Invokes a function; adds the `AllowEventRule<function unique id>` permission under the rule.
    public final class LambdaFunction: Events.RuleTarget {
        /// The function.
        public let function: any Lambda.FunctionRef
        private let props: LambdaFunctionProps

        /// A target invoking `function`.
        public init(_ function: any Lambda.FunctionRef, _ props: LambdaFunctionProps = LambdaFunctionProps()) {
            self.function = function
            self.props = props
        }

        /// A target invoking `function`, with the props `configure` sets.
        public convenience init(_ function: any Lambda.FunctionRef, _ props: LambdaFunctionProps = LambdaFunctionProps(),
                                configure: (inout LambdaFunctionProps) throws -> Void) rethrows {
            self.init(function, try props.with(configure))
        }

        public func bind(_ rule: Events.Rule, id: String) throws -> Events.RuleTargetConfig {
            let permissionId = "AllowEventRule\(try Names.nodeUniqueId(function))"
            if rule.node.tryFindChild(permissionId) == nil {
                try function.addPermission(permissionId, Lambda.Permission(
                    principal: IAM.ServicePrincipal("events.amazonaws.com"), sourceArn: rule.ruleArn, scope: rule))
            }
            return try EventsTargets.bindBaseTargetConfig(props.options, Events.RuleTargetConfig(arn: function.functionArn, input: props.event), at: rule)
        }
    }

    /// Sends events to a queue; the queue policy lets the rule send (`aws:SourceArn` condition).
    /// A message group id is allowed on standard queues too, as in the AWS CDK.
    public final class SqsQueue: Events.RuleTarget {
        /// The queue.
        public let queue: any SQS.QueueRef
        private let props: SqsQueueProps

        /// A target sending to `queue`.
        public init(_ queue: any SQS.QueueRef, _ props: SqsQueueProps = SqsQueueProps()) {
            self.queue = queue
            self.props = props
        }

        /// A target sending to `queue`, with the props `configure` sets.
        public convenience init(_ queue: any SQS.QueueRef, _ props: SqsQueueProps = SqsQueueProps(),
                                configure: (inout SqsQueueProps) throws -> Void) rethrows {
            self.init(queue, try props.with(configure))
        }

        public func bind(_ rule: Events.Rule, id: String) throws -> Events.RuleTargetConfig {
            let principal = IAM.ServicePrincipal("events.amazonaws.com")
            let conditioned = queue.encryptionMasterKey == nil
                ? principal.withConditions(["ArnEquals": ["aws:SourceArn": .string(rule.ruleArn)]]) : principal
            try queue.grantSendMessages(conditioned)
            return try EventsTargets.bindBaseTargetConfig(
                props.options, Events.RuleTargetConfig(arn: queue.queueArn, input: props.message, messageGroupId: props.messageGroupId), at: rule)
        }
    }

    /// Publishes events to a topic; the topic policy lets EventBridge publish.
    public final class SnsTopic: Events.RuleTarget {
        /// The topic.
        public let topic: any SNS.TopicRef
        private let props: SnsTopicProps

        /// A target publishing to `topic`.
        public init(_ topic: any SNS.TopicRef, _ props: SnsTopicProps = SnsTopicProps()) {
            self.topic = topic
            self.props = props
        }

        /// A target publishing to `topic`, with the props `configure` sets.
        public convenience init(_ topic: any SNS.TopicRef, _ props: SnsTopicProps = SnsTopicProps(),
                                configure: (inout SnsTopicProps) throws -> Void) rethrows {
            self.init(topic, try props.with(configure))
        }

        public func bind(_ rule: Events.Rule, id: String) throws -> Events.RuleTargetConfig {
            try topic.grantPublish(IAM.ServicePrincipal("events.amazonaws.com"))
            return try EventsTargets.bindBaseTargetConfig(props.options, Events.RuleTargetConfig(arn: topic.topicArn, input: props.message), at: rule)
        }
    }

    /// The props of a ``LambdaFunction`` target; they extend ``TargetBaseProps``.
    public struct LambdaFunctionProps: ConstructProps, ExtendingOptions {
        /// Dead-letter queue and retries.
        public var options = TargetBaseProps()
        /// What the function receives instead of the matched event.
        ///
        /// Default: the matched event.
        public var event: Events.RuleTargetInput?

        /// Props with every member at its default.
        public init() {}
    }

    /// The props of an ``SqsQueue`` target; they extend ``TargetBaseProps``.
    public struct SqsQueueProps: ConstructProps, ExtendingOptions {
        /// Dead-letter queue and retries.
        public var options = TargetBaseProps()
        /// The message, instead of the matched event.
        ///
        /// Default: the matched event.
        public var message: Events.RuleTargetInput?
        /// The message group id (required for FIFO queues; standard queues accept one too).
        ///
        /// Default: none.
        public var messageGroupId: String?

        /// Props with every member at its default.
        public init() {}
    }

    /// The props of an ``SnsTopic`` target; they extend ``TargetBaseProps``.
    public struct SnsTopicProps: ConstructProps, ExtendingOptions {
        /// Dead-letter queue and retries.
        public var options = TargetBaseProps()
        /// The message, instead of the matched event.
        ///
        /// Default: the matched event.
        public var message: Events.RuleTargetInput?

        /// Props with every member at its default.
        public init() {}
    }
}
