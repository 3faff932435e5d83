import CDK
import CDKCloudWatch
import CDKCloudWatchActions
import CDKEvents
import CDKEventsTargets
import CDKLambda
import CDKSNS
import CDKSNSSubscriptions
import CDKSQS

/// Port of ../shared/conformance/03-events-alarms-queues/app.py: a scheduled function, an alarm
/// on its errors that notifies a topic, and a queue with a dead-letter queue subscribed to the topic.
enum EventsAlarmsQueues {
    static func synthesize(to outdir: String) throws {
        let app = try App(outdir: outdir)
        let stack = try Stack(app, "Ops")
        let fn = try Lambda.Function(stack, "Job", .init(runtime: .nodejs22X, handler: "index.handler", code: .fromInline("exports.handler = async () => 'ok';"))) {
            $0.tracing = .active
        }
        _ = try Events.Rule(stack, "Every5Minutes") { $0.schedule = try .rate(.minutes(5)); $0.targets = [EventsTargets.LambdaFunction(fn)] }
        let alerts = try SNS.Topic(stack, "Alerts") { $0.displayName = "Ops alerts" }
        let alarm = try CloudWatch.Alarm(stack, "JobErrors", .init(metric: fn.metricErrors(.init(period: .minutes(1))), threshold: 1, evaluationPeriods: 1)) {
            $0.treatMissingData = .notBreaching
        }
        try alarm.addAlarmAction(CloudWatchActions.SnsAction(alerts))
        let dlq = try SQS.Queue(stack, "DeadLetters") { $0.retentionPeriod = .days(14) }
        let queue = try SQS.Queue(stack, "Work") {
            $0.visibilityTimeout = .seconds(60)
            $0.deadLetterQueue = SQS.DeadLetterQueue(queue: dlq, maxReceiveCount: 3)
        }
        try alerts.addSubscription(SNSSubscriptions.SqsSubscription(queue))
        try app.synth()
    }
}
