import CDK

extension CloudWatch {
    /// How an alarm compares the metric with the threshold.
    public enum ComparisonOperator: String, Sendable {
        /// `GreaterThanOrEqualToThreshold` (the default).
        case greaterThanOrEqualToThreshold = "GreaterThanOrEqualToThreshold"
        /// `GreaterThanThreshold`
        case greaterThanThreshold = "GreaterThanThreshold"
        /// `LessThanThreshold`
        case lessThanThreshold = "LessThanThreshold"
        /// `LessThanOrEqualToThreshold`
        case lessThanOrEqualToThreshold = "LessThanOrEqualToThreshold"
        /// `LessThanLowerOrGreaterThanUpperThreshold` (anomaly detection)
        case lessThanLowerOrGreaterThanUpperThreshold = "LessThanLowerOrGreaterThanUpperThreshold"
        /// `GreaterThanUpperThreshold` (anomaly detection)
        case greaterThanUpperThreshold = "GreaterThanUpperThreshold"
        /// `LessThanLowerThreshold` (anomaly detection)
        case lessThanLowerThreshold = "LessThanLowerThreshold"
    }

    /// How an alarm treats missing data points.
    public enum TreatMissingData: String, Sendable {
        /// Missing data points are breaching.
        case breaching = "breaching"
        /// Missing data points are not breaching.
        case notBreaching = "notBreaching"
        /// The alarm state does not change.
        case ignore = "ignore"
        /// Missing data is missing (the CloudWatch default).
        case missing = "missing"
    }

    /// Something an alarm can notify or trigger (an SNS topic, ...): the AWS CDK's `IAlarmAction`.
    public protocol AlarmAction: AnyObject {
        /// Returns the ARN the alarm calls, adding what the action needs.
        func bind(_ scope: Construct, alarm: any AlarmRef) throws -> String
    }
}
