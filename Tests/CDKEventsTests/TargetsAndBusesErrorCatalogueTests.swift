import CDK
import CDKAssertions
import CDKCloudWatch
import CDKEvents
import CDKEventsTargets
import CDKIAM
import CDKLambda
import CDKSQS
import ErrorCatalogueSupport
import Testing

/// The error catalogue for rule targets, event buses and composite alarms: each bad input is
/// an error at the construct's path that names the wrong value.
@Suite struct TargetsAndBusesErrorCatalogue {
    static func target(_ configure: @escaping @Sendable (inout EventsTargets.SqsQueueProps) throws -> Void) -> @Sendable () throws -> Void {
        {
            let (_, stack) = try appWithStack()
            let rule = try Events.Rule(stack, "Rule") { $0.schedule = try .rate(.hours(1)) }
            try rule.addTarget(EventsTargets.SqsQueue(try SQS.Queue(stack, "Q"), configure: configure))
        }
    }

    static func bus(_ configure: @escaping @Sendable (inout Events.EventBusProps) throws -> Void) -> @Sendable () throws -> Void {
        {
            let (_, stack) = try appWithStack()
            _ = try Events.EventBus(stack, "Bus", configure: configure)
        }
    }

    static func composite(_ configure: @escaping @Sendable (Stack) throws -> CloudWatch.CompositeAlarmProps) -> @Sendable () throws -> Void {
        {
            let (_, stack) = try appWithStack()
            _ = try CloudWatch.CompositeAlarm(stack, "Composite", try configure(stack))
        }
    }

    static func alarm(_ stack: Stack) throws -> CloudWatch.Alarm {
        try CloudWatch.Alarm(stack, "A", .init(metric: CloudWatch.Metric(namespace: "N", metricName: "M"), threshold: 1, evaluationPeriods: 1))
    }

    static let cases: [BadInput] = [
        BadInput("target retry attempts over 185", path: "S/Rule", mentions: ["retryAttempts", "200", "0 and 185"], target { $0.retryAttempts = 200 }),
        BadInput("negative target retry attempts", path: "S/Rule", mentions: ["retryAttempts", "-1"], target { $0.retryAttempts = -1 }),
        BadInput("target event age of 48 hours", path: "S/Rule", mentions: ["maxEventAge", "48 hours", "24 hours"], target { $0.maxEventAge = .hours(48) }),
        BadInput("target event age of 30 seconds", path: "S/Rule", mentions: ["maxEventAge", "30 seconds", "60 seconds"], target { $0.maxEventAge = .seconds(30) }),
        BadInput("target event age in fractions of a second", path: "S/Rule", mentions: ["maxEventAge", "90.5"], target { $0.maxEventAge = .seconds(90.5) }),
        BadInput("archive retention of half a day", path: "S/Bus/Archive", mentions: ["retention", "12 hours"]) {
            let (_, stack) = try appWithStack()
            try Events.EventBus(stack, "Bus").archive("Archive", .init(eventPattern: Events.EventPattern(source: ["x"]))) { $0.retention = .hours(12) }
        },
        BadInput("suppressor wait of half a second", path: "S/Composite", mentions: ["actionsSuppressorWaitPeriod", "500"],
                 composite { let a = try alarm($0); var props = CloudWatch.CompositeAlarmProps(alarmRule: a); props.actionsSuppressor = a; props.actionsSuppressorWaitPeriod = .millis(500); return props }),
        BadInput("two event fields with one name", path: "S/Rule", mentions: ["'a-b'", "$.a.b", "$.a-b"],
                 target { $0.message = .fromText("\(Events.EventField.fromPath("$.a-b")) \(Events.EventField.fromPath("$.a.b"))") }),
        BadInput("dead-letter queue in another region", path: "S/Rule", mentions: ["eu-west-1", "same region"]) {
            let (_, stack) = try appWithStack(env: Environment(account: "111111111111", region: "us-east-1"))
            let rule = try Events.Rule(stack, "Rule") { $0.schedule = try .rate(.hours(1)) }
            let dlq = try SQS.Queue.fromQueueArn(stack, "Dlq", queueArn: "arn:aws:sqs:eu-west-1:111111111111:dlq")
            try rule.addTarget(EventsTargets.SqsQueue(try SQS.Queue(stack, "Q")) { $0.deadLetterQueue = dlq })
        },
        BadInput("bus named default", path: "S/Bus", mentions: ["'default'"], bus { $0.eventBusName = "default" }),
        BadInput("bus name with a slash", path: "S/Bus", mentions: ["'/'"], bus { $0.eventBusName = "team/orders" }),
        BadInput("bus name with a space", path: "S/Bus", mentions: ["'orders bus'"], bus { $0.eventBusName = "orders bus" }),
        BadInput("bus name of 257 characters", path: "S/Bus", mentions: ["eventBusName", "{1,256}"], bus { $0.eventBusName = String(repeating: "b", count: 257) }),
        BadInput("bus with a name and a partner source", path: "S/Bus", mentions: ["'eventBusName' and 'eventSourceName'"],
                 bus { $0.eventBusName = "orders"; $0.eventSourceName = "aws.partner/acme.com/1/orders" }),
        BadInput("partner source without a partner path", path: "S/Bus", mentions: ["'eventSourceName'", "'acme.com/orders'"], bus { $0.eventSourceName = "acme.com/orders" }),
        BadInput("bus description of 513 characters", path: "S/Bus", mentions: ["513"], bus { $0.description = String(repeating: "d", count: 513) }),
        BadInput("bus policy statement without a sid", path: "S/Bus", mentions: ["sid"]) {
            let (_, stack) = try appWithStack()
            _ = try Events.EventBus(stack, "Bus").addToResourcePolicy(IAM.PolicyStatement(actions: ["events:PutEvents"], resources: ["*"]))
        },
        BadInput("composite alarm of no alarms", path: "S/Composite", mentions: ["AlarmRule.allOf()"], composite { _ in .init(alarmRule: CloudWatch.AlarmRule.allOf()) }),
        BadInput("composite alarm with an empty nested rule", path: "S/Composite", mentions: ["AlarmRule.anyOf()"],
                 composite { .init(alarmRule: CloudWatch.AlarmRule.allOf(try alarm($0), CloudWatch.AlarmRule.not(CloudWatch.AlarmRule.anyOf()))) }),
        BadInput("composite alarm rule over 10,240 characters", path: "S/Composite", mentions: ["10240"],
                 composite { _ in .init(alarmRule: CloudWatch.AlarmRule.fromString(String(repeating: "x", count: 10_241))) }),
        BadInput("suppressor periods without a suppressor", path: "S/Composite", mentions: ["ActionsSuppressor"],
                 composite { var props = CloudWatch.CompositeAlarmProps(alarmRule: try alarm($0)); props.actionsSuppressorExtensionPeriod = .minutes(2); return props }),
    ]

    @Test(arguments: cases) func rejected(_ input: BadInput) throws { try input.check() }

    @Test func extremeEventAgesNeverTrap() throws {
        var inputs = FuzzedInputs()
        for duration in extremeDurations {
            inputs.expectAcceptedOrAttributed("\(duration)") {
                let (app, stack) = try appWithStack()
                let rule = try Events.Rule(stack, "Rule") { $0.schedule = try .rate(.hours(1)) }
                try rule.addTarget(EventsTargets.SqsQueue(try SQS.Queue(stack, "Q")) { $0.maxEventAge = duration })
                return try app.synth()
            }
        }
        #expect(!inputs.accepted.isEmpty && !inputs.rejected.isEmpty)
        try inputs.lintAccepted()
    }
}
