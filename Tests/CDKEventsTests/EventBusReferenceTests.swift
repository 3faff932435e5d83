import CDK
import CDKAssertions
import CDKEvents
import CDKEventsTargets
import CDKIAM
import CDKKMS
import CDKLambda
import CDKSQS
import Foundation
import Testing

/// The Swift port of Tests/Fixtures/events-bus-reference/app.py (event buses, archives, grants,
/// a bus policy, imported buses) must synthesize the AWS CDK's template.
@Suite struct EventBusReferenceTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/events-bus-reference/expected/Buses.template.json")

    @Test func templateEqualsTheAWSCDKs() throws {
        let app = try App(environment: [:])
        let stack = try Stack(app, "Buses")
        let dlq = try SQS.Queue(stack, "BusDlq")
        let key = try KMS.Key(stack, "BusKey")
        let orders = try Events.EventBus(stack, "Orders") {
            $0.eventBusName = "orders"
            $0.deadLetterQueue = dlq
            $0.description = "Order events"
            $0.kmsKey = key
        }
        let plain = try Events.EventBus(stack, "Plain")
        let fn = try Lambda.Function(stack, "Fn", .init(runtime: .nodejs22X, handler: "index.handler", code: .fromInline("exports.handler = async () => 'ok';")))
        _ = try Events.Rule(stack, "OnOrder") {
            $0.eventBus = orders
            $0.eventPattern = Events.EventPattern(source: ["shop.orders"])
            $0.targets = [EventsTargets.LambdaFunction(fn)]
        }
        _ = try Events.Rule(stack, "OnPlain") { $0.eventBus = plain; $0.eventPattern = Events.EventPattern(detailType: ["thing"]) }
        try orders.archive("OrderArchive", .init(eventPattern: Events.EventPattern(source: ["shop.orders"]))) {
            $0.retention = .days(30)
            $0.archiveName = "orders-archive"
        }
        try plain.archive("PlainArchive", .init(eventPattern: Events.EventPattern(account: [stack.account])))
        try orders.grantPutEventsTo(fn)
        try Events.EventBus.grantAllPutEvents(fn)
        _ = try orders.addToResourcePolicy(IAM.PolicyStatement(actions: ["events:PutEvents"], resources: [orders.eventBusArn],
                                                               principals: [IAM.AccountPrincipal("111111111111")], sid: "AllowPartner"))
        let imported = try Events.EventBus.fromEventBusArn(stack, "Imported", eventBusArn: "arn:aws:events:us-east-1:222222222222:event-bus/shared")
        let byName = try Events.EventBus.fromEventBusName(stack, "ByName", eventBusName: "other-bus")
        _ = try Events.Rule(stack, "OnShared") { $0.eventBus = imported; $0.eventPattern = Events.EventPattern(source: ["shared"]) }
        try byName.grantPutEventsTo(fn)
        _ = try CfnOutput(stack, "SharedName", value: imported.eventBusName)

        let expectedText = try String(contentsOf: Self.fixture, encoding: .utf8)
        let assembly = try app.synth()
        #expect(assembly.stack("Buses")?.template == (try JSONParser.parse(expectedText)))
        #expect(assembly.files.first { $0.name == "Buses.template.json" }?.contents == expectedText)
    }

    @Test func anArchiveWithAKeyLetsEventBridgeUseIt() throws {
        let stack = try Stack(try App(environment: [:]), "A")
        let key = try KMS.Key(stack, "K")
        let bus = try Events.EventBus(stack, "B")
        _ = try Events.Archive(stack, "Arch", .init(sourceEventBus: bus, options: .init(eventPattern: Events.EventPattern(source: ["x"])))) {
            $0.kmsKey = key
        }
        try Template(stack).hasResourceProperties("AWS::Events::Archive", [
            "KmsKeyIdentifier": ["Fn::GetAtt": ["K485CC42E", "Arn"]], "RetentionDays": 0, "SourceArn": ["Fn::GetAtt": ["B08E7C7AF", "Arn"]],
        ])
        try Template(stack).hasResourceProperties("AWS::KMS::Key", ["KeyPolicy": ["Statement": Match.arrayWith([
            ["Action": ["kms:Decrypt", "kms:GenerateDataKey", "kms:ReEncrypt*"], "Effect": "Allow", "Principal": ["Service": "events.amazonaws.com"], "Resource": "*",
             "Condition": ["StringEquals": ["kms:EncryptionContext:aws:events:event-bus:arn": ["Fn::GetAtt": ["B08E7C7AF", "Arn"]]]],
             "Sid": "Allow EventBridge to use kms operations"],
            ["Action": "kms:DescribeKey", "Effect": "Allow", "Principal": ["Service": "events.amazonaws.com"], "Resource": "*", "Sid": "Allow EventBridge to call kms:DescribeKey"],
        ])]])
    }

    @Test func wrongBusesAreErrors() throws {
        let stack = try Stack(try App(environment: [:]), "S")
        try expectError(path: "/S/A", message: "'eventBusName' and 'eventSourceName' cannot both be provided") {
            try Events.EventBus(stack, "A") { $0.eventBusName = "a"; $0.eventSourceName = "aws.partner/p/a" }
        }
        try expectError(path: "/S/B", message: "'eventBusName' must not be 'default'") { try Events.EventBus(stack, "B") { $0.eventBusName = "default" } }
        try expectError(path: "/S/C", message: "'eventBusName' must not contain '/'") { try Events.EventBus(stack, "C") { $0.eventBusName = "a/b" } }
        try expectError(path: "/S/D", message: .containing("'eventBusName' must satisfy")) { try Events.EventBus(stack, "D") { $0.eventBusName = "has space" } }
        try expectError(path: "/S/E", message: .containing("'eventSourceName' must satisfy")) { try Events.EventBus(stack, "E") { $0.eventSourceName = "aws.partner/only" } }
        try expectError(path: "/S/F", message: "description must be less than or equal to 512 characters, got 513") {
            try Events.EventBus(stack, "F") { $0.description = String(repeating: "d", count: 513) }
        }
        let bus = try Events.EventBus(stack, "G")
        try expectError(path: "/S/G", message: "Event Bus policy statements must have a sid. Give the statement a sid.") {
            _ = try bus.addToResourcePolicy(IAM.PolicyStatement(actions: ["events:PutEvents"], resources: ["*"], principals: [IAM.AccountPrincipal("111111111111")]))
        }
        // A partner event source names the bus.
        let partner = try Events.EventBus(stack, "Partner") { $0.eventSourceName = "aws.partner/acme.com/123/orders" }
        try Template(stack).hasResourceProperties("AWS::Events::EventBus", ["Name": "aws.partner/acme.com/123/orders", "EventSourceName": "aws.partner/acme.com/123/orders"])
        #expect(partner.eventSourceName == "aws.partner/acme.com/123/orders")
    }
}
