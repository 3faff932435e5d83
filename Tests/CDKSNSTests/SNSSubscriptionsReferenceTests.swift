import CDK
import CDKSNS
import CDKSQS
import Testing

/// A subscriber of the test's own: an HTTP endpoint, subscribed as `subscriberId` under `scope`.
final class HttpSubscriber: SNS.TopicSubscription {
    let subscriberId: String
    let scope: Construct?

    init(_ subscriberId: String, scope: Construct? = nil) {
        self.subscriberId = subscriberId
        self.scope = scope
    }

    func bind(_ topic: any SNS.TopicRef) throws -> SNS.TopicSubscriptionConfig {
        var config = SNS.TopicSubscriptionConfig(endpoint: "http://foo/bar", protocol: .http, subscriberId: subscriberId)
        config.subscriberScope = scope
        return config
    }
}

/// The Swift port of Tests/Fixtures/sns-subscriptions/app.py: filter policies, filter policies
/// on the message body, delivery policies, a dead-letter queue and subscriptions added to a
/// topic under other scopes and with token ids.
@Suite struct SNSSubscriptionsReferenceTests {
    @Test func templatesEqualTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Subscriptions")
        let topic = try SNS.Topic(stack, "Topic")
        _ = try SNS.Subscription(stack, "Plain", .init(topic: topic, endpoint: "endpoint", protocol: .lambda))
        let dlq = try SQS.Queue(stack, "DeadLetterQueue") { $0.queueName = "MySubscription_DLQ"; $0.retentionPeriod = .days(14) }
        let withDlq = try SNS.Subscription(stack, "WithDlq", .init(topic: topic, endpoint: "endpoint", protocol: .lambda)) {
            $0.deadLetterQueue = dlq
            $0.region = "eu-west-1"
        }
        let filtered = try SNS.Subscription(stack, "Filtered", .init(topic: topic, endpoint: "endpoint", protocol: .lambda)) {
            $0.filterPolicy = [
                "color": .stringFilter(.init(allowlist: ["red", "green"], denylist: ["white", "orange"],
                                             matchPrefixes: ["bl", "ye"], matchSuffixes: ["ue", "ow"])),
                "price": .numericFilter(.init(allowlist: [100, 200], greaterThan: 500, greaterThanOrEqualTo: 1000, lessThan: 1000,
                                              lessThanOrEqualTo: -2, between: .init(start: 300, stop: 350),
                                              betweenStrict: .init(start: 2000, stop: 3000))),
            ]
        }
        _ = try SNS.Subscription(stack, "Zero", .init(topic: topic, endpoint: "endpoint", protocol: .lambda)) {
            $0.filterPolicy = [
                "zero": .numericFilter(.init(greaterThan: 0, greaterThanOrEqualTo: 0, lessThan: 0, lessThanOrEqualTo: 0)),
                "size": .existsFilter(),
                "missing": .notExistsFilter(),
            ]
        }
        _ = try SNS.Subscription(stack, "Raw", .init(topic: topic, endpoint: "raw", protocol: .lambda)) {
            $0.filterPolicy = ["plain": SNS.SubscriptionFilter(conditions: ["a", "b"])]
        }
        let bodyFiltered = try SNS.Subscription(stack, "BodyFiltered", .init(topic: topic, endpoint: "endpoint", protocol: .lambda)) {
            $0.filterPolicyWithMessageBody = [
                "background": .policy(["color": .filter(.stringFilter(.init(allowlist: ["red", "green"], denylist: ["white", "orange"])))]),
                "price": .filter(.numericFilter(.init(allowlist: [100, 200], between: .init(start: 300, stop: 350)))),
            ]
        }
        _ = try SNS.Subscription(stack, "Delivery", .init(topic: topic, endpoint: "https://example.com", protocol: .https)) {
            $0.deliveryPolicy = SNS.DeliveryPolicy(
                healthyRetryPolicy: .init(minDelayTarget: .seconds(5), maxDelayTarget: .seconds(10), numRetries: 6, numNoDelayRetries: 1,
                                          numMinDelayRetries: 2, numMaxDelayRetries: 3, backoffFunction: .exponential),
                throttlePolicy: .init(maxReceivesPerSecond: 10),
                requestPolicy: .init(headerContentType: "application/json"))
        }
        _ = try SNS.Subscription(stack, "DeliveryDefaults", .init(topic: topic, endpoint: "http://example.com", protocol: .http)) {
            $0.deliveryPolicy = SNS.DeliveryPolicy(healthyRetryPolicy: .init(backoffFunction: .linear))
        }
        _ = try SNS.Subscription(stack, "Firehose", .init(topic: topic, endpoint: "arn:aws:firehose:us-east-1:123456789012:deliverystream/s",
                                                          protocol: .firehose)) {
            $0.rawMessageDelivery = true
            $0.subscriptionRoleArn = "arn:aws:iam::123456789012:role/sns"
        }

        let other = try Stack(app, "Other")
        try topic.addSubscription(HttpSubscriber("my-subscription"))
        try topic.addSubscription(HttpSubscriber("subscriberId", scope: other))
        let tokenIds = try (0..<3).map { _ in try topic.addSubscription(HttpSubscriber(Aws.stackName)).node.id }

        #expect(tokenIds == ["TokenSubscription:1", "TokenSubscription:2", "TokenSubscription:3"])
        #expect(withDlq.deadLetterQueue === dlq)
        #expect(filtered.filterPolicy?.keys == ["color", "price"])
        #expect(bodyFiltered.filterPolicyWithMessageBody?.count == 2 && bodyFiltered.filterPolicy == nil)
        try FixtureFiles.expectTemplates(try app.synth(), fixture: "sns-subscriptions", stacks: ["Subscriptions", "Other"])
    }
}
