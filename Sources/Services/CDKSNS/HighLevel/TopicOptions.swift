import CDK
import CDKIAM

extension SNS {
    /// The scope of a FIFO topic's throughput quota.
    public enum FifoThroughputScope: String, Sendable {
        /// The whole topic.
        case topic = "Topic"
        /// Each message group.
        case messageGroup = "MessageGroup"
    }

    /// Whether X-Ray traces messages published to a topic.
    public enum TracingConfig: String, Sendable {
        /// Messages are traced only when the publisher traces them.
        case passThrough = "PassThrough"
        /// Messages are traced.
        case active = "Active"
    }

    /// The protocol whose delivery status a topic logs.
    public enum LoggingProtocol: String, Sendable {
        /// HTTP and HTTPS endpoints (`http/s`).
        case http = "http/s"
        /// SQS queues.
        case sqs = "sqs"
        /// Lambda functions.
        case lambda = "lambda"
        /// Data Firehose streams.
        case firehose = "firehose"
        /// Mobile application endpoints.
        case application = "application"
    }

    /// Delivery status logging of one protocol (the AWS CDK's `LoggingConfig`).
    public struct LoggingConfig {
        /// The protocol whose deliveries are logged.
        public var `protocol`: LoggingProtocol
        /// The role SNS writes failed deliveries to CloudWatch Logs with.
        ///
        /// Default: failures are not logged.
        public var failureFeedbackRole: (any IAM.RoleRef)?
        /// The role SNS writes successful deliveries to CloudWatch Logs with.
        ///
        /// Default: successes are not logged.
        public var successFeedbackRole: (any IAM.RoleRef)?
        /// The percentage of successful deliveries logged, 0 to 100.
        ///
        /// Default: no `SuccessFeedbackSampleRate` property (0).
        public var successFeedbackSampleRate: Int?

        /// Logging of `protocol`; the members left `nil` take their defaults.
        public init(protocol: LoggingProtocol, failureFeedbackRole: (any IAM.RoleRef)? = nil,
                    successFeedbackRole: (any IAM.RoleRef)? = nil, successFeedbackSampleRate: Int? = nil) {
            self.protocol = `protocol`
            self.failureFeedbackRole = failureFeedbackRole
            self.successFeedbackRole = successFeedbackRole
            self.successFeedbackSampleRate = successFeedbackSampleRate
        }

        /// The `DeliveryStatusLogging` entry.
        var property: CfnTopic.LoggingConfigProperty {
            CfnTopic.LoggingConfigProperty(failureFeedbackRoleArn: failureFeedbackRole?.roleArn, protocol: `protocol`.rawValue,
                                           successFeedbackRoleArn: successFeedbackRole?.roleArn,
                                           successFeedbackSampleRate: successFeedbackSampleRate.map(String.init))
        }
    }
}
