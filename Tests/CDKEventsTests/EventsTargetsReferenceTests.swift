import CDK
import CDKAssertions
import CDKEvents
import CDKEventsTargets
import CDKLambda
import CDKSNS
import CDKSQS
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/events-targets-reference/app.py (dead-letter queues,
/// retry policies, inputs with event fields) must synthesize the AWS CDK's template.
@Suite struct EventsTargetsReferenceTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/events-targets-reference/expected/Targets.template.json")

    @Test func templateEqualsTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Targets")
        let fn = try Lambda.Function(stack, "Fn", .init(runtime: .nodejs22X, handler: "index.handler", code: .fromInline("exports.handler = async () => 'ok';")))
        let dlq = try SQS.Queue(stack, "TargetDlq")
        let queue = try SQS.Queue(stack, "Queue")
        let fifo = try SQS.Queue(stack, "Fifo") { $0.fifo = true }
        let topic = try SNS.Topic(stack, "Topic")
        let rule = try Events.Rule(stack, "OnStop") {
            $0.eventPattern = Events.EventPattern(source: ["aws.ec2"], detail: ["state": ["stopped"]])
        }
        try rule.addTarget(EventsTargets.LambdaFunction(fn) {
            $0.deadLetterQueue = dlq
            $0.maxEventAge = .hours(2)
            $0.retryAttempts = 2
            $0.event = .fromObject(["instance": .string(Events.EventField.fromPath("$.detail.instance-id")), "fixed": "yes"])
        })
        try rule.addTarget(EventsTargets.SqsQueue(queue) {
            $0.message = .fromText("Instance \(Events.EventField.fromPath("$.detail.instance-id")) is \(Events.EventField.fromPath("$.detail.state"))")
            $0.retryAttempts = 0
        })
        try rule.addTarget(EventsTargets.SnsTopic(topic) {
            $0.message = .fromEventPath("$.detail")
            $0.deadLetterQueue = dlq
        })
        try rule.addTarget(EventsTargets.SqsQueue(fifo) { $0.messageGroupId = "group" })
        _ = try Events.Rule(stack, "Plain") {
            $0.schedule = try .rate(.minutes(10))
            $0.targets = [
                EventsTargets.LambdaFunction(fn) { $0.event = .fromObject(["job": "cleanup", "count": 3]) },
                EventsTargets.SnsTopic(topic) { $0.message = .fromText("tick") },
            ]
        }
        let grouped = try Events.Rule(stack, "Grouped") { $0.eventPattern = Events.EventPattern(source: ["my.app"]) }
        try grouped.addTarget(EventsTargets.SqsQueue(queue) {
            $0.messageGroupId = "standard-group"
            $0.message = .fromMultilineText("first \(Events.EventField.source)\nsecond line")
        })
        try grouped.addTarget(EventsTargets.LambdaFunction(fn) {
            $0.event = .fromObject([
                "id": .string(Events.EventField.eventId), "when": .string("at \(Events.EventField.time)"),
                "queue": .string(queue.queueUrl), "nested": ["d": .string(Events.EventField.fromPath("$.detail"))],
            ])
        })

        let expected = try JSONParser.parse(try String(contentsOf: Self.fixture, encoding: .utf8))
        // Equal as JSON: the paths map of an input transformer is written with sorted keys
        // (the AWS CDK keeps the order the fields appear in; CloudFormation reads a map).
        #expect(try app.synth().stack("Targets")?.template == expected)
    }

    @Test func eventFieldsAreNamedByTheirPaths() throws {
        let stack = try Stack(try App(environment: [:]), "S")
        let rule = try Events.Rule(stack, "R") { $0.schedule = try .rate(.hours(1)) }
        let same = Events.EventField.fromPath("$.detail.id")
        let input = try Events.RuleTargetInput.fromText("\(same) \(same) \(Events.EventField.fromPath("$")) \(Events.EventField.fromPath("$.a b"))").bind(rule)
        #expect(input.inputPathsMap == ["detail-id": "$.detail.id", "f2": "$", "a-b": "$.a b"])
        #expect(input.input == nil)
        #expect(try stack.resolve(.string(input.inputTemplate ?? "")) == .string("\"<detail-id> <detail-id> <f2> <a-b>\""))
        // Without event fields the input is fixed JSON.
        #expect(try Events.RuleTargetInput.fromObject(["a": [1, "b"]]).bind(rule).input.map { try stack.resolve(.string($0)) } == .string("{\"a\":[1,\"b\"]}"))
    }

    @Test func placeholdersLoseTheirQuotesOnlyWhenTheyAreWholeValues() throws {
        let stack = try Stack(try App(environment: [:]), "S")
        let rule = try Events.Rule(stack, "R") { $0.schedule = try .rate(.hours(1)) }
        let state = Events.EventField.fromPath("$.detail.state")
        let input = try Events.RuleTargetInput.fromObject(["whole": .string(state), "part": .string("is \(state)"), "quoted": .string("\"\(state)\"")]).bind(rule)
        #expect(try stack.resolve(.string(input.inputTemplate ?? "")) == .string(#"{"whole":<detail-state>,"part":"is <detail-state>","quoted":"\"<detail-state>\""}"#))
    }

    @Test func tokenReplacementKeepsOtherTokensAndText() throws {
        let stack = try Stack(try App(environment: [:]), "S")
        let queue = try SQS.Queue(stack, "Q")
        let field = Events.EventField.fromPath("$.x")
        let replaced = Token.replacing(in: "a \(field) b \(queue.queueUrl)") { $0 is Events.EventField ? "<x>" : nil }
        #expect(replaced == "a <x> b \(queue.queueUrl)")
        #expect(Token.replacing(in: "plain") { _ in "never" } == "plain")
    }

    @Test func wrongTargetOptionsAreErrors() throws {
        let stack = try Stack(try App(environment: [:]), "S")
        let fn = try Lambda.Function(stack, "Fn", .init(runtime: .nodejs22X, handler: "index.handler", code: .fromInline("x")))
        let rule = try Events.Rule(stack, "R") { $0.schedule = try .rate(.hours(1)) }
        try expectError(path: "/S/R", message: .containing("retryAttempts must be between 0 and 185, got 200")) {
            try rule.addTarget(EventsTargets.LambdaFunction(fn) { $0.retryAttempts = 200 })
        }
        try expectError(path: "/S/R", message: .containing("maxEventAge must be between 60 seconds and 24 hours")) {
            try rule.addTarget(EventsTargets.LambdaFunction(fn) { $0.maxEventAge = .hours(48) })
        }
        try expectError(path: "/S/R", message: "Single key 'a-b' is used for two different JSON paths: '$.a.b' and '$.a-b'. Use paths whose names differ in letters, digits, '_' or '-'.") {
            _ = try Events.RuleTargetInput.fromText("\(Events.EventField.fromPath("$.a-b")) \(Events.EventField.fromPath("$.a.b"))").bind(rule)
        }
    }

    @Test func deadLetterQueuesInOtherEnvironments() throws {
        let app = try App(environment: [:])
        let ruleStack = try Stack(app, "Rules", env: Environment(account: "111111111111", region: "us-east-1"))
        let rule = try Events.Rule(ruleStack, "R") { $0.schedule = try .rate(.hours(1)) }
        let fn = try Lambda.Function(ruleStack, "Fn", .init(runtime: .nodejs22X, handler: "index.handler", code: .fromInline("x")))
        let elsewhere = try SQS.Queue.fromQueueArn(ruleStack, "Far", queueArn: "arn:aws:sqs:eu-west-1:111111111111:dlq")
        try expectError(path: "/Rules/R", message: .containing("Cannot assign Dead Letter Queue in region eu-west-1 to the rule RulesR")) {
            try rule.addTarget(EventsTargets.LambdaFunction(fn) { $0.deadLetterQueue = elsewhere })
        }
        let otherAccount = try SQS.Queue.fromQueueArn(ruleStack, "Other", queueArn: "arn:aws:sqs:us-east-1:222222222222:dlq")
        try rule.addTarget(EventsTargets.LambdaFunction(fn) { $0.deadLetterQueue = otherAccount })
        try Template(ruleStack).resourceCountIs("AWS::SQS::QueuePolicy", 0)
        try AnnotationsAssertions(app).hasWarning("/Rules/R", Match.stringLikeRegexp("because the queue is in a different account"))
    }
}
