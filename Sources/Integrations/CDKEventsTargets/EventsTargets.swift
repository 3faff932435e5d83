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
        private let event: String?

        /// A target invoking `function`, with `event` (JSON text) as input instead of the event.
        public init(_ function: any Lambda.FunctionRef, event: String? = nil) {
            self.function = function
            self.event = event
        }

        public func bind(_ rule: Events.Rule, id: String) throws -> Events.RuleTargetConfig {
            let permissionId = "AllowEventRule\(try Names.nodeUniqueId(function))"
            if rule.node.tryFindChild(permissionId) == nil {
                try function.addPermission(permissionId, Lambda.Permission(
                    principal: IAM.ServicePrincipal("events.amazonaws.com"), sourceArn: rule.ruleArn, scope: rule))
            }
            return Events.RuleTargetConfig(arn: function.functionArn, input: event)
        }
    }

    /// Sends events to a queue; the queue policy lets the rule send (`aws:SourceArn` condition).
    public final class SqsQueue: Events.RuleTarget {
        /// The queue.
        public let queue: any SQS.QueueRef
        private let message: String?
        private let messageGroupId: String?

        /// A target sending to `queue`; `messageGroupId` is required for FIFO queues.
        public init(_ queue: any SQS.QueueRef, message: String? = nil, messageGroupId: String? = nil) throws {
            if messageGroupId != nil && !queue.fifo {
                throw CDKError(code: "MessageGroupIdOnlyForFifo", message: "messageGroupId cannot be specified for non-FIFO queues", path: queue.node.path)
            }
            self.queue = queue
            self.message = message
            self.messageGroupId = messageGroupId
        }

        public func bind(_ rule: Events.Rule, id: String) throws -> Events.RuleTargetConfig {
            let principal = IAM.ServicePrincipal("events.amazonaws.com")
            let conditioned = queue.encryptionMasterKey == nil
                ? principal.withConditions(["ArnEquals": ["aws:SourceArn": .string(rule.ruleArn)]]) : principal
            try queue.grantSendMessages(conditioned)
            return Events.RuleTargetConfig(arn: queue.queueArn, input: message, messageGroupId: messageGroupId)
        }
    }

    /// Publishes events to a topic; the topic policy lets EventBridge publish.
    public final class SnsTopic: Events.RuleTarget {
        /// The topic.
        public let topic: any SNS.TopicRef
        private let message: String?

        /// A target publishing to `topic`.
        public init(_ topic: any SNS.TopicRef, message: String? = nil) {
            self.topic = topic
            self.message = message
        }

        public func bind(_ rule: Events.Rule, id: String) throws -> Events.RuleTargetConfig {
            try topic.grantPublish(IAM.ServicePrincipal("events.amazonaws.com"))
            return Events.RuleTargetConfig(arn: topic.topicArn, input: message)
        }
    }
}
