import CDK

/// Subscribers of SNS topics: queues, functions, e-mail addresses and URLs (the AWS CDK's
/// `aws-sns-subscriptions`).
///
/// ```swift
/// try topic.addSubscription(SNSSubscriptions.SqsSubscription(queue) { $0.rawMessageDelivery = true })
/// ```
public enum SNSSubscriptions {
    /// The topic's region when it is known and differs from the subscriber's (cross-region subscriptions).
    static func regionFromArn(topicStack: Stack, subscriberStack: Stack) -> String? {
        let topicRegion = topicStack.region
        let subscriberRegion = subscriberStack.region
        if Token.isUnresolved(topicRegion) || Token.isUnresolved(subscriberRegion) || topicRegion == subscriberRegion { return nil }
        return topicRegion
    }
}
