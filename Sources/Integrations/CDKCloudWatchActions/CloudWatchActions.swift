import CDK
import CDKCloudWatch
import CDKSNS

/// What alarms can do when they change state (the AWS CDK's `aws-cloudwatch-actions`).
public enum CloudWatchActions {
    /// Notifies an SNS topic.
    ///
    /// ```swift
    /// try alarm.addAlarmAction(CloudWatchActions.SnsAction(topic))
    /// ```
    public final class SnsAction: CloudWatch.AlarmAction {
        /// The topic.
        public let topic: any SNS.TopicRef

        /// An action that publishes to `topic`.
        public init(_ topic: any SNS.TopicRef) { self.topic = topic }

        public func bind(_ scope: Construct, alarm: any CloudWatch.AlarmRef) throws -> String { topic.topicArn }
    }
}
