import CDK
import CDKIAM
import CDKSNS
import CDKSQS

extension Lambda {
    /// Where a function's failed asynchronous invocations go: a queue or a topic.
    enum DeadLetterTarget {
        case queue(any SQS.QueueRef)
        case topic(any SNS.TopicRef)

        /// The `TargetArn` of the function's `DeadLetterConfig`.
        var targetArn: String {
            switch self {
            case .queue(let queue): return queue.queueArn
            case .topic(let topic): return topic.topicArn
            }
        }

        /// The target `options` ask for, checked as the AWS CDK checks them: the given queue or
        /// topic, or a new queue (child `DeadLetterQueue`, 14 days retention) when only
        /// `deadLetterQueueEnabled` is set; the role may send to it.
        static func make(_ options: FunctionOptions, role: IAM.Role, scope: ConstructScope,
                         bookkeeping: PermissionBookkeeping) throws -> DeadLetterTarget? {
            if options.deadLetterQueue == nil && options.deadLetterQueueEnabled != true && options.deadLetterTopic == nil { return nil }
            if options.deadLetterQueue != nil && options.deadLetterQueueEnabled == false {
                throw CDKError("DeadLetterQueueDisabled", "deadLetterQueue defined but deadLetterQueueEnabled explicitly set to false", at: scope)
            }
            if let topic = options.deadLetterTopic {
                if options.deadLetterQueue != nil || options.deadLetterQueueEnabled != nil {
                    throw CDKError("DeadLetterQueueDeadLetter", "deadLetterQueue and deadLetterTopic cannot be specified together at the same time. Give only deadLetterTopic, or only the queue options.", at: scope)
                }
                try addToRolePolicy(IAM.PolicyStatement(actions: ["sns:Publish"], resources: [topic.topicArn]),
                                    role: role, scope: scope, bookkeeping: bookkeeping)
                return .topic(topic)
            }
            let queue = try options.deadLetterQueue ?? SQS.Queue(scope, "DeadLetterQueue") { $0.retentionPeriod = .days(14) }
            try addToRolePolicy(IAM.PolicyStatement(actions: ["sqs:SendMessage"], resources: [queue.queueArn]),
                                role: role, scope: scope, bookkeeping: bookkeeping)
            return .queue(queue)
        }
    }
}
