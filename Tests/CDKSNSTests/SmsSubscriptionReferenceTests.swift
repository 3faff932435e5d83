import CDK
import CDKSNS
import CDKSNSSubscriptions
import CDKSQS
import Testing

/// The Swift port of Tests/Fixtures/sns-sms-reference/app.py (SMS subscriptions) must
/// synthesize the AWS CDK's template: the filter policy applies, a dead-letter queue does not.
@Suite struct SmsSubscriptionReferenceTests {
    @Test func templateEqualsTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Sms")
        let topic = try SNS.Topic(stack, "Alerts")
        try topic.addSubscription(SNSSubscriptions.SmsSubscription("+15551231234"))
        try topic.addSubscription(SNSSubscriptions.SmsSubscription("+15550000000") {
            $0.deadLetterQueue = try SQS.Queue(stack, "Dlq")
            $0.filterPolicy = ["severity": .stringFilter(.init(allowlist: ["high"]))]
        })
        try FixtureFiles.expectTemplates(try app.synth(), fixture: "sns-sms-reference", stacks: ["Sms"])
    }
}
