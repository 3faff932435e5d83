import CDK
import CDKAssertions
import CDKEvents
import CDKEventsTargets
import CDKIAM
import CDKLambda
import CDKSNS
import CDKSQS
import Testing

@Suite struct RuleTests {
    func stack() throws -> Stack { try Stack(try App(environment: [:]), "S") }

    @Test func ratesAreWrittenInTheLargestWholeUnit() throws {
        #expect(try Events.Schedule.rate(.minutes(5)).expressionString == "rate(5 minutes)")
        #expect(try Events.Schedule.rate(.minutes(1)).expressionString == "rate(1 minute)")
        #expect(try Events.Schedule.rate(.minutes(120)).expressionString == "rate(2 hours)")
        #expect(try Events.Schedule.rate(.hours(48)).expressionString == "rate(2 days)")
        #expect(try Events.Schedule.rate(.days(1)).expressionString == "rate(1 day)")
        #expect(try Events.Schedule.rate(.minutes(90)).expressionString == "rate(90 minutes)")
    }

    @Test func cronFillsUnsetFields() throws {
        #expect(try Events.Schedule.cron(minute: "0", hour: "12").expressionString == "cron(0 12 * * ? *)")
        #expect(try Events.Schedule.cron(minute: "0", weekDay: "MON").expressionString == "cron(0 * ? * MON *)")
        #expect(Events.Schedule.expression("rate(1 hour)").expressionString == "rate(1 hour)")
    }

    @Test func targetsAreNumberedAndPatternsMerged() throws {
        let stack = try stack()
        let rule = try Events.Rule(stack, "R") { $0.eventPattern = Events.EventPattern(source: ["aws.s3"]) }
        rule.addEventPattern(Events.EventPattern(source: ["aws.ec2"], account: ["111111111111"]))
        let topic = try SNS.Topic(stack, "T")
        try rule.addTarget(EventsTargets.SnsTopic(topic))
        try rule.addTarget(EventsTargets.SnsTopic(topic) { $0.message = .fromObject(["hello": 1]) })
        try Template(stack).hasResourceProperties("AWS::Events::Rule", [
            "EventPattern": ["source": ["aws.s3", "aws.ec2"], "account": ["111111111111"]],
            "State": "ENABLED",
            "Targets": [["Id": "Target0"], ["Id": "Target1", "Input": "{\"hello\":1}"]],
        ])
    }

    @Test func sqsTargetAddsAConditionedQueuePolicy() throws {
        let stack = try stack()
        let queue = try SQS.Queue(stack, "Q")
        _ = try Events.Rule(stack, "R") { $0.schedule = try .rate(.minutes(5)); $0.targets = [EventsTargets.SqsQueue(queue)] }
        try Template(stack).hasResourceProperties("AWS::SQS::QueuePolicy", ["PolicyDocument": ["Statement": [[
            "Action": ["sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"],
            "Condition": ["ArnEquals": ["aws:SourceArn": ["Fn::GetAtt": ["RC21A1702", "Arn"]]]],
            "Principal": ["Service": "events.amazonaws.com"],
        ]]]])
    }

    @Test func lambdaTargetPermissionIsAddedOncePerRule() throws {
        let stack = try stack()
        let fn = try Lambda.Function(stack, "Fn", .init(runtime: .nodejs22X, handler: "h", code: .fromInline("x")))
        let rule = try Events.Rule(stack, "R") { $0.schedule = try .rate(.minutes(5)) }
        try rule.addTarget(EventsTargets.LambdaFunction(fn))
        try rule.addTarget(EventsTargets.LambdaFunction(fn))
        try Template(stack).resourceCountIs("AWS::Lambda::Permission", 1)
        #expect(rule.node.tryFindChild("AllowEventRuleSFn8C14A72D") != nil)
    }

    @Test func invalidRulesAreErrors() throws {
        let stack = try stack()
        try expectError(path: "/S/A", message: "Cannot associate rule with 'eventBus' when using 'schedule'") {
            try Events.Rule(stack, "A") { $0.schedule = try .rate(.minutes(5)); $0.eventBus = try Events.EventBus.fromEventBusName(stack, "Custom", eventBusName: "custom") }
        }
        try expectError(message: "Duration cannot be 0") { try Events.Schedule.rate(.minutes(0)) }
        try expectError(message: "Cannot supply both 'day' and 'weekDay', use at most one") {
            try Events.Schedule.cron(day: "1", weekDay: "MON")
        }
        let other = try self.stack()
        _ = try Events.Rule(other, "Empty")
        _ = try expectSynthesisError(try #require(other.node.scope as? Stage), path: "S/Empty",
                                     message: "Either 'eventPattern' or 'schedule' must be defined")
    }
}
