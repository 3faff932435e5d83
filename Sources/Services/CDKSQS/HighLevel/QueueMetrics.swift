import CDK
import CDKCloudWatch

/// The queue's CloudWatch metrics (`AWS/SQS`, dimension `QueueName`), each with the AWS CDK's
/// default statistic over 5 minutes; `options` override it.
extension SQS.QueueRef {
    /// The metric `metricName` of the queue (average over 5 minutes unless `options` say otherwise).
    public func metric(_ metricName: String, _ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
        CloudWatch.Metric(namespace: "AWS/SQS", metricName: metricName, dimensionsMap: ["QueueName": queueName]).with(options)
    }

    private func metric(_ metricName: String, statistic: String, _ options: CloudWatch.MetricOptions) -> CloudWatch.Metric {
        metric(metricName, .init(statistic: statistic)).with(options)
    }

    /// The age of the oldest message (maximum).
    public func metricApproximateAgeOfOldestMessage(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
        metric("ApproximateAgeOfOldestMessage", statistic: "Maximum", options)
    }

    /// The number of delayed messages, not yet available (maximum).
    public func metricApproximateNumberOfMessagesDelayed(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
        metric("ApproximateNumberOfMessagesDelayed", statistic: "Maximum", options)
    }

    /// The number of messages in flight: received but not yet deleted (maximum).
    public func metricApproximateNumberOfMessagesNotVisible(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
        metric("ApproximateNumberOfMessagesNotVisible", statistic: "Maximum", options)
    }

    /// The number of messages available for retrieval (maximum).
    public func metricApproximateNumberOfMessagesVisible(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
        metric("ApproximateNumberOfMessagesVisible", statistic: "Maximum", options)
    }

    /// The number of receive calls that returned no message (sum).
    public func metricNumberOfEmptyReceives(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
        metric("NumberOfEmptyReceives", statistic: "Sum", options)
    }

    /// The number of messages deleted (sum).
    public func metricNumberOfMessagesDeleted(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
        metric("NumberOfMessagesDeleted", statistic: "Sum", options)
    }

    /// The number of messages returned by receive calls (sum).
    public func metricNumberOfMessagesReceived(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
        metric("NumberOfMessagesReceived", statistic: "Sum", options)
    }

    /// The number of messages sent (sum).
    public func metricNumberOfMessagesSent(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
        metric("NumberOfMessagesSent", statistic: "Sum", options)
    }

    /// The size of the messages sent (average).
    public func metricSentMessageSize(_ options: CloudWatch.MetricOptions = .init()) -> CloudWatch.Metric {
        metric("SentMessageSize", statistic: "Average", options)
    }

    /// Visible plus in-flight messages (`visible + notVisible`), labelled "Approximate number of
    /// messages outstanding" unless `options` give a label; `options` apply to both metrics.
    public func metricApproximateNumberOfMessagesOutstanding(_ options: CloudWatch.MetricOptions = .init()) throws -> CloudWatch.MathExpression {
        try CloudWatch.MathExpression(.init(expression: "visible + notVisible", usingMetrics: [
            ("visible", metricApproximateNumberOfMessagesVisible(options)),
            ("notVisible", metricApproximateNumberOfMessagesNotVisible(options)),
        ])) {
            $0.label = options.label ?? "Approximate number of messages outstanding"
            $0.color = options.color
            $0.period = options.period
        }
    }
}
