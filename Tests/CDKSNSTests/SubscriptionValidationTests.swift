import CDK
import CDKAssertions
import CDKSNS
import Testing

/// The errors of subscriptions that the AWS CDK's subscription.test.ts checks.
@Suite struct SubscriptionValidationTests {
    func topic() throws -> (Stack, SNS.Topic) {
        let stack = try Stack(try App(environment: [:]), "S")
        return (stack, try SNS.Topic(stack, "Topic"))
    }

    @Test(arguments: [SNS.SubscriptionProtocol.lambda, .email, .emailJson, .sms, .application])
    func rawDeliveryIsOnlyForHttpSqsAndFirehose(protocol: SNS.SubscriptionProtocol) throws {
        let (stack, topic) = try topic()
        try expectError(path: "/S/Sub", message: "Raw message delivery can only be enabled for HTTP, HTTPS, SQS, and Firehose subscriptions.") {
            try SNS.Subscription(stack, "Sub", .init(topic: topic, endpoint: "endpoint", protocol: `protocol`)) { $0.rawMessageDelivery = true }
        }
    }

    @Test func filterPoliciesAreLimitedToFiveAttributesAndOneHundredFiftyCombinations() throws {
        let (stack, topic) = try topic()
        try expectError(path: "/S/Six", message: "A filter policy can have a maximum of 5 attribute names") {
            try SNS.Subscription(stack, "Six", .init(topic: topic, endpoint: "endpoint", protocol: .lambda)) {
                $0.filterPolicy = ["a": .init(), "b": .init(), "c": .init(), "d": .init(), "e": .init(), "f": .init()]
            }
        }
        func values(_ count: Int) -> SNS.SubscriptionFilter { SNS.SubscriptionFilter(conditions: (0..<count).map { .number(Double($0)) }) }
        try expectError(path: "/S/Many", message: "The total combination of values (160) must not exceed 150.") {
            try SNS.Subscription(stack, "Many", .init(topic: topic, endpoint: "endpoint", protocol: .lambda)) {
                $0.filterPolicy = ["a": values(2), "b": values(10), "c": values(8)]
            }
        }
        try expectError(path: "/S/Body", message: "The total combination of values (200) must not exceed 150.") {
            try SNS.Subscription(stack, "Body", .init(topic: topic, endpoint: "endpoint", protocol: .lambda)) {
                $0.filterPolicyWithMessageBody = ["a": .policy(["b": .filter(values(10))]), "c": .policy(["d": .filter(values(5))])]
            }
        }
    }

    @Test func firehoseNeedsASubscriptionRole() throws {
        let (stack, topic) = try topic()
        try expectError(path: "/S/Sub", message: "Subscription role arn is required field for subscriptions with a firehose protocol.") {
            try SNS.Subscription(stack, "Sub", .init(topic: topic, endpoint: "endpoint", protocol: .firehose))
        }
    }

    @Test(arguments: [SNS.SubscriptionProtocol.application, .email, .emailJson, .firehose, .lambda, .sms, .sqs])
    func deliveryPoliciesAreOnlyForHttp(protocol: SNS.SubscriptionProtocol) throws {
        let (stack, topic) = try topic()
        try expectError(path: "/S/Sub", message: "Delivery policy is only supported for HTTP and HTTPS subscriptions, got: \(`protocol`.rawValue)") {
            try SNS.Subscription(stack, "Sub", .init(topic: topic, endpoint: "endpoint", protocol: `protocol`)) {
                $0.subscriptionRoleArn = "???"
                $0.deliveryPolicy = .init(healthyRetryPolicy: .init(minDelayTarget: .seconds(11), maxDelayTarget: .seconds(10), numRetries: 6))
            }
        }
    }

    @Test func retryPolicyLimitsAreChecked() throws {
        let (stack, topic) = try topic()
        func subscribe(_ id: String, _ policy: SNS.DeliveryPolicy) throws -> SNS.Subscription {
            try SNS.Subscription(stack, id, .init(topic: topic, endpoint: "endpoint", protocol: .https)) { $0.deliveryPolicy = policy }
        }
        let cases: [(SNS.HealthyRetryPolicy, String)] = [
            (.init(minDelayTarget: .seconds(11), maxDelayTarget: .seconds(10), numRetries: 6), "minDelayTarget must not exceed maxDelayTarget"),
            (.init(minDelayTarget: .seconds(0), maxDelayTarget: .seconds(10), numRetries: 6), "minDelayTarget must be between 1 and 3600 seconds inclusive"),
            (.init(minDelayTarget: .seconds(10), maxDelayTarget: .seconds(0), numRetries: 6), "maxDelayTarget must be between 1 and 3600 seconds inclusive"),
            (.init(minDelayTarget: .seconds(3601), maxDelayTarget: .seconds(10), numRetries: 6), "minDelayTarget must be between 1 and 3600 seconds inclusive"),
            (.init(minDelayTarget: .seconds(10), maxDelayTarget: .seconds(3601), numRetries: 6), "maxDelayTarget must be between 1 and 3600 seconds inclusive"),
            (.init(minDelayTarget: .millis(1500)), "minDelayTarget must be a whole number of seconds"),
            (.init(minDelayTarget: .seconds(10), maxDelayTarget: .seconds(10), numRetries: -1), "numRetries must be between 0 and 100 inclusive"),
            (.init(minDelayTarget: .seconds(10), maxDelayTarget: .seconds(10), numRetries: 101), "numRetries must be between 0 and 100 inclusive"),
            (.init(minDelayTarget: .seconds(1), maxDelayTarget: .seconds(10), numRetries: 6, numNoDelayRetries: -1), "numNoDelayRetries must be an integer zero or greater"),
            (.init(minDelayTarget: .seconds(1), maxDelayTarget: .seconds(10), numRetries: 6, numMinDelayRetries: -1), "numMinDelayRetries must be an integer zero or greater"),
            (.init(minDelayTarget: .seconds(1), maxDelayTarget: .seconds(10), numRetries: 6, numMaxDelayRetries: -1), "numMaxDelayRetries must be an integer zero or greater"),
        ]
        for (index, (retry, message)) in cases.enumerated() {
            try expectError(path: "/S/Case\(index)", message: .containing(message)) { try subscribe("Case\(index)", .init(healthyRetryPolicy: retry)) }
        }
        try expectError(path: "/S/Throttle", message: "maxReceivesPerSecond must be an integer greater than zero") {
            try subscribe("Throttle", .init(throttlePolicy: .init(maxReceivesPerSecond: 0)))
        }
    }
}
