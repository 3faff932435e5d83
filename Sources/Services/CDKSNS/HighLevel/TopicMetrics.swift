import CDK
import CDKCloudWatch

/// The topic's CloudWatch metrics (`AWS/SNS`, dimension `TopicName`), each with the AWS CDK's
/// default statistic over 5 minutes; `options` override it.
extension SNS.TopicRef {
    /// The metric `metricName` of the topic (average over 5 minutes unless `options` say otherwise).
    public func metric(_ metricName: String, _ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
        CloudWatch.Metric(namespace: "AWS/SNS", metricName: metricName, dimensionsMap: ["TopicName": topicName]).with(options)
    }

    private func metric(_ metricName: String, statistic: String, _ options: CloudWatch.MetricOptions) -> CloudWatch.Metric {
        metric(metricName, .init(statistic: statistic)).with(options)
    }

    /// The size of the messages published (average).
    public func metricPublishSize(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
        metric("PublishSize", statistic: "Average", options)
    }

    /// The number of messages published (sum).
    public func metricNumberOfMessagesPublished(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
        metric("NumberOfMessagesPublished", statistic: "Sum", options)
    }

    /// The number of messages delivered to subscribers (sum).
    public func metricNumberOfNotificationsDelivered(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
        metric("NumberOfNotificationsDelivered", statistic: "Sum", options)
    }

    /// The number of messages SNS failed to deliver (sum).
    public func metricNumberOfNotificationsFailed(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
        metric("NumberOfNotificationsFailed", statistic: "Sum", options)
    }

    /// The number of messages rejected by subscription filter policies (sum).
    public func metricNumberOfNotificationsFilteredOut(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
        metric("NumberOfNotificationsFilteredOut", statistic: "Sum", options)
    }

    /// The number of messages filtered out because they have no attributes (sum).
    public func metricNumberOfNotificationsFilteredOutNoMessageAttributes(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
        metric("NumberOfNotificationsFilteredOut-NoMessageAttributes", statistic: "Sum", options)
    }

    /// The number of messages filtered out because their attributes are invalid (sum).
    public func metricNumberOfNotificationsFilteredOutInvalidAttributes(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
        metric("NumberOfNotificationsFilteredOut-InvalidAttributes", statistic: "Sum", options)
    }

    /// The charges for text messages this month, in USD (maximum).
    public func metricSMSMonthToDateSpentUSD(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
        metric("SMSMonthToDateSpentUSD", statistic: "Maximum", options)
    }

    /// The rate of successful text message deliveries (sum, as in the AWS CDK).
    public func metricSMSSuccessRate(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
        metric("SMSSuccessRate", statistic: "Sum", options)
    }
}
