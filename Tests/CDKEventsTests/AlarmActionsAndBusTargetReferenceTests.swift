import CDK
import CDKAssertions
import CDKCloudWatch
import CDKCloudWatchActions
import CDKEvents
import CDKEventsTargets
import CDKIAM
import CDKLambda
import CDKSQS
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/alarm-actions-reference/app.py (Lambda, EC2 and SSM alarm
/// actions; rules forwarding to other event buses) must synthesize the AWS CDK's template.
@Suite struct AlarmActionsAndBusTargetReferenceTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/alarm-actions-reference/expected/Actions.template.json")

    @Test func templateEqualsTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Actions")
        let fn = try Lambda.Function(stack, "Responder", .init(runtime: .nodejs22X, handler: "index.handler", code: .fromInline("exports.handler = async () => 'ok';")))
        let metric = CloudWatch.Metric(namespace: "App", metricName: "Errors")
        let first = try CloudWatch.Alarm(stack, "First", .init(metric: metric, threshold: 1, evaluationPeriods: 1))
        try first.addAlarmAction(CloudWatchActions.LambdaAction(fn))
        try first.addOkAction(CloudWatchActions.LambdaAction(fn))
        let second = try CloudWatch.Alarm(stack, "Second", .init(metric: metric, threshold: 10, evaluationPeriods: 1))
        try second.addAlarmAction(CloudWatchActions.LambdaAction(fn) { $0.useUniquePermissionId = true })
        try second.addAlarmAction(CloudWatchActions.Ec2Action(.reboot))
        try second.addOkAction(CloudWatchActions.SsmAction(.high, .availability))
        try second.addInsufficientDataAction(CloudWatchActions.SsmAction(.low))
        try second.addInsufficientDataAction(CloudWatchActions.SsmIncidentAction("on-call"))
        let central = try Events.EventBus.fromEventBusArn(stack, "Central", eventBusArn: "arn:aws:events:us-east-1:999999999999:event-bus/central")
        let dlq = try SQS.Queue(stack, "ForwardDlq")
        let forward = try Events.Rule(stack, "Forward") { $0.eventPattern = Events.EventPattern(source: ["app"]) }
        try forward.addTarget(EventsTargets.EventBus(central) { $0.deadLetterQueue = dlq })
        try forward.addTarget(EventsTargets.EventBus(try Events.EventBus.fromEventBusName(stack, "Local", eventBusName: "local-bus")))
        let role = try IAM.Role(stack, "ForwardRole", .init(assumedBy: IAM.ServicePrincipal("events.amazonaws.com")))
        _ = try Events.Rule(stack, "WithRole") {
            $0.eventPattern = Events.EventPattern(source: ["other"])
            $0.targets = [EventsTargets.EventBus(central) { $0.role = role }]
        }

        let expectedText = try String(contentsOf: Self.fixture, encoding: .utf8)
        let assembly = try app.synth()
        #expect(assembly.stack("Actions")?.template == (try JSONParser.parse(expectedText)))
        #expect(assembly.files.first { $0.name == "Actions.template.json" }?.contents == expectedText)
    }

    @Test func aSecondAlarmOnTheSameFunctionAsksForUniqueIds() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "S")
        let fn = try Lambda.Function(stack, "Fn", .init(runtime: .nodejs22X, handler: "index.handler", code: .fromInline("x")))
        let metric = CloudWatch.Metric(namespace: "App", metricName: "Errors")
        try CloudWatch.Alarm(stack, "A", .init(metric: metric, threshold: 1, evaluationPeriods: 1)).addAlarmAction(CloudWatchActions.LambdaAction(fn))
        // The second alarm's permission would take the first one's id: the AWS CDK warns, then
        // fails on the duplicate id, and so does this library.
        try expectError(message: .containing("AlarmPermission")) {
            try CloudWatch.Alarm(stack, "B", .init(metric: metric, threshold: 2, evaluationPeriods: 1)).addAlarmAction(CloudWatchActions.LambdaAction(fn))
        }
        try AnnotationsAssertions(app).hasWarning("/S/B", Match.stringLikeRegexp("Please use 'useUniquePermissionId' on LambdaAction"))
    }

    @Test func theFeatureFlagPutsTheAlarmIdIntoThePermissionId() throws {
        let app = try App(context: [CloudWatchActions.LambdaAction.changeLambdaPermissionLogicalIdFlag: true], environment: [:])
        let stack = try Stack(app, "S")
        let fn = try Lambda.Function(stack, "Fn", .init(runtime: .nodejs22X, handler: "index.handler", code: .fromInline("x")))
        let metric = CloudWatch.Metric(namespace: "App", metricName: "Errors")
        try CloudWatch.Alarm(stack, "A", .init(metric: metric, threshold: 1, evaluationPeriods: 1)).addAlarmAction(CloudWatchActions.LambdaAction(fn))
        try CloudWatch.Alarm(stack, "B", .init(metric: metric, threshold: 2, evaluationPeriods: 1)).addAlarmAction(CloudWatchActions.LambdaAction(fn))
        #expect(fn.node.tryFindChild("AAlarmPermission") != nil)
        #expect(fn.node.tryFindChild("BAlarmPermission") != nil)
    }
}
